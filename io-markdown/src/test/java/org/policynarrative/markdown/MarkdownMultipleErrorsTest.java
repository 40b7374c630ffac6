package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.markdown.internal.MarkdownNarrativeFormat;
import org.policynarrative.testing.Fixtures;

/**
 * One read reports every mistake it can, each at its own line and column, in document order:
 * {@code MarkdownMultipleErrorsTest/ten-mistakes.md} is {@code hand-written-v2.md} with ten
 * mistakes of ten kinds planted, and {@code ten-mistakes.errors} holds the ten messages.
 */
class MarkdownMultipleErrorsTest {

  /**
   * Where each planted mistake is, found by reading the fixture (not the reader's output): the
   * line, and the column of the offending name, value, cell or heading.
   */
  private static final List<String> PLANTED = List.of(
      "9:5",    // a source heading whose id is not a slug: Report-KO
      "15:3",   // a misspelled field: Languge
      "20:1",   // an era with no Period (its heading)
      "26:3",   // a label with a bad language tag: Label ko_KP
      "48:64",  // a figure's amount that is not a number: 1,5
      "54:27",  // a claim's opening line whose kind is not a kind: statistic; disputed
      "85:13",  // a date with month 13
      "94:3",   // a field given twice: Kind
      "96:1",   // an actor heading at level 4
      "109:1"); // a table row with more cells than the header

