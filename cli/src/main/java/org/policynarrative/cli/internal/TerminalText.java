package org.policynarrative.cli.internal;

/**
 * Makes text from a file safe to print on a terminal. A title, name, quote or message read from a
 * file may hold escape sequences that clear the screen, set the window title or move the cursor to
 * print a fake line over a real one; as {@code git} and {@code ls} do, the tool prints every control
 * character visibly instead: C0 controls (line breaks and tabs included, since a line of output must
 * stay one line), DEL, C1 controls, the line and paragraph separators and the bidirectional
 * controls that reorder what is shown.
 */
final class TerminalText {

  private TerminalText() {}

  /**
   * {@code text} with each control character replaced by a visible escape: {@code \n}, {@code \r},
   * {@code \t}, {@code \e} (ESC), else {@code \xHH} below U+0100 and {@code \}{@code uHHHH} above.
   * Other text, backslashes included, is unchanged.
   */
  static String escape(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        if (escaped != null) {
          escaped.append(c);
        }
        continue;
      }
      if (escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        case '\u001b' -> escaped.append("\\e");
        default -> escaped.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
        || c == '\u061c';
  }
}
