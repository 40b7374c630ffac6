package org.policynarrative.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.CorpusBudget;
import org.policynarrative.json.NarrativeJson;

/**
 * Fuzzes the JSON document reader ({@link NarrativeJson#read(java.io.InputStream)}), strict and
 * lenient with validation.
 *
 * <p>Contract: the only exceptions that escape are {@link NarrativeFormatException} (with a
 * message and a 1-based line) and {@link IOException} (which, from bytes in memory, only
 * Jackson's encoding detection raises: UTF-32 input that is not UTF-32); whatever is read writes
 * back to canonical JSON that reads to an equal narrative and writes to the same bytes.
 *
 * <p>Plain {@code ./mvnw verify} runs the corpus in
 * {@code src/test/resources/org/policynarrative/json/fuzz/JsonReaderFuzzTestInputs/<method>/};
 * real fuzzing: see {@code docs/reliability.md}.
 */
class JsonReaderFuzzTest {

  @DictionaryFile(resourcePath = "json.dict")
  @FuzzTest(maxDuration = "10m")
  void strict(byte[] input) throws IOException {
    readAndRoundTrip(NarrativeJson.create(), input);
  }

  @DictionaryFile(resourcePath = "json.dict")
  @FuzzTest(maxDuration = "10m")
  void lenientValidating(byte[] input) throws IOException {
    readAndRoundTrip(NarrativeJson.create().skippingUnknownFields().validatingOnRead(), input);
  }

  static void readAndRoundTrip(NarrativeJson json, byte[] input) throws IOException {
    Narrative narrative;
    try {
      narrative = json.read(new ByteArrayInputStream(input));
    } catch (NarrativeFormatException rejected) {
      assertClear(rejected);
      return;
    } catch (IOException encoding) {
      assertThat(encoding.getMessage()).isNotBlank();
      return;
    }
    assertThat(narrative).as("a narrative, never null").isNotNull();
    String canonical = json.toJson(narrative);
    Narrative again = NarrativeJson.create().fromJson(canonical);
    assertThat(again).isEqualTo(narrative);
    assertThat(json.toJson(again)).isEqualTo(canonical);
  }

  static void assertClear(NarrativeFormatException rejected) {
    assertThat(rejected.getMessage()).isNotBlank();
    assertThat(rejected.problem()).isNotBlank();
    rejected.line().ifPresent(line -> assertThat(line).isPositive());
    rejected.column().ifPresent(column -> assertThat(column).isPositive());
  }

  /** Linear time: the slowest corpus inputs read within 50 ms plus 5 ms per KiB. */
  @Test
  void slowestCorpusInputsReadWithinBudget() throws Exception {
    for (String method : new String[] {"strict", "lenientValidating"}) {
      CorpusBudget.assertSlowestWithinBudget(getClass(), method, 5, Duration.ofMillis(50), Duration.ofMillis(5),
          input -> {
            try {
              NarrativeJson.create().skippingUnknownFields().validatingOnRead().read(new ByteArrayInputStream(input));
            } catch (NarrativeFormatException | IOException rejected) {
              // allowed
            }
          });
    }
  }
}
