package org.policynarrative.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Period;
import org.policynarrative.testing.CorpusBudget;

/**
 * Fuzzes the EDTF parser ({@link HistoricalDate#parse} and {@link Period#parse}).
 *
 * <p>Contract: the only exception that escapes is {@link IllegalArgumentException}, and whatever
 * parses prints back ({@code text()}) to text that parses to an equal value; its EDTF
 * ({@code toEdtf()}) parses too, to a value with the same days.
 *
 * <p>Plain {@code ./mvnw verify} runs these in regression mode over the checked-in corpus
 * ({@code test-support/src/test/resources/org/policynarrative/testing/fuzz/EdtfParserFuzzTestInputs/<method>/}).
 * Real fuzzing: see {@code docs/reliability.md}.
 */
class EdtfParserFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void historicalDate(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    HistoricalDate date;
    try {
      date = HistoricalDate.parse(text);
    } catch (IllegalArgumentException rejected) {
      assertThat(rejected.getMessage()).isNotBlank();
      return;
    }
    assertThat(HistoricalDate.parse(date.text())).isEqualTo(date);
    HistoricalDate gregorian = HistoricalDate.parse(date.toEdtf());
    assertThat(gregorian.earliest()).isEqualTo(date.earliest());
    assertThat(gregorian.latest()).isEqualTo(date.latest());
    assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
  }

  @FuzzTest(maxDuration = "10m")
  void period(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Period period;
    try {
      period = Period.parse(text);
    } catch (IllegalArgumentException rejected) {
      assertThat(rejected.getMessage()).isNotBlank();
      return;
    }
    assertThat(Period.parse(period.text())).isEqualTo(period);
    Period gregorian = Period.parse(period.toEdtf());
    assertThat(gregorian.earliest()).isEqualTo(period.earliest());
    assertThat(gregorian.latest()).isEqualTo(period.latest());
  }

  /** Linear time: the slowest corpus inputs parse within 20 ms plus 2 ms per KiB. */
  @Test
  void slowestCorpusInputsParseWithinBudget() throws Exception {
    CorpusBudget.Reader parse = input -> {
      try {
        Period.parse(new String(input, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException rejected) {
        // allowed
      }
    };
    CorpusBudget.assertSlowestWithinBudget(getClass(), "historicalDate", 5, Duration.ofMillis(20),
        Duration.ofMillis(2), parse);
    CorpusBudget.assertSlowestWithinBudget(getClass(), "period", 5, Duration.ofMillis(20),
        Duration.ofMillis(2), parse);
  }
}
