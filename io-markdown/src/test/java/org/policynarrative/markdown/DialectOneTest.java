package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.Fixtures;

/**
 * Documents of dialect 1, as the writer wrote them before model v2, still read to the narratives
 * they were written from. {@code DialectOneTest/golden-<case>.md} are the golden files of
 * {@link MarkdownGoldenTest} as they were then (the narratives of {@link MarkdownGoldenTest#CASES});
 * {@code generated-<seed>.md} are that writer's output for {@code DialectNarratives.narrative(new
 * Random(seed))}, which draws only dialect 1's codes. The files are never rewritten: they are what
 * users have on disk.
 */
class DialectOneTest {

  static List<String> cases() {
    return Fixtures.caseNames(DialectOneTest.class, ".md");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aDocumentOfDialectOneReadsToTheNarrativeItWasWrittenFrom(String name) throws IOException {
    String text = Fixtures.read(Fixtures.file(DialectOneTest.class, name + ".md"));
    Narrative read = NarrativeMarkdown.create().read(new StringReader(text));
    assertThat(read).isEqualTo(expected(name));
  }

  private static Narrative expected(String name) {
    if (name.startsWith("golden-")) {
      String golden = name.substring("golden-".length());
      assertThat(MarkdownGoldenTest.CASES).as("a narrative for %s", name).containsKey(golden);
      return MarkdownGoldenTest.CASES.get(golden).get();
    }
    assertThat(name).as("a dialect-1 fixture is golden-<case> or generated-<seed>").startsWith("generated-");
    return DialectNarratives.narrative(new Random(Integer.parseInt(name.substring("generated-".length()))));
  }
}
