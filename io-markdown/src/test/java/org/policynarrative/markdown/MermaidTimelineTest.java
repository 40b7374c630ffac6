package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;

/**
 * The Mermaid block of the Timeline section: each era is a time period holding its lines and the
 * events during it in chronological order, a line of several eras is drawn under every one of them
 * (at the span of its eras when it has no date of its own), EDTF qualifiers (including {@code %})
 * are kept, and what lies outside every era stands at its own time, one period for one time.
 */
class MermaidTimelineTest {

  private static final Narrative NARRATIVE = Narrative.builder()
      .id("timeline").title("Timeline: test").language("en").version("1")
      .addEras(Era.builder().id("later").name("Later era").period(Period.parse("1961/1970")).build())
      .addEras(Era.builder().id("first").name("First era").period(Period.parse("1953%/1960")).build())
      .addPolicyLines(PolicyLine.builder().id("long-line").name("Long line").addEras("first", "later").build())
      .addPolicyLines(PolicyLine.builder().id("adopted").name("Adopted line")
          .adopted(HistoricalDate.parse("1954-05?")).addEras("first").build())
      .addPolicyLines(PolicyLine.builder().id("in-force").name("In-force line")
          .inForce(Period.parse("1965/1975")).build())
      .addEvents(Event.builder().id("plenum").name("A plenum").when(Period.parse("1955~")).build())
      .addEvents(Event.builder().id("congress").name("Seventh Congress").when(Period.parse("2016-05")).build())
      .addEvents(Event.builder().id("rally").name("A rally").when(Period.parse("2016-05")).build())
      .addEvents(Event.builder().id("undated").name("Undated").build())
      .build();

  @Test
  void erasHoldTheirLinesAndEventsAndALineOfSeveralErasIsUnderEach() throws IOException {
    assertThat(mermaid(MarkdownGoldenTest.write(NARRATIVE))).isEqualTo("""
        ```mermaid
        timeline
            title Timeline test
            1953%/1960 : First era
                       : Long line (policy line, 1953%/1970)
                       : Adopted line (policy line, 1954-05?)
                       : A plenum (event, 1955~)
            1961/1970 : Later era
                      : Long line (policy line, 1953%/1970)
                      : In-force line (policy line, 1965/1975)
            2016-05 : Seventh Congress (event)
                    : A rally (event)
        ```
        """);
  }

  @Test
  void theBlockIsDerivedAndIgnoredWhenReading() throws IOException {
    String written = MarkdownGoldenTest.write(NARRATIVE);
    String edited = written.replace("    2016-05 : Seventh Congress (event)\n", "    1900 : Anything at all\n");
    assertThat(edited).isNotEqualTo(written);
    assertThat(NarrativeMarkdown.create().read(new StringReader(edited))).isEqualTo(NARRATIVE);
  }

  private static String mermaid(String document) {
    int start = document.indexOf("```mermaid");
    return document.substring(start, document.indexOf("```\n", start + 3) + 4);
  }
}
