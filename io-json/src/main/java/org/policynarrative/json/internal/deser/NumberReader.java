package org.policynarrative.json.internal.deser;

import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reads the numbers of a narrative: 32-bit integers and exact decimals, failing with a located message. */
final class NumberReader {

  private NumberReader() {}

  /**
   * An integer that fits in 32 bits. A number written with a fraction or an exponent is one when its
   * value is whole ({@code 1.0}, {@code 8.7e1}): JSON Schema, and so the schema, calls those integers,
   * and a producer that holds numbers as floating point writes them so.
   */
  static int integer(JsonInput in) {
    JsonParser parser = in.parser();
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      return wholeDecimal(in);
    }
    in.expect(JsonToken.VALUE_NUMBER_INT, "an integer", "");
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw in.fail(outOfRange(parser));
    }
    return parser.getIntValue();
  }

  private static int wholeDecimal(JsonInput in) {
    BigDecimal value = decimal(in);
    if (value.signum() == 0) {
      return 0;
    }
    // Digits before the point, known without expanding the value (1E+999999999 stays cheap).
    if (value.precision() - (long) value.scale() > 10) {
      throw in.fail(outOfRange(in.parser()));
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      boolean whole = value.stripTrailingZeros().scale() <= 0;
      throw in.fail(whole ? outOfRange(in.parser()) : "expected an integer, but found a decimal number");
    }
  }

  private static String outOfRange(JsonParser parser) {
    return "integer " + parser.getString() + " is out of range; expected at most " + Integer.MAX_VALUE;
  }

  /**
   * A decimal number, exactly as written: {@code 5.350} keeps its three places and {@code 1E+3} its
   * exponent (the parser's decimal value comes from the number's text, never through a
   * {@code double}). A JSON integer is a decimal without places.
   */
  static BigDecimal decimal(JsonInput in) {
    JsonToken token = in.parser().currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw in.fail("expected a number, but found " + JsonInput.describe(token));
    }
    try {
      return in.parser().getDecimalValue();
    } catch (JacksonException | NumberFormatException | ArithmeticException e) {
      // Only an exponent beyond what a BigDecimal's 32-bit scale holds (1E+9999999999) gets here.
      throw in.fail("number " + in.parser().getString() + " is out of range: its exponent is beyond what a decimal"
          + " holds (about 2,147,483,647 either way)");
    }
  }
}
