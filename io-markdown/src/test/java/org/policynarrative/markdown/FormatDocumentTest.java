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

/** The complete example in the module's README is the writer's real output and reads back. */
class FormatDocumentTest {

  private static final String START = "<!-- example:start -->\n````markdown\n";
  private static final String END = "````\n<!-- example:end -->";

  @Test
  void theReadmeExampleIsExactlyWhatTheWriterWritesAndReadsBack() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("the example's start marker").isNotNegative();
    assertThat(end).as("the example's end marker").isGreaterThan(start);
    String example = readme.substring(start + START.length(), end);

    Narrative narrative = SampleNarratives.economicConstruction();
    assertThat(example).isEqualTo(MarkdownGoldenTest.write(narrative));
    assertThat(NarrativeMarkdown.create().read(new StringReader(example))).isEqualTo(narrative);
  }
}
