package org.policynarrative.core.internal;

/**
 * The numerals calendar wordings write years with: ASCII, full-width and Thai digits, and (in
 * Chinese and Japanese) kanji numerals, positional ({@code 二〇二三}) or with 十, 百 and 千
 * ({@code 二十八}), and 元 for the first year of an era. Not API.
 */
final class CalendarNumerals {

  /** Numbers past this are refused, long before {@code long} could overflow. */
  static final long LIMIT = 9_999_999_999L;

  private CalendarNumerals() {}

  /** The value of the digit {@code c} (ASCII, full-width or Thai), or -1. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\uff10' && c <= '\uff19') {
      return c - '\uff10';
    }
    if (c >= '\u0e50' && c <= '\u0e59') {
      return c - '\u0e50';
    }
    return -1;
  }

  /** The value of the kanji digit {@code c} (〇 and 零 for 0, 一 to 九), or -1. */
  static int kanjiDigit(char c) {
    return switch (c) {
      case '〇', '零' -> 0;
      case '一' -> 1;
      case '二' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /** The multiplier 十, 百 or 千 stands for, or -1. */
  static int kanjiUnit(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      default -> -1;
    };
  }

  static boolean isKanji(char c) {
    return kanjiDigit(c) >= 0 || kanjiUnit(c) >= 0;
  }

  /**
   * The value of a run of digits (of any one kind above), or -1 when the run exceeds {@link #LIMIT}.
   */
  static long digits(CharSequence run) {
    long value = 0;
    for (int i = 0; i < run.length(); i++) {
      value = value * 10 + digit(run.charAt(i));
      if (value > LIMIT) {
        return -1;
      }
    }
    return value;
  }

  /**
   * The value of a run of kanji numerals: positional digits ({@code 一九五三}) or digits with units
   * in descending order ({@code 二十八}, {@code 千九百五十三}); -1 when the run is not well formed.
   */
  static long kanji(CharSequence run) {
    boolean hasUnit = false;
    for (int i = 0; i < run.length(); i++) {
      hasUnit |= kanjiUnit(run.charAt(i)) > 0;
    }
    if (!hasUnit) {
      if (run.length() > 10) {
        return -1;
      }
      long value = 0;
      for (int i = 0; i < run.length(); i++) {
        value = value * 10 + kanjiDigit(run.charAt(i));
      }
      return value;
    }
    long total = 0;
    int pending = -1;
    int lastUnit = Integer.MAX_VALUE;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      int unit = kanjiUnit(c);
      if (unit < 0) {
        if (pending >= 0 || kanjiDigit(c) == 0) {
          return -1; // two digits in a row, or 〇, in a numeral with units
        }
        pending = kanjiDigit(c);
      } else {
        if (unit >= lastUnit) {
          return -1; // units out of order (十百)
        }
        total += (pending < 0 ? 1 : pending) * (long) unit;
        lastUnit = unit;
        pending = -1;
      }
    }
    return total + Math.max(pending, 0);
  }
}
