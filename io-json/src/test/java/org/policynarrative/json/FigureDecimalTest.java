package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policynarrative.core.Figure;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * A figure's numbers are decimals read from the number's text and written from the decimal: the
 * value and its scale survive ({@code 5.35} and {@code 5.350} differ), an exponent is kept, and no
 * digit is lost to a binary floating-point number on the way.
 */
class FigureDecimalTest {

  private static String document(String amount) {
    return "{\"format\": \"policy-narrative/2\", \"id\": \"n\", \"title\": \"T\", \"language\": \"en\", \"version\": \"1\","
        + " \"claims\": [{\"id\": \"c\", \"statement\": \"S\", \"kind\": \"statistic\", \"assertedBy\": \"A\","
        + " \"anchor\": {\"source\": \"s\", \"exact\": \"x\"}, \"figures\": [{\"indicator\": \"i\", \"wording\": \"w\","
        + " \"statedAs\": \"exact\", \"amount\": " + amount + ", \"status\": \"result\"}]}]}";
  }

  private static Figure figure(Narrative narrative) {
    return narrative.claims().get(0).figures().get(0);
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource(delimiter = '|', value = {
      "5.35 | 5.35",
      "5.350 | 5.350",
      "4 | 4",
      "-4 | -4",
      "0.0 | 0.0",
      "-0.0 | 0.0",
      "1e3 | 1E+3",
      "1E+3 | 1E+3",
      "10E2 | 1.0E+3",
      "1.0E-7 | 1.0E-7",
      "0.000001 | 0.000001",
      "3.14159265358979323846264338327950 | 3.14159265358979323846264338327950",
      "123456789012345678901234567890.5 | 123456789012345678901234567890.5",
      "1E+2000000000 | 1E+2000000000"})
  void aDecimalKeepsItsValueAndScale(String written, String canonical) {
    Narrative narrative = NarrativeJson.create().fromJson(document(written));

    BigDecimal amount = figure(narrative).amount().orElseThrow();
    assertThat(amount).isEqualTo(new BigDecimal(written)); // equals compares the scale too
    assertThat(amount.scale()).isEqualTo(new BigDecimal(written).scale());
    String json = NarrativeJson.create().toJson(narrative);
    assertThat(json).contains("\"amount\": " + canonical + ",\n");
    assertThat(NarrativeJson.create().fromJson(json)).isEqualTo(narrative);
  }

  @Test
  void aNumberOfSixtyFourDigitsIsTheLongestRead() {
    // Jackson counts the digits of the integer part, the fraction and the exponent: 1 + 61 + 2.
    String longest = "-1." + "2".repeat(61) + "E+12";

    assertThat(figure(NarrativeJson.create().fromJson(document(longest))).amount())
        .hasValue(new BigDecimal(longest));
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeJson.create().fromJson(document("-1." + "2".repeat(62) + "E+12")));
    assertThat(e.problem()).contains("a number is longer than 64 characters");
    assertThat(e.path()).hasValue("/claims/0/figures/0/amount");
  }

  @Test
  void anExponentNoDecimalHoldsIsAnErrorAtTheNumber() {
    String json = document("1E+9999999999");

    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeJson.create().fromJson(json));

    assertThat(e.problem()).isEqualTo("number 1E+9999999999 is out of range: its exponent is beyond what a "
        + "decimal holds (about 2,147,483,647 either way)");
    assertThat(e.path()).hasValue("/claims/0/figures/0/amount");
    assertThat(e.column()).hasValue(json.indexOf("1E+") + 1);
  }

  @Test
  void numbersOtherThanFiguresAreStillIntegers() {
    String json = document("1").replace("\"exact\": \"x\"}", "\"exact\": \"x\", \"start\": 1.5, \"end\": 2}");

    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeJson.create().fromJson(json));

    assertThat(e.problem()).isEqualTo("expected an integer, but found a decimal number");
    assertThat(e.path()).hasValue("/claims/0/anchor/start");
  }

  @Test
  void anIntegerMayBeWrittenAsAWholeDecimalAsJsonSchemaAllows() {
    String json = document("1").replace("\"exact\": \"x\"}", "\"exact\": \"x\", \"start\": 1.0, \"end\": 2e0}");

    assertThat(NarrativeJson.create().fromJson(json).claims().get(0).anchor().end()).hasValue(2);
  }
}
