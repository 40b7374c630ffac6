package org.policynarrative.core.internal;

/**
 * Reads a year written in the calendar of an East Asian official text, keeping nothing but the
 * calendar and the Gregorian year it names. Not API.
 *
 * <pre>
 *   Juche 42, Juche 42 (1953)                    Juche:     Gregorian = Juche + 1911
 *   주체42년, 주체 42 (1953)년, 주체42년(1953)        Juche, in the Korean of the original
 *   民國42年, 中華民國42年, 民國元年, 民國前1年          Minguo:    Gregorian = Minguo + 1911 (前: 1912 - year)
 *   明治/大正/昭和/平成/令和 + 28年, 元年, 二十八年     Japanese eras from Meiji; a year past an era's end is refused
 *   B.E. 2496, พ.ศ. 2496, พ.ศ. ๒๔๙๖                Buddhist era (Thai): Gregorian = B.E. - 543
 * </pre>
 * Any of them may give the Gregorian year in brackets ({@code (1953)}, {@code （1953年）}), which
 * must agree. White space (with the ideographic space) may come between the parts.
 */
public final class CalendarWordings {

  /** A calendar year read from a wording: the calendar's code (as {@code CalendarModel}'s) and the Gregorian year. */
  public record CalendarYear(String calendar, long gregorianYear) {}

  private enum Style {
    /** {@code Juche 42 (1953)}: ASCII digits, no suffix. */
    LATIN,
    /** {@code 주체42(1953)년}: digits and the suffix 년. */
    KOREAN,
    /** {@code 昭和28年}: digits, kanji numerals or 元, and the suffix 年. */
    CHINESE,
    /** {@code B.E. 2496}, {@code พ.ศ. ๒๔๙๖}: digits (Thai ones too), no suffix. */
    THAI
  }

  /** A way of counting years that the wordings name. */
  private enum Era {
    JUCHE("juche", "Juche", 1912, 0, "Juche 42 (1953)' or '주체42(1953)년"),
    MINGUO("minguo", "Minguo", 1912, 0, "民國42年' or '中華民國42年"),
    MINGUO_BEFORE("minguo", "Minguo", 1912, 0, "民國前1年"),
    MEIJI("japanese-era", "Meiji (明治)", 1868, 45, "明治45年"),
    TAISHO("japanese-era", "Taishō (大正)", 1912, 15, "大正15年"),
    SHOWA("japanese-era", "Shōwa (昭和)", 1926, 64, "昭和28年"),
    HEISEI("japanese-era", "Heisei (平成)", 1989, 31, "平成元年"),
    REIWA("japanese-era", "Reiwa (令和)", 2019, 0, "令和5年"),
    BUDDHIST("buddhist-era", "B.E.", -542, 0, "B.E. 2496' or 'พ.ศ. 2496");

    final String calendar;
    final String name;
    final int firstYear;
    /** The era's last year, counted in the era; 0 while the era (or calendar) goes on. */
    final int lastYear;
    final String example;

    Era(String calendar, String name, int firstYear, int lastYear, String example) {
      this.calendar = calendar;
      this.name = name;
      this.firstYear = firstYear;
      this.lastYear = lastYear;
      this.example = example;
    }

    long gregorian(long year) {
      return this == MINGUO_BEFORE ? firstYear - year : firstYear + year - 1;
    }
  }

  private CalendarWordings() {}

  /**
   * The calendar year {@code text} writes, or {@code null} when it does not start like any
   * wording above.
   *
   * @throws IllegalArgumentException when it starts like one but is malformed, names a year the
   *     calendar or era does not have, or brackets a Gregorian year that disagrees
   */
  public static CalendarYear parse(String text) {
    Cursor in = new Cursor(text);
    Era era;
    Style style;
    if (in.take("Juche") && in.at < text.length() && isSpace(text.charAt(in.at))) {
      era = Era.JUCHE;
      style = Style.LATIN;
    } else if (in.take("주체")) {
      era = Era.JUCHE;
      style = Style.KOREAN;
    } else if (in.take("中華民國") || in.take("中华民国") || in.take("民國") || in.take("民国")) {
      era = in.take("前") ? Era.MINGUO_BEFORE : Era.MINGUO;
      style = Style.CHINESE;
    } else if (in.take("B.E.") || in.take("พ.ศ.")) {
      era = Era.BUDDHIST;
      style = Style.THAI;
    } else {
      era = japaneseEra(in);
      if (era == null) {
        return null;
      }
      style = Style.CHINESE;
    }
    in.spaces();
    long year = in.number(style == Style.CHINESE);
    long bracketed = -1;
    in.spaces();
    if (in.opensBracket()) {
      bracketed = in.bracket();
      in.spaces();
    }
    if (style == Style.KOREAN || style == Style.CHINESE) {
      if (!in.take(style == Style.KOREAN ? "년" : "年")) {
        year = -2;
      }
      in.spaces();
      if (bracketed < 0 && in.opensBracket()) {
        bracketed = in.bracket();
      }
    }
    if (year < 0 || bracketed == -2 || in.at != text.length()) {
      throw new IllegalArgumentException(year == -1 ? "the year is too large"
          : "expected a year such as '" + era.example + "'");
    }
    return new CalendarYear(era.calendar, check(era, year, bracketed));
  }

