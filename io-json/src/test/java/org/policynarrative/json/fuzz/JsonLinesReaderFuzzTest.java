package org.policynarrative.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.CorpusBudget;
import org.policynarrative.json.NarrativeJson;

/**
 * Fuzzes the JSON Lines reader ({@link NarrativeJson#readLines(java.io.InputStream)}).
 *
 * <p>Contract: the only exceptions that escape are {@link NarrativeFormatException} and
 * {@link IOException} (as the stream API requires, wrapped in {@link UncheckedIOException});
 * the narratives read before a bad line write back to JSON Lines that read to equal narratives.
 */
class JsonLinesReaderFuzzTest {

  @DictionaryFile(resourcePath = "json.dict")
  @FuzzTest(maxDuration = "10m")
  void lines(byte[] input) throws IOException {
    List<Narrative> read = new ArrayList<>();
    try (Stream<Narrative> narratives = NarrativeJson.create().readLines(new ByteArrayInputStream(input))) {
      narratives.forEach(read::add);
    } catch (NarrativeFormatException rejected) {
      JsonReaderFuzzTest.assertClear(rejected);
    } catch (UncheckedIOException failed) {
      assertThat(failed.getCause()).isInstanceOf(IOException.class);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NarrativeJson.create().writeLines(read.stream(), out);
    List<Narrative> again = new ArrayList<>();
    try (Stream<Narrative> narratives = NarrativeJson.create().readLines(new ByteArrayInputStream(out.toByteArray()))) {
      narratives.forEach(again::add);
    }
    assertThat(again).isEqualTo(read);
  }

  /** Linear time: the slowest corpus inputs read within 50 ms plus 5 ms per KiB. */
  @Test
  void slowestCorpusInputsReadWithinBudget() throws Exception {
    CorpusBudget.assertSlowestWithinBudget(getClass(), "lines", 5, Duration.ofMillis(50), Duration.ofMillis(5),
        input -> {
          try (Stream<Narrative> narratives = NarrativeJson.create().readLines(new ByteArrayInputStream(input))) {
            narratives.forEach(n -> { });
          } catch (NarrativeFormatException | UncheckedIOException rejected) {
            // allowed
          }
        });
  }
}
