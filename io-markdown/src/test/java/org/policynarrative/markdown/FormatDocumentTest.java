package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.SampleNarratives;

/** The complete examples in the module's README are the writer's real output and read back. */
class FormatDocumentTest {

  @Test
  void theReadmeExampleIsExactlyWhatTheWriterWritesAndReadsBack() throws IOException {
    assertExample("example", SampleNarratives.economicConstruction());
  }

  @Test
  void theReadmeExampleOfModelTwoIsExactlyWhatTheWriterWritesAndReadsBack() throws IOException {
    assertExample("example-v2", EveryFeatureNarrative.narrative());
  }

  private static void assertExample(String name, Narrative narrative) throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String startMarker = "<!-- " + name + ":start -->\n````markdown\n";
    int start = readme.indexOf(startMarker);
    int end = readme.indexOf("````\n<!-- " + name + ":end -->");
    assertThat(start).as("the start marker of %s", name).isNotNegative();
    assertThat(end).as("the end marker of %s", name).isGreaterThan(start);
    String example = readme.substring(start + startMarker.length(), end);

    assertThat(example).isEqualTo(MarkdownGoldenTest.write(narrative));
    assertThat(NarrativeMarkdown.create().read(new StringReader(example))).isEqualTo(narrative);
  }
}
