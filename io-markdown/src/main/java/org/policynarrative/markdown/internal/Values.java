package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Period;

/**
 * The textual forms of dates, periods and reference lists in field values. Parsing throws
 * {@link IllegalArgumentException} with a message saying what was expected; the reader adds the
 * location.
 */
final class Values {

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
