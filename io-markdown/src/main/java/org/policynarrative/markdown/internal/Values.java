package org.policynarrative.markdown.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.Period;
import org.policynarrative.core.RelationType;

/**
 * The textual forms of dates, periods and reference lists in field values. Parsing throws
 * {@link IllegalArgumentException} with a message saying what was expected; the reader adds the
 * location.
 */
final class Values {

  /** A decimal as {@link BigDecimal#toString()} writes it, and as people write one: 5.35, -4, 1E+3, .5. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,9})?");
  /**
   * The most digits a decimal may have (of its integer part, fraction and exponent, as Jackson
   * counts them): the limit every format shares ({@link DocumentLimits#MAX_NUMBER_LENGTH}), so that
   * what this reader accepts, the JSON reader accepts too. Parsing a number takes time quadratic in
   * its digits, and no figure a source states needs more.
   */
  static final int MAX_DECIMAL_DIGITS = DocumentLimits.MAX_NUMBER_LENGTH;

  private static final Pattern WORDED_DATE =
      Pattern.compile("(\\S+) as written \"(.*)\" in the ([a-z-]+) calendar", Pattern.DOTALL);

  private Values() {}

  /**
   * A date as {@link HistoricalDate#text()} when that reads back equal, otherwise as
   * {@code EDTF as written "WORDING" in the CALENDAR calendar}.
   */
  static String date(HistoricalDate date) {
    if (isPlain(date)) {
      return date.text();
    }
    return date.toEdtf() + " as written \"" + date.asWritten().orElse("") + "\" in the "
        + date.calendar().code() + " calendar";
  }

  private static boolean isPlain(HistoricalDate date) {
    try {
      return HistoricalDate.parse(date.text()).equals(date);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Reads what {@link #date(HistoricalDate)} writes. */
  static HistoricalDate parseDate(String text) {
    // The regex cannot match without its fixed middle, which most dates lack.
    Matcher m = text.contains(" as written \"") ? WORDED_DATE.matcher(text) : null;
    if (m != null && m.matches()) {
      return HistoricalDate.parse(m.group(1)).withWording(m.group(2), CalendarModel.fromCode(m.group(3)));
    }
    try {
      return HistoricalDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage()
          + ", or EDTF with the source's wording such as '196X as written \"in the 1960s\" in the gregorian calendar'", e);
    }
  }

  /** True when {@link Period#text()} reads back as an equal period, so one line can hold it. */
  static boolean isPlain(Period period) {
    try {
      return Period.parse(period.text()).equals(period);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Reads comma-separated slugs, such as {@code post-war, chollima}. */
  static List<String> parseIds(String text) {
    List<String> ids = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      ids.add(part.strip());
    }
    return ids;
  }

  /** Reads comma-separated references, such as {@code policy-line:songun, sector:agriculture}. */
  static List<EntityRef> parseRefs(String text) {
    List<EntityRef> refs = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      refs.add(EntityRef.parse(part.strip()));
    }
    return refs;
  }

  /** Reads comma-separated roles {@code role:actor}, such as {@code adopted-by:wpk, drafted-by:kim-il-sung}. */
  static List<LineRole> parseRoles(String text) {
    List<LineRole> roles = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String[] pair = pair(part, "a role such as adopted-by:wpk (the role, a colon, the actor's id)");
      roles.add(LineRole.of(ActorRole.fromCode(pair[0]), pair[1]));
    }
    return roles;
  }

  /** Reads comma-separated relations {@code type:claim}, such as {@code fulfils:plan-set, repeats:first-report}. */
  static List<ClaimRelation> parseRelations(String text) {
    List<ClaimRelation> relations = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String[] pair = pair(part, "a relation such as fulfils:plan-set (the type, a colon, the other claim's id)");
      relations.add(ClaimRelation.of(RelationType.fromCode(pair[0]), pair[1]));
    }
    return relations;
  }

  private static String[] pair(String part, String expected) {
    String text = part.strip();
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("expected " + expected + ", but got " + NarrativeFormatException.quote(text));
    }
    return new String[] {text.substring(0, colon).strip(), text.substring(colon + 1).strip()};
  }

  /** Reads a decimal exactly as written, scale included: {@code 5.350} is not {@code 5.35}. */
  static BigDecimal parseDecimal(String text) {
    // A sign, a point, an E and the exponent's sign come on top of the digits.
    if (text.length() > MAX_DECIMAL_DIGITS + 4 || digits(text) > MAX_DECIMAL_DIGITS
        || !DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException("expected a decimal number such as 5.35, -4 or 1E+3 (at most "
          + MAX_DECIMAL_DIGITS + " digits), but got " + NarrativeFormatException.quote(text));
    }
    return new BigDecimal(text);
  }

  private static int digits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
  }

  /** Writes references comma-separated. */
  static String refs(List<EntityRef> refs) {
    StringBuilder out = new StringBuilder();
    for (EntityRef ref : refs) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(ref);
    }
    return out.toString();
  }

  /** Whether {@code text[from, to)} is one to ten ASCII digits (checked without compiling a regex per value). */
  static boolean isDigits(String text, int from, int to) {
    if (to - from < 1 || to - from > 10) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Reads a positive decimal integer that fits an int. */
  static int parsePositive(String text, String what) {
    if (!isDigits(text, 0, text.length())) {
      throw new IllegalArgumentException("expected " + what + " as a whole number such as 1, but got " + NarrativeFormatException.quote(text));
    }
    long value = Long.parseLong(text);
    if (value < 1 || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("expected " + what + " between 1 and " + Integer.MAX_VALUE + ", but got " + text);
    }
    return (int) value;
  }
}
