package org.policynarrative.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated corpus of EDTF-like strings for comparing parsers: every form of EDTF levels 0 and
 * 1 at and around its edges (years 0, negative, four and more digits; months 00 to 42; days 00 to
 * 32 around leap years; unspecified digits in and out of place; seasons; times and offsets in and
 * out of range; qualifiers everywhere), intervals of those with open and unknown ends, level 2
 * strings and near misses. Valid and invalid strings are mixed; the same seed gives the same
 * corpus.
 *
 * <p>The EDTF oracle comparison runs it through edtf.js and the Java parser; the JSON Schema test
 * runs it through the schema's date patterns. No string holds a tab or a line break.
 */
public final class EdtfCorpus {

  private static final String[] YEARS = {"0000", "0001", "0004", "0099", "0100", "0400", "1900", "1953", "1955",
      "2000", "2016", "9999", "-0001", "-0004", "-0100", "-0400", "-1953", "-9999", "-0000"};
  private static final String[] MONTHS = {"00", "01", "02", "04", "06", "09", "11", "12", "13", "20", "21", "22", "23",
      "24", "25", "33", "41", "42", "99", "XX"};
  private static final String[] DAYS = {"00", "01", "09", "28", "29", "30", "31", "32", "XX"};
  private static final String[] UNSPECIFIED = {"196X", "19XX", "1XXX", "XXXX", "000X", "00XX", "999X", "99XX",
      "-196X", "-19XX", "-000X", "-00XX", "-999X", "196X-05", "19XX-XX", "196X-XX", "1953-XX", "1953-XX-XX",
      "1985-04-XX", "1985-02-XX", "1985-XX-12", "-1985-XX", "-1985-04-XX", "-1985-XX-XX", "0000-XX", "0000-02-XX",
      "1985-04-1X", "1985-0X", "156X-12-25", "196x", "1953-xx"};
  private static final String[] LONG_YEARS = {"Y10000", "Y9999", "Y09999", "Y010000", "Y12000", "Y-12000", "Y1234",
      "Y-1234", "Y275760", "Y-271821", "Y275761", "Y170000002", "Y-170000002", "Y999999999", "Y-999999999",
      "Y1000000000", "Y-1000000000", "Y17E7", "Y-17E7", "Y171010000S3", "Y", "Y-", "y12000", "Y12000-05",
      "12000", "-12000", "019530"};
  private static final String[] DAYS_FOR_TIMES = {"1985-04-12", "0000-01-01", "-0044-03-15", "2016-02-29",
      "1953-07-27"};
  private static final String[] TIMES = {"00:00:00", "23:20:30", "23:59:59", "24:00:00", "23:60:00", "23:20:60",
      "23:59:60", "23:20", "10:00", "23:20:30.5", "23:20:30.123", "23", "2320", "23:2"};
  private static final String[] OFFSETS = {"", "Z", "+00", "+00:00", "-00:00", "-00", "+04:00", "-04", "+05:30",
      "+13:59", "+14:00", "+14:01", "-11:59", "-12:00", "-12:01", "+0400", "+15:00", "-13:00", "+04:60", "z"};
  private static final String[] QUALIFIABLE = {"1953", "1953-05", "1953-05-06", "196X", "19XX", "1953-XX",
      "1953-XX-XX", "1985-04-XX", "1953-21", "1953-24", "Y12000", "-1953", "-196X", "0000", "1985-04-12T23:20:30",
      "1985-04-12T23:20:30Z"};
  private static final String[] QUALIFIERS = {"?", "~", "%", "??", "?~", "~?", "%?"};
  private static final String[] ENDS = {"", "..", "...", "1953", "1960", "1953-05", "1953-05-06", "1953-12-31",
      "196X", "19XX", "1953-XX", "1985-04-XX", "1953-21", "1953-24", "Y12000", "Y-12000", "-0044", "-1953",
      "1953?", "1953~", "1953%", "196X?", "1953-05-06T10:00:00", "1953-05-06T10:00:00Z", "1953-05-06T23:00-12:00",
      "2000", "2000-02-29", "1953-02-29", "1953-13", "0000"};
  private static final String[] LEVEL_TWO_AND_OTHERS = {"{1667,1668}", "[1667,1668]", "[..1760-12-03]",
      "{1960,1961-12}", "2004?-06-11", "2004-06~-11", "2004-06-~11", "?2004-06-11", "%2001", "2001-25", "1950S2",
      "1953-1957", "1953–1957", "1953 - 1957", "-1953--1950", " 1953", "1953 ", "1953\u00a0", "+1953", "01953",
      "53", "195", "1953-5", "1953-05-6", "1953-5-06", "1953/1960/1970", "1953//1960", "1953/ 1960", ". ./1953",
      "../", "/..", "/", "../..", "1953/..", "../1953", "1953/", "/1953", "T10:00", "1953T10:00",
      "1953-05T10:00", "1985-04-12T", "1985-04-12 23:20:30", "1985-04-12t23:20:30", "1985-04-12T23:20:30Z?",
      "\uff11\uff19\uff15\uff13", "1953-21-05", "1953-00-00", "-", "--1953", "1953--05", "X", "XX",
      "XXXX-XX", "1985-XX-XX?", "1953-XX~", "-1953-XX%"};