  @Test
  void tenPlantedMistakesAreTenErrorsOfOneRead() {
    String input = Fixtures.read(Fixtures.file(MarkdownMultipleErrorsTest.class, "ten-mistakes.md"));
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().fromMarkdown(input));
    assertThat(e).isNotNull();
    List<NarrativeFormatException> all = e.allErrors();
    assertThat(all).extracting(error -> error.line().getAsInt() + ":" + error.column().getAsInt())
        .containsExactlyElementsOf(PLANTED);
    assertThat(e.getMessage()).startsWith("9:5: markdown: ").endsWith("(and 9 more errors)");
    StringBuilder messages = new StringBuilder();
    all.forEach(error -> messages.append(error.getMessage()).append('\n'));
    Fixtures.assertGolden(Fixtures.file(MarkdownMultipleErrorsTest.class, "ten-mistakes.errors"), messages.toString());
  }

  @Test
  void theServiceFormatReportsThemToo() throws Exception {
    byte[] bytes = Files.readAllBytes(Fixtures.file(MarkdownMultipleErrorsTest.class, "ten-mistakes.md"));
    NarrativeFormatException read = catchThrowableOfType(NarrativeFormatException.class,
        () -> new MarkdownNarrativeFormat().read(new ByteArrayInputStream(bytes)));
    NarrativeFormatException located = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().readLocated(new ByteArrayInputStream(bytes)));
    assertThat(read.allErrors()).hasSize(PLANTED.size());
    assertThat(located.allErrors()).extracting(Throwable::getMessage)
        .containsExactlyElementsOf(read.allErrors().stream().map(Throwable::getMessage).toList());
  }

  @Test
  void aMisspelledFieldIsNamedAtItsOwnPlaceWithTheNearestName() {
    String claim = claimDocument("- **Paraphase:** The plan was adopted.\n- **Asserted By:** The Party\n");
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().fromMarkdown(claim));
    // The claim is skipped after its first error: one mistake per claim is reported.
    assertThat(e.allErrors()).hasSize(1);
    assertThat(e.getMessage()).isEqualTo("19:3: markdown: unknown field 'Paraphase' in claim 'adopted'; "
        + "did you mean 'Paraphrase'?");
  }

  @Test
  void anUnknownFieldFarFromEveryNameListsThemAll() {
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().fromMarkdown(claimDocument("- **Colour:** red\n")));
    assertThat(e.problem()).startsWith("unknown field 'Colour' in claim 'adopted'; expected one of: Paraphrase, ");
  }

  @Test
  void anEraHeadingAtTheLevelOfAPolicyLineIsReportedAtTheHeading() {
    String document = "# T\n\n- **Id:** t\n- **Language:** en\n- **Version:** 1\n\n## Eras\n\n"
        + "### post-war: Post-war\n\n- **Period:** 1953/1960\n\n"
        + "### heavy-first: Heavy industry first\n\n- **Statement:** Heavy industry first.\n\n"
        + "| Sector | Mode |\n| --- | --- |\n| heavy | preferential |\n\n"
        + "#### light: Light industry\n\n- **Statement:** Then light industry.\n";
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().fromMarkdown(document));
    assertThat(e.allErrors()).hasSize(1);
    assertThat(e.getMessage()).isEqualTo("13:1: markdown: expected a level-4 heading (####) for a policy line, "
        + "found level 3 (under an era heading, a table is a policy line's priorities; an era has none)");
  }

  @Test
  void anEraHeadingAtTheLevelOfAPolicyLineIsReportedAtTheHeadingToo() {
    String document = "# T\n\n- **Id:** t\n- **Language:** en\n- **Version:** 1\n\n## Eras\n\n"
        + "### post-war: Post-war\n\n- **Period:** 1953/1960\n\n#### reform: Reform\n\n- **Period:** 1961/1970\n";
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().fromMarkdown(document));
    assertThat(e.allErrors()).hasSize(1);
    assertThat(e.getMessage()).isEqualTo("13:1: markdown: expected a level-3 heading (###) for an era, found level 4"
        + " (under a policy line heading, a Period field is an era's; a policy line has none)");
  }

  @Test
  void aHeadingTooDeepIsReportedAtTheHeading() {
    String document = "# T\n\n- **Id:** t\n- **Language:** en\n- **Version:** 1\n\n## Events\n\n"
        + "#### congress: Congress\n\n- **When:** 1956\n\n### plenum: Plenum\n\n- **When:** 1957-13\n";
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().fromMarkdown(document));
    assertThat(e.allErrors()).extracting(Throwable::getMessage).containsExactly(
        "9:1: markdown: expected a level-3 heading (###) for an event, found level 4",
        "15:13: markdown: field 'When': " + e.allErrors().get(1).problem().substring("field 'When': ".length()));
  }

  /** A skipped claim leaves references to it dangling: that is not a second error, even when validating. */
  @Test
  void aSkippedConstructCausesNoFurtherErrors() {
    String document = claimDocument("- **Paraphrase:** Adopted.\n- **Kind:** nonsense\n")
        + "\n## Further claims\n\n**Claim later:** statistic\n\n> adopted\n>\n> — portal\n\n"
        + "- **Paraphrase:** Later.\n- **Relations:** fulfils:adopted\n";
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().validatingOnRead().fromMarkdown(document));
    assertThat(e.allErrors()).hasSize(1);
    assertThat(e.getMessage()).startsWith("20:3: markdown: unknown field 'Kind' in claim 'adopted'");
  }

  @Test
  void oneReadReportsAtMostTheLimit() {
    StringBuilder document = new StringBuilder("# T\n\n- **Id:** t\n- **Language:** en\n- **Version:** 1\n\n## Events\n");
    int planted = NarrativeFormatException.MAX_ERRORS + 50;
    for (int i = 0; i < planted; i++) {
      document.append("\n### e").append(i).append(": Event\n\n- **When:** 2000-13\n");
    }
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().fromMarkdown(document.toString()));
    assertThat(e.allErrors()).hasSize(NarrativeFormatException.MAX_ERRORS);
    assertThat(e.allErrors().get(NarrativeFormatException.MAX_ERRORS - 1).line()).hasValue(11 + 4 * 99);
  }

  /** A document with one source and one era, and a claim about it with the given fields after its quotation. */
  private static String claimDocument(String fields) {
    String document = "# T\n\n- **Id:** t\n- **Language:** en\n- **Version:** 1\n\n## Eras\n\n"
        + "### post-war: Post-war\n\n- **Period:** 1953/1960\n\n**Claim adopted:** policy-adoption\n\n"
        + "> adopted\n>\n> — portal\n\n" + fields;
    return document;
  }
}
