package org.policynarrative.core.internal;

import java.time.LocalTime;
import java.time.ZoneOffset;
import org.policynarrative.core.internal.EdtfParts.Unit;

/**
 * Reads one date of EDTF levels 0 and 1 with a character scanner (no regex: this runs for every
 * date of every read). Not API.
 *
 * <p>The shapes it knows, each value checked by {@link EdtfParts}:
 * <pre>
 *   Y-year    Y[-]DDDDD...          (five digits or more, no leading zero; nothing may follow)
 *   date      [-]YYYY[-MM[-DD[Thh:mm[:ss][Z|±hh[:mm]]]]][?|~|%]
 *   where     YYYY is DDDD, DDDX or DDXX;  MM is DD or XX;  DD is DD or XX
 * </pre>
 * Text of another shape gives {@code null}, so the caller can try calendar wordings and then
 * explain the refusal ({@link EdtfDiagnosis}).
 */
public final class EdtfDateParser {

  private EdtfDateParser() {}

  /**
   * The date {@code text} writes, or {@code null} when it is not of a shape above.
   *
   * @throws IllegalArgumentException when it has such a shape but a value breaks a rule, with a
   *     message that does not repeat the text (the caller names it)
   */
  public static EdtfParts parse(String text) {
    int n = text.length();
    if (n == 0) {
      return null;
    }
    if (text.charAt(0) == 'Y') {
      return longYear(text);
    }
    boolean negative = text.charAt(0) == '-';
    int i = negative ? 1 : 0;
    if (n < i + 4 || !isDigit(text, i) || !isDigit(text, i + 1)) {
      return null;
    }
    // The year: DDDD, DDDX (a decade) or DDXX (a century).
    Unit precision;
    if (isDigit(text, i + 2) && isDigit(text, i + 3)) {
      precision = Unit.YEAR;
    } else if (isDigit(text, i + 2) && text.charAt(i + 3) == 'X') {
      precision = Unit.DECADE;
    } else if (text.charAt(i + 2) == 'X' && text.charAt(i + 3) == 'X') {
      precision = Unit.CENTURY;
    } else {
      return null;
    }
    int year = digits(text, i, i + (precision == Unit.YEAR ? 4 : precision == Unit.DECADE ? 3 : 2));
    year *= precision == Unit.YEAR ? 1 : precision == Unit.DECADE ? 10 : 100;
    i += 4;
    int month = 0;
    int day = 0;
    Unit unspecifiedTo = null;
    LocalTime time = null;
    ZoneOffset offset = null;
    if (precision == Unit.YEAR && i < n && text.charAt(i) == '-') {
      // The month: DD (a month 01-12 or a season 21-24, checked later) or XX.
      if (n < i + 3) {
        return null;
      }
      if (isX(text, i + 1) && isX(text, i + 2)) {
        unspecifiedTo = Unit.MONTH;
      } else if (isDigit(text, i + 1) && isDigit(text, i + 2)) {
        month = digits(text, i + 1, i + 3);
        precision = month >= 21 && month <= 41 ? Unit.SEASON : Unit.MONTH;
      } else {
        return null;
      }
      i += 3;
      if (i < n && text.charAt(i) == '-') {
        if (precision == Unit.SEASON) {
          throw new IllegalArgumentException("a season (21 spring to 24 winter) has no day; a month is 01 to 12");
        }
        if (n < i + 3) {
          return null;
        }
        if (isX(text, i + 1) && isX(text, i + 2)) {
          unspecifiedTo = Unit.DAY;
        } else if (isDigit(text, i + 1) && isDigit(text, i + 2) && unspecifiedTo == null) {
          day = digits(text, i + 1, i + 3);
          precision = Unit.DAY;
        } else {
          return null; // 1985-XX-12 and the like are level 2
        }
        i += 3;
        if (i < n && text.charAt(i) == 'T' && precision == Unit.DAY) {
          int[] end = {0};
          TimeOfDay parsed = time(text, i + 1, end);
          time = parsed.time;
          offset = parsed.offset;
          precision = parsed.precision;
          i = end[0];
        }
      }
    }
    if (precision == Unit.SEASON && month > 24) {
      throw new IllegalArgumentException("the divisions of a year 25 to 41 (quarters, halves, seasons by hemisphere) are "
          + "EDTF level 2, which is not supported; level 1 has the seasons 21 (spring) to 24 (winter)");
    }
    boolean uncertain = false;
    boolean approximate = false;
    if (i == n - 1) {
      switch (text.charAt(i)) {
        case '?' -> uncertain = true;
        case '~' -> approximate = true;
        case '%' -> {
          uncertain = true;
          approximate = true;
        }
        default -> {
          return null;
        }
      }
      i++;
    }
    if (i != n) {
      return null;
    }
    if (negative && year == 0) {
      throw new IllegalArgumentException("there is no negative year 0 ('-' before 0000, 000X or 00XX); "
          + "year 0000 is 1 BCE and -0001 is 2 BCE");
    }
    return new EdtfParts(negative ? -year : year, month, day, precision, unspecifiedTo, time, offset, uncertain,
        approximate);
  }

