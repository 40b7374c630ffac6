package org.policynarrative.core.internal;

import java.util.regex.Pattern;

/**
 * Explains why a text is not a date: a span of years written with a hyphen, an EDTF level 2
 * feature, a long year without its {@code Y}, or else which forms are accepted. Runs only on
 * refusal. Not API.
 */
public final class EdtfDiagnosis {

  /** The accepted forms, one example each, as every "is not a date" message lists them. */
  public static final String ACCEPTED = "expected EDTF levels 0 and 1, such as 1953, 2016-05, 2016-05-06, "
      + "1985-04-12T23:20:30 (with Z or +09:00), -0044, Y12000, 196X, 19XX, 1953-XX, 1985-04-XX, 1985-XX-XX, "
      + "the season 1953-21 (21 spring to 24 winter), each but the last two kinds optionally followed by ? ~ or %; "
      + "or a year in the source's calendar, such as 'Juche 42 (1953)', '주체42(1953)년', '民國42年', '昭和28年' "
      + "or 'B.E. 2496'";

  /** Longer texts get the plain message: the patterns below are cheap, but need not run on megabytes. */
  private static final int DIAGNOSED_LENGTH = 64;

  private static final Pattern SPAN_OF_YEARS = Pattern.compile("(-?\\d{4})\\s*[-\u2010-\u2015]\\s*(-?\\d{4})");
  private static final Pattern EXPONENT_OR_SIGNIFICANT_DIGITS = Pattern.compile("Y?-?\\d+(E\\d+)?(S\\d+)?");
  private static final Pattern DATE_LIKE = Pattern.compile("[-0-9X?~%]+");
  /** A date of level 0 or 1 shape with qualifiers anywhere: 2004?-06-~11. */
  private static final Pattern QUALIFIED_COMPONENT =
      Pattern.compile("[?~%]?-?[0-9X]{4}[?~%]?(-[?~%]?[0-9X]{2}[?~%]?){0,2}");
  private static final Pattern LONG_YEAR = Pattern.compile("-?[1-9]\\d{4,8}");

  private EdtfDiagnosis() {}

  /** The message for a text that is neither EDTF nor a calendar year, starting with the quoted text. */
  public static String notADate(String text) {
    String quoted = Checks.quote(text);
    String why = text.length() <= DIAGNOSED_LENGTH ? why(text) : null;
    return why != null ? quoted + " " + why : quoted + " is not a date; " + ACCEPTED;
  }

  private static String why(String text) {
    var span = SPAN_OF_YEARS.matcher(text);
    if (span.matches()) {
      return "is not a date but a span of years: write the period " + span.group(1) + "/" + span.group(2)
          + " (EDTF separates the ends of an interval with a slash)";
    }
    String feature = levelTwoFeature(text);
    if (feature != null) {
      return "uses " + feature + ", which is EDTF level 2 and not supported; " + ACCEPTED;
    }
    if (LONG_YEAR.matcher(text).matches()) {
      return "is not a date; a year of more than four digits is written with a Y: Y" + text;
    }
    if (text.indexOf('x') >= 0 && parses(text.replace('x', 'X'))) {
      return "is not a date; an unspecified digit is a capital X: " + text.replace('x', 'X');
    }
    return null;
  }

  /** The level 2 feature {@code text} uses, or null when it uses none that is recognizable. */
  static String levelTwoFeature(String text) {
    if (text.indexOf('[') >= 0 || text.indexOf('{') >= 0) {
      return "a set of dates ([1667,1668] or {1667,1668})";
    }
    if (!DATE_LIKE.matcher(text).matches()) {
      if (text.indexOf('/') < 0 && EXPONENT_OR_SIGNIFICANT_DIGITS.matcher(text).matches()
          && (text.indexOf('E') >= 0 || text.indexOf('S') >= 0)) {
        return "an exponential year or significant digits (Y17E7, 1950S2)";
      }
      return null;
    }
    int qualifier = firstQualifier(text);
    if (qualifier >= 0 && qualifier < text.length() - 1 && QUALIFIED_COMPONENT.matcher(text).matches()) {
      return "a qualifier on one part of the date (2004?-06-11, 2004-06-~11)";
    }
    if (text.indexOf('X') >= 0 && QUALIFIED_COMPONENT.matcher(text).matches()) {
      return "unspecified digits where level 1 has none (1XXX, 196X-05, 1985-XX-12)";
    }
    return null;
  }

  private static boolean parses(String text) {
    try {
      return EdtfDateParser.parse(text) != null;
    } catch (IllegalArgumentException e) {
      return true; // the right shape with a bad value: the capital X is still the fix
    }
  }

  private static int firstQualifier(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '?' || c == '~' || c == '%') {
        return i;
      }
    }
    return -1;
  }
}
