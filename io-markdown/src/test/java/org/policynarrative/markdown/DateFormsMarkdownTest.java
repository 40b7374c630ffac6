package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Source;
import org.policynarrative.core.Verdict;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * Every date form of EDTF levels 0 and 1 and every calendar wording survives Markdown in every
 * place a date or period goes, with its wording and calendar; a worded interval keeps an unknown
 * end apart from an open one.
 */
class DateFormsMarkdownTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1953", "-0044", "Y12000", "Y-170000002", "196X", "-196X", "19XX", "1953-XX", "1985-04-XX",
      "1985-XX-XX", "1953-21", "1953-24", "1985-04-12T23:20:30", "1985-04-12T23:20:30Z", "1985-04-12T23:20:30+04:00",
      "1953-07-27T10:00-12:00", "1953?", "195X%", "1985-04-XX~", "0000-02-29", "-0004-02-29",
      "Juche 42 (1953)", "주체42(1953)년", "주체 42 년", "民國42年", "中華民國42年", "民國元年", "民國前1年", "昭和28年",
      "昭和二十八年", "平成元年（1989年）", "令和5年", "B.E. 2496", "พ.ศ. ๒๔๙๖"})
  void aDateIsWrittenAsItsTextAndReadBackEqual(String text) {
    HistoricalDate date = HistoricalDate.parse(text);
    Narrative narrative = narrative(date, Period.of(date));

    String markdown = write(narrative);

    assertThat(markdown).contains("- **Adopted:** " + escapedTilde(text) + "\n");
    assertThat(read(markdown)).isEqualTo(narrative);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1985/", "/1985", "1985/..", "../1985", "1953-21/1953-23", "19XX/1953-XX", "-0044/Y12000",
      "1985-04-12T10:00:00Z/1985-04-12T12:00:00Z", "주체42년/", "/昭和28年", "民國42年/B.E. 2503"})
  void aPeriodIsWrittenOnOneLineAndReadBackEqual(String text) {
    Period period = Period.parse(text);
    Narrative narrative = narrative(period.start().or(period::end).orElseThrow(), period);

    String markdown = write(narrative);

    assertThat(markdown).contains("- **Period:** " + text + "\n");
    assertThat(read(markdown)).isEqualTo(narrative);
  }

  @Test
  void aWordingTheParserCannotReadIsKeptBesideAnyEdtfValue() {
    for (String edtf : List.of("1953-21", "19XX", "1985-04-12T23:20:30+09:00", "Y-12000", "1953/")) {
      Period period = Period.parse(edtf);
      HistoricalDate worded = period.start().orElseThrow().withWording("1953년 봄", CalendarModel.JUCHE);
      Period wordedPeriod = period.isEndUnknown() ? Period.withUnknownEnd(worded) : Period.of(worded);
      Narrative narrative = narrative(worded, wordedPeriod);
      assertThat(read(write(narrative))).isEqualTo(narrative);
    }
  }

  @Test
  void aWordedIntervalWritesAnUnknownEndWithNoValueAndLeavesAnOpenEndOut() {
    HistoricalDate worded = HistoricalDate.ofYear(1953).withWording("the year of victory", CalendarModel.GREGORIAN);
    Narrative unknown = narrative(worded, Period.withUnknownEnd(worded));
    Narrative open = narrative(worded, Period.from(worded));
    Narrative unknownStart = narrative(worded, Period.withUnknownStart(worded));

    String period = "- **Period:**\n  - **From:** 1953 as written \"the year of victory\" in the gregorian calendar\n";
    assertThat(write(unknown)).contains(period + "  - **To:**\n");
    assertThat(write(open)).contains(period).doesNotContain("- **To:**");
    assertThat(write(unknownStart)).contains("- **Period:**\n  - **From:**\n  - **To:** 1953 as written");
    for (Narrative narrative : List.of(unknown, open, unknownStart)) {
      assertThat(read(write(narrative))).isEqualTo(narrative);
    }
  }

  @Test
  void aNestedPeriodWithoutADateIsRefusedSayingWhy() {
    String markdown = write(narrative(HistoricalDate.ofYear(1953), Period.parse("1953/")))
        .replace("- **Period:** 1953/\n", "- **Period:**\n  - **From:**\n  - **To:**\n");
    assertThatThrownBy(() -> read(markdown)).isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("has neither From nor To with a date");
  }

  /** The writer escapes a tilde, which GitHub would read as strike-through. */
  private static String escapedTilde(String text) {
    return text.replace("~", "\\~");
  }

  private static String write(Narrative narrative) {
    return MarkdownGoldenTest.writeUnchecked(narrative);
  }

  private static Narrative read(String markdown) {
    try {
      return NarrativeMarkdown.create().read(new StringReader(markdown));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A narrative with {@code date} as a source's date, a line's adoption and an assessment's date, and {@code period} as an era's and a claim's. */
  private static Narrative narrative(HistoricalDate date, Period period) {
    return Narrative.builder().id("dates").title("Dates").language("en").version("1")
        .addSources(Source.builder().id("portal").published(date).build())
        .addEras(Era.builder().id("era").name("Era").period(period).build())
        .addPolicyLines(PolicyLine.builder().id("line").name("Line").adopted(date).addEras("era").build())
        .addClaims(Claim.builder().id("c").statement("S").kind(ClaimKind.ACHIEVEMENT).assertedBy("the source")
            .anchor(Anchor.builder().source("portal").exact("q").build()).refersTo(period)
            .addAssessments(Assessment.builder().assessor("a").verdict(Verdict.UNVERIFIED).date(date).build())
            .build())
        .build();
  }
}