  /** {@code Y} and a year beyond four digits, such as {@code Y170000002} or {@code Y-12000}. */
  private static EdtfParts longYear(String text) {
    int n = text.length();
    int start = n > 1 && text.charAt(1) == '-' ? 2 : 1;
    int end = start;
    while (end < n && isDigit(text, end)) {
      end++;
    }
    if (end == start) {
      return null;
    }
    if (end < n) {
      char next = text.charAt(end);
      if (next == '?' || next == '~' || next == '%' || next == '-') {
        throw new IllegalArgumentException("a year written with Y stands alone in EDTF level 1: "
            + "it takes no month, season, day or qualifier");
      }
      return null; // Y17E7, Y171010000S3: level 2, explained by the caller
    }
    if (end - start <= 4 || text.charAt(start) == '0') {
      throw new IllegalArgumentException("Y is only for years of more than four digits (Y10000 and later, "
          + "Y-10000 and earlier), without leading zeros; a year of four digits or fewer is written 1953 or -0044");
    }
    if (end - start > 9) {
      throw new IllegalArgumentException("year must be between -" + EdtfParts.MAX_YEAR + " and "
          + EdtfParts.MAX_YEAR + " (the range of java.time)");
    }
    int year = digits(text, start, end);
    return new EdtfParts(start == 2 ? -year : year, 0, 0, Unit.YEAR, null, null, null, false, false);
  }

  private record TimeOfDay(LocalTime time, ZoneOffset offset, Unit precision) {}

  /** {@code hh:mm[:ss][Z|±hh[:mm]]} from {@code i}; {@code end[0]} is set to where it ends. */
  private static TimeOfDay time(String text, int i, int[] end) {
    int n = text.length();
    if (!(n >= i + 5 && twoDigits(text, i) && text.charAt(i + 2) == ':' && twoDigits(text, i + 3))) {
      throw malformedTime();
    }
    int hour = digits(text, i, i + 2);
    int minute = digits(text, i + 3, i + 5);
    int second = 0;
    Unit precision = Unit.MINUTE;
    i += 5;
    if (i < n && text.charAt(i) == ':') {
      if (!(n >= i + 3 && twoDigits(text, i + 1))) {
        throw malformedTime();
      }
      second = digits(text, i + 1, i + 3);
      precision = Unit.SECOND;
      i += 3;
    }
    if (i < n && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
      throw new IllegalArgumentException("fractions of a second are not supported; EDTF level 0 writes whole seconds");
    }
    if (hour > 23 || minute > 59 || second > 59) {
      throw new IllegalArgumentException("time of day must be between 00:00:00 and 23:59:59, but was "
          + text.substring(i - (precision == Unit.SECOND ? 8 : 5), i)
          + (hour == 24 ? " (write midnight at the end of a day as 00:00 of the next day)" : ""));
    }
    ZoneOffset offset = null;
    if (i < n && text.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
      i++;
    } else if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      boolean west = text.charAt(i) == '-';
      if (!(n >= i + 3 && twoDigits(text, i + 1))) {
        throw malformedTime();
      }
      int hours = digits(text, i + 1, i + 3);
      int minutes = 0;
      i += 3;
      if (i < n && text.charAt(i) == ':') {
        if (!(n >= i + 3 && twoDigits(text, i + 1))) {
          throw malformedTime();
        }
        minutes = digits(text, i + 1, i + 3);
        i += 3;
      } else if (n >= i + 2 && twoDigits(text, i)) {
        throw new IllegalArgumentException("write the offset with a colon, as +04:00 (extended format, like the "
            + "rest of the date)");
      }
      if (minutes > 59 || hours > 14) {
        throw new IllegalArgumentException("offset must be whole minutes between -12:00 and +14:00");
      }
      if (west && hours == 0 && minutes == 0) {
        throw new IllegalArgumentException("the offset -00:00 means an unknown local offset; leave the offset out, "
            + "or write Z for UTC");
      }
      int seconds = (hours * 60 + minutes) * 60;
      offset = ZoneOffset.ofTotalSeconds(west ? -seconds : seconds);
    }
    end[0] = i;
    return new TimeOfDay(LocalTime.of(hour, minute, second), offset, precision);
  }

  private static IllegalArgumentException malformedTime() {
    return new IllegalArgumentException("expected a time of day after T: hh:mm or hh:mm:ss, then optionally Z or "
        + "an offset such as +09:00 (1985-04-12T23:20:30Z)");
  }

  private static boolean isDigit(String text, int i) {
    char c = text.charAt(i);
    return c >= '0' && c <= '9';
  }

  private static boolean twoDigits(String text, int i) {
    return isDigit(text, i) && isDigit(text, i + 1);
  }

  private static boolean isX(String text, int i) {
    return text.charAt(i) == 'X';
  }

  /** The ASCII digits from {@code start} to {@code end} (already checked) as a number. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
