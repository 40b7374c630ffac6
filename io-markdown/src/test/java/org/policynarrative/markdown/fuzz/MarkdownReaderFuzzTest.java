package org.policynarrative.markdown.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.CorpusBudget;
import org.policynarrative.markdown.NarrativeMarkdown;

/**
 * Fuzzes the Markdown reader ({@link NarrativeMarkdown#read(java.io.InputStream)}).
 *
 * <p>Contract: the only exceptions that escape are {@link NarrativeFormatException} (with a
 * message and a 1-based line) and {@link IOException}; whatever is read writes back to Markdown
 * that reads to an equal narrative and writes to the same bytes.
 *
 * <p>Plain {@code ./mvnw verify} runs the corpus in
 * {@code src/test/resources/org/policynarrative/markdown/fuzz/MarkdownReaderFuzzTestInputs/read/};
 * real fuzzing: see {@code docs/reliability.md}.
 */
class MarkdownReaderFuzzTest {

  private static final NarrativeMarkdown MARKDOWN = NarrativeMarkdown.strict();

  @DictionaryFile(resourcePath = "markdown.dict")
  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws IOException {
    Narrative narrative;
    try {
      narrative = MARKDOWN.read(new ByteArrayInputStream(input));
    } catch (NarrativeFormatException rejected) {
      assertThat(rejected.getMessage()).isNotBlank();
      assertThat(rejected.problem()).isNotBlank();
      rejected.line().ifPresent(line -> assertThat(line).isPositive());
      rejected.column().ifPresent(column -> assertThat(column).isPositive());
      return;
    } catch (IOException failed) {
      assertThat(failed.getMessage()).isNotBlank();
      return;
    }
    assertThat(narrative).isNotNull();
    byte[] written = write(narrative);
    Narrative again = MARKDOWN.read(new ByteArrayInputStream(written));
    assertThat(again).isEqualTo(narrative);
    assertThat(write(again)).isEqualTo(written);
  }

  private static byte[] write(Narrative narrative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MARKDOWN.write(narrative, out);
    return out.toByteArray();
  }

  /** Linear time: the slowest corpus inputs read within 50 ms plus 5 ms per KiB. */
  @Test
  void slowestCorpusInputsReadWithinBudget() throws Exception {
    CorpusBudget.assertSlowestWithinBudget(getClass(), "read", 5, Duration.ofMillis(50), Duration.ofMillis(5),
        input -> {
          try {
            MARKDOWN.read(new ByteArrayInputStream(input));
          } catch (NarrativeFormatException | IOException rejected) {
            // allowed
          }
        });
  }
}
