package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.Fixtures;
import org.policynarrative.testing.SampleNarratives;

/**
 * Golden files: {@code src/test/resources/MarkdownGoldenTest/<case>.md} is exactly what the writer
 * produces for the narrative {@link #CASES} builds under that name, and reads back to it. Run with
 * {@code -Dgolden.update=true} to rewrite the files after a deliberate change (the run fails), then
 * review the diff and run again.
 */
class MarkdownGoldenTest {

  /** Every case: the golden file {@code <name>.md} holds what the writer must produce. */
  static final Map<String, Supplier<Narrative>> CASES = Map.of(
      "economic-construction", SampleNarratives::economicConstruction,
      "minimal", SampleNarratives::empty,
      "tricky-strings", SampleNarratives::trickyStrings,
      "data-set-order", SampleNarratives::dataSetOrder,
      "every-feature", EveryFeatureNarrative::narrative);

  static List<String> cases() {
    return Fixtures.caseNames(MarkdownGoldenTest.class, ".md");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void writesAndReadsTheGoldenFile(String name) throws IOException {
    assertThat(CASES).as("a narrative for golden file %s.md", name).containsKey(name);
    Narrative narrative = CASES.get(name).get();
    String written = write(narrative);
    Fixtures.assertGolden(Fixtures.file(MarkdownGoldenTest.class, name + ".md"), written);
    assertThat(NarrativeMarkdown.create().read(new StringReader(written))).isEqualTo(narrative);
  }

  @Test
  void everyCaseHasAGoldenFile() {
    assertThat(cases()).containsExactlyInAnyOrderElementsOf(CASES.keySet());
  }

  static String writeUnchecked(Narrative narrative) {
    try {
      return write(narrative);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(Narrative narrative) throws IOException {
    StringWriter out = new StringWriter();
    NarrativeMarkdown.create().write(narrative, out);
    return out.toString();
  }
}