  private static long check(Era era, long year, long bracketed) {
    if (year < 1) {
      throw new IllegalArgumentException(era == Era.JUCHE ? "a Juche year is 1 or later"
          : "a year of " + era.name + " is 1" + (era.calendar.equals("buddhist-era") ? "" : " (元年)") + " or later");
    }
    if (era.lastYear > 0 && year > era.lastYear) {
      throw new IllegalArgumentException(era.name + " ran from " + era.firstYear + " to "
          + (era.firstYear + era.lastYear - 1) + ", its years 1 to " + era.lastYear + "; it has no year " + year);
    }
    long gregorian = era.gregorian(year);
    String named = era == Era.MINGUO_BEFORE ? "Minguo before " + year : era.name + " " + year;
    if (bracketed >= 0 && bracketed != gregorian) {
      throw new IllegalArgumentException(named + " is " + gregorian + ", not " + bracketed);
    }
    if (Math.abs(gregorian) > EdtfParts.MAX_YEAR) {
      throw new IllegalArgumentException(named + " is beyond the years java.time counts");
    }
    return gregorian;
  }

  private static Era japaneseEra(Cursor in) {
    for (String[] name : new String[][] {{"明治", "MEIJI"}, {"大正", "TAISHO"}, {"昭和", "SHOWA"}, {"平成", "HEISEI"},
        {"令和", "REIWA"}}) {
      if (in.take(name[0])) {
        return Era.valueOf(name[1]);
      }
    }
    return null;
  }

  /** ASCII white space (as {@code \s}) and the ideographic space. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
  }

  /** A position in the wording, moving forward only (so every wording reads in linear time). */
  private static final class Cursor {
    final String text;
    int at;

    Cursor(String text) {
      this.text = text;
    }

    boolean take(String literal) {
      if (text.startsWith(literal, at)) {
        at += literal.length();
        return true;
      }
      return false;
    }

    void spaces() {
      while (at < text.length() && isSpace(text.charAt(at))) {
        at++;
      }
    }

    /** A year: digits, or (when {@code chinese}) kanji numerals or 元; -1 when too large, -2 when none. */
    long number(boolean chinese) {
      int start = at;
      if (chinese && take("元")) {
        return 1;
      }
      if (chinese && at < text.length() && CalendarNumerals.isKanji(text.charAt(at))) {
        while (at < text.length() && CalendarNumerals.isKanji(text.charAt(at))) {
          at++;
        }
        long value = CalendarNumerals.kanji(text.subSequence(start, at));
        return value < 0 ? -2 : value;
      }
      while (at < text.length() && CalendarNumerals.digit(text.charAt(at)) >= 0) {
        at++;
      }
      return at == start ? -2 : CalendarNumerals.digits(text.subSequence(start, at));
    }

    boolean opensBracket() {
      return at < text.length() && (text.charAt(at) == '(' || text.charAt(at) == '（');
    }

    /** {@code (1953)}, {@code （1953年）}: the Gregorian year, or -2 when malformed. */
    long bracket() {
      at++;
      spaces();
      int start = at;
      while (at < text.length() && CalendarNumerals.digit(text.charAt(at)) >= 0 && at - start < 10) {
        at++;
      }
      long year = at == start ? -2 : CalendarNumerals.digits(text.subSequence(start, at));
      spaces();
      if (!take("年")) {
        take("년");
      }
      spaces();
      return take(")") || take("）") ? year : -2;
    }
  }
}
