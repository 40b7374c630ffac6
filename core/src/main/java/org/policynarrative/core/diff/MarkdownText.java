package org.policynarrative.core.diff;

/**
 * Text from a narrative made safe inside a line of GitHub-flavoured Markdown: inline text with its
 * markup characters escaped, code spans with a fence longer than any run of backticks inside, and
 * in a table cell the pipe escaped; line breaks become {@code <br>}, other control characters a
 * visible escape (backslash e, xHH or uHHHH).
 */
final class MarkdownText {

  private MarkdownText() {}

  /** Inline text, markup escaped; also safe in a table cell. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '!' -> out.append('\\').append(c);
        case '\r' -> {
          out.append("<br>");
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> out.append("<br>");
        default -> {
          if (TextReport.isControl(c)) {
            // Shown, not hidden: an escape sequence or a bidirectional override in a pasted report.
            out.append(TextReport.oneLine(String.valueOf(c)));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A code span; {@code inTable} escapes the pipe, which GitHub's tables read as a cell border even there. */
  static String code(String value, boolean inTable) {
    String flat = TextReport.oneLine(value);
    if (inTable) {
      flat = flat.replace("|", "\\|");
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank();
    return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
  }
}