  private EdtfCorpus() {}

  /** The corpus: the systematic strings above, then {@code random} strings built from their parts. */
  public static List<String> generate(long seed, int random) {
    Set<String> all = new LinkedHashSet<>();
    for (String year : YEARS) {
      all.add(year);
      for (String month : MONTHS) {
        all.add(year + "-" + month);
        for (String day : DAYS) {
          all.add(year + "-" + month + "-" + day);
        }
      }
    }
    for (String year : new String[] {"0000", "0004", "1900", "1953", "2000", "-0001", "-0004", "-0100", "-0400"}) {
      all.add(year + "-02-29");
    }
    all.addAll(List.of(UNSPECIFIED));
    all.addAll(List.of(LONG_YEARS));
    for (String day : DAYS_FOR_TIMES) {
      for (String time : TIMES) {
        for (String offset : OFFSETS) {
          all.add(day + "T" + time + offset);
        }
      }
    }
    for (String base : QUALIFIABLE) {
      for (String qualifier : QUALIFIERS) {
        all.add(base + qualifier);
      }
    }
    for (String start : ENDS) {
      for (String end : ENDS) {
        all.add(start + "/" + end);
      }
    }
    all.addAll(List.of(LEVEL_TWO_AND_OTHERS));
    Random rnd = new Random(seed);
    List<String> parts = new ArrayList<>(all);
    while (random > 0) {
      String candidate = randomString(rnd, parts);
      if (!candidate.isEmpty() && all.add(candidate)) {
        random--;
      }
    }
    return new ArrayList<>(all);
  }

  /** A random date of any form, or two joined as an interval, or a mutation of a corpus string. */
  private static String randomString(Random rnd, List<String> parts) {
    switch (rnd.nextInt(4)) {
      case 0:
        return randomDate(rnd);
      case 1:
        return randomEnd(rnd) + "/" + randomEnd(rnd);
      case 2: {
        StringBuilder mutated = new StringBuilder(parts.get(rnd.nextInt(parts.size())));
        if (mutated.length() > 0) {
          int at = rnd.nextInt(mutated.length());
          String alphabet = "0123456789X-/?~%TZ:+.Y";
          mutated.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return mutated.toString();
      }
      default:
        return randomDate(rnd) + QUALIFIERS[rnd.nextInt(3)];
    }
  }

  private static String randomEnd(Random rnd) {
    int pick = rnd.nextInt(10);
    return pick == 0 ? "" : pick == 1 ? ".." : randomDate(rnd);
  }

  private static String randomDate(Random rnd) {
    int year = rnd.nextInt(4) == 0 ? rnd.nextInt(20001) - 10000 : 1900 + rnd.nextInt(130);
    String yearText = (year < 0 ? "-" : "") + String.format(java.util.Locale.ROOT, "%04d", Math.abs(year));
    switch (rnd.nextInt(9)) {
      case 0:
        return yearText;
      case 1:
        return yearText + "-" + two(1 + rnd.nextInt(12));
      case 2:
        return yearText + "-" + two(1 + rnd.nextInt(12)) + "-" + two(1 + rnd.nextInt(31));
      case 3:
        return yearText.substring(0, yearText.length() - 1) + "X";
      case 4:
        return yearText.substring(0, yearText.length() - 2) + "XX";
      case 5:
        return yearText + "-" + (21 + rnd.nextInt(4));
      case 6:
        return yearText + "-" + two(1 + rnd.nextInt(12)) + "-XX";
      case 7:
        return "Y" + (rnd.nextBoolean() ? "-" : "") + (10000 + rnd.nextInt(Integer.MAX_VALUE - 10000));
      default:
        return yearText + "-" + two(1 + rnd.nextInt(12)) + "-" + two(1 + rnd.nextInt(28)) + "T" + two(rnd.nextInt(24))
            + ":" + two(rnd.nextInt(60)) + ":" + two(rnd.nextInt(60)) + OFFSETS[rnd.nextInt(OFFSETS.length)];
    }
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
