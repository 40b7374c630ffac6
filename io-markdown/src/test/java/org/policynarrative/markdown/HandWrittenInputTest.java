package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Sector;
import org.policynarrative.testing.Fixtures;

/** What people write by hand, and narratives the writer must lay out specially. */
class HandWrittenInputTest {

  /** A complete document as a person writes it; the error fixtures each differ from it by one mistake. */
  static final Path HAND_WRITTEN = Fixtures.file(HandWrittenInputTest.class, "hand-written.md");
  /** The same with model v2's constructs, written as a person writes dialect 2; the v2- error fixtures differ from it. */
  static final Path HAND_WRITTEN_V2 = Fixtures.file(HandWrittenInputTest.class, "hand-written-v2.md");

  private static Narrative read(String text) throws IOException {
    return NarrativeMarkdown.create().read(new StringReader(text));
  }

  @Test
  void lineEndingsAndAByteOrderMarkDoNotMatter() throws IOException {
    String text = Files.readString(HAND_WRITTEN, StandardCharsets.UTF_8);
    Narrative expected = read(text);
    assertThat(read(text.replace("\n", "\r\n"))).isEqualTo(expected);
    assertThat(read(text.replace("\n", "\r"))).isEqualTo(expected);
    assertThat(read("\uFEFF" + text)).isEqualTo(expected);
  }

  @Test
  void valuesMayBeWrappedAndUseCommonEscapes() throws IOException {
    String text = Files.readString(HAND_WRITTEN, StandardCharsets.UTF_8)
        .replace("> The line was adopted.", "> The line   was\n> adopted &amp; kept \\*firmly\\*,\\\n> said AT&T.")
        .replace("- **Period:** 1953/1960", "-   **Period:**   1953/1960   ");
    Narrative narrative = read(text);
    assertThat(narrative.claims().get(0).statement()).contains("The line   was adopted & kept *firmly*,\nsaid AT&T.");
    assertThat(narrative.claims().get(0).about()).containsExactly(EntityRef.policyLine("heavy-first"));
    assertThat(narrative.eras().get(0).period().text()).isEqualTo("1953/1960");
  }

  @Test
  void setextHeadingsMaySpanLines() throws IOException {
    String text = Files.readString(HAND_WRITTEN, StandardCharsets.UTF_8).replace("# Test\n", "A long\ntitle\n===\n");
    assertThat(read(text).title()).isEqualTo("A long title");
  }

  @Test
  void deepSectorHierarchiesAreWrittenFlatBeyondTheNestingLimit() throws IOException {
    Narrative.Builder builder = Narrative.builder().id("deep").title("Deep").language("en").version("1");
    for (int i = 0; i < 40; i++) {
      Sector.Builder sector = Sector.builder().id("s" + i).name("Sector " + i);
      if (i > 0) {
        sector.broader("s" + (i - 1));
      }
      builder.addSectors(sector.build());
    }
    Narrative narrative = builder.build();
    String written = MarkdownGoldenTest.write(narrative);
    assertThat(written).contains("- s17: Sector 17\n  - **Broader:** s16\n");
    assertThat(read(written)).isEqualTo(narrative);
  }

  @Test
  void theWriterLaysOutInvalidNarrativesWithoutFailing() {
    Narrative invalid = Narrative.builder().id("bad").title("Bad").language("en").version("1")
        .addSectors(Sector.builder().id("a").name("A").broader("b").build())
        .addSectors(Sector.builder().id("b").name("B").broader("a").build())
        .addSectors(Sector.builder().id("c").name("C").broader("nowhere").build())
        .build();
    assertThatCode(() -> MarkdownGoldenTest.write(invalid)).doesNotThrowAnyException();
  }
}
