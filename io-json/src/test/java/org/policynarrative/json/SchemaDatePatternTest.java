package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Period;
import org.policynarrative.testing.EdtfCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema's date patterns accept exactly the EDTF the reader accepts, over the shared EDTF
 * corpus and every day around the leap years; the one thing a pattern cannot check, that a period
 * is not inverted, is left to the reader.
 */
class SchemaDatePatternTest {

  private static Pattern date;
  private static Pattern period;

  @BeforeAll
  static void readThePatterns() throws IOException {
    try (InputStream in = NarrativeJson.schema().openStream()) {
      JsonNode defs = JsonMapper.builder().build().readTree(in).get("$defs");
      // JSON Schema patterns are ECMA-262; these use nothing that java.util.regex reads differently.
      date = Pattern.compile(defs.get("edtfDate").get("pattern").asString());
      period = Pattern.compile(defs.get("edtfPeriod").get("pattern").asString());
    }
  }

  @Test
  void thePatternsAcceptWhatTheParserAccepts() {
    List<String> disagreements = new ArrayList<>();
    List<String> texts = new ArrayList<>(EdtfCorpus.generate(14, 3000));
    texts.addAll(daysAroundLeapYears());
    for (String text : texts) {
      String refusal = refusal(() -> Period.parse(text));
      boolean inverted = refusal != null && refusal.contains("period is inverted");
      if (period.matcher(text).matches() != (refusal == null) && !inverted) {
        disagreements.add("period " + text + ": " + refusal);
      }
      if (text.indexOf('/') < 0 && date.matcher(text).matches() != (refusal(() -> HistoricalDate.parse(text)) == null)) {
        disagreements.add("date " + text);
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(date.matcher("1953-02-30").matches()).isFalse();
    assertThat(period.matcher("1960/1953").matches()).as("inversion is the reader's to find").isTrue();
  }

  /** The last days of every month of years around the leap-year rules, negative ones too. */
  private static List<String> daysAroundLeapYears() {
    List<String> days = new ArrayList<>();
    for (int year : new int[] {0, 1, 4, 100, 200, 400, 1900, 1953, 1996, 2000, 2100, 2400, 9996, 9999, -1, -4, -100,
        -400, -9996}) {
      for (int month = 1; month <= 12; month++) {
        for (int day = 28; day <= 31; day++) {
          String yearText = (year < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(year));
          days.add(String.format(Locale.ROOT, "%s-%02d-%02d", yearText, month, day));
        }
      }
    }
    assertThat(days).contains("2000-02-29", "1900-02-29", "-0004-02-29");
    return days;
  }

  private static String refusal(Runnable parse) {
    try {
      parse.run();
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
