package org.policynarrative.html.internal;

/**
 * A string of the narrative as the page shows it. The HTML parser drops U+0000 from text and
 * turns it into U+FFFD in attributes, and the other C0 controls are invisible: each control but tab,
 * line feed and carriage return, and DEL, is shown as its Unicode control picture (U+0000 as
 * U+2400 ␀, U+001B as U+241B ␛, U+007F as U+2421 ␡), so that the reader sees that it is there and
 * the page holds a character for every character of the data. Nothing else changes: escaping is
 * the template engine's, and line breaks are the parser's (it reads CR and CR LF as LF).
 *
 * <p>The page's output ({@link Utf8StreamOutput}) applies the rule to every string the templates
 * write, so that no section can forget it; the page's own text has no control character.
 */
final class DisplayText {

  private DisplayText() {}

  static boolean isShownAsPicture(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
  }

  static char picture(char c) {
    return c == 0x7f ? '\u2421' : (char) (0x2400 + c);
  }
}
