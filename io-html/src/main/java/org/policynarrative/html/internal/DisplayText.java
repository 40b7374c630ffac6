package org.policynarrative.html.internal;

/**
 * A string of the narrative as the page shows it. The HTML parser drops U+0000 from text and
 * turns it into U+FFFD in attributes, and the other C0 controls are invisible: each control but tab,
 * line feed and carriage return, and DEL, is shown as its Unicode control picture (U+0000 as
 * U+2400 ␀, U+001B as U+241B ␛, U+007F as U+2421 ␡), so that the reader sees that it is there and
 * the page holds a character for every character of the data. Nothing else changes: escaping is
 * the template engine's, and line breaks are the parser's (it reads CR and CR LF as LF).
 */
final class DisplayText {

  private DisplayText() {}

  /** {@return {@code s} with each control character replaced by its control picture; {@code s} itself when it has none} */
  static String of(String s) {
    int first = firstControl(s);
    if (first < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(isShownAsPicture(c) ? picture(c) : c);
    }
    return out.toString();
  }

  private static int firstControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isShownAsPicture(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isShownAsPicture(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
  }

  private static char picture(char c) {
    return c == 0x7f ? '\u2421' : (char) (0x2400 + c);
  }
}
