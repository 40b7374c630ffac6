package org.policynarrative.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Strings that break naive readers and writers: Markdown and JSON syntax, HTML and script, control
 * characters, surrogate pairs, Korean, right-to-left text, combining marks, odd white space and
 * line breaks. Every string is well-formed UTF-16 (no lone surrogates), so UTF-8 can carry it.
 *
 * <p>Use it through {@link NarrativeArbitraries#hostileStrings()} and
 * {@link NarrativeArbitraries#nonBlankStrings()}.
 */
final class HostileStrings {

  /** Whole tokens that mean something to one of the formats, or to a browser or terminal. */
  static final List<String> FRAGMENTS = List.of(
      // Markdown block and inline syntax
      "# ", "## ", "###### ", "- ", "* ", "+ ", "1. ", "1) ", "> ", ">> ", "```", "~~~", "`", "    ",
      "---", "***", "___", "===", "|", "| a | b |", "|---|", "[x](http://example.org)", "![alt](x.png)",
      "[ref]: /url", "<http://example.org>", "\\", "*", "_", "**", "[", "]", "(", ")", "!", "&amp;",
      "&#x0;", "&nbsp;", "-- ", "[^1]", "- [ ] ", "+++",
      // JSON syntax and values
      "{", "}", "\"", "'", ":", ",", "{\"id\":\"x\"}", "[]", "null", "true", "1e999", "-0", "\\u0000",
      "\\\"", "/*", "*/", "//",
      // HTML and script
      "<script>alert(1)</script>", "<div>", "</div>", "<b>", "<!-- c -->", "<img src=x onerror=alert(1)>",
      "<br/>", "javascript:alert(1)", "&lt;", "<?xml?>", "<![CDATA[",
      // control characters and special white space
      "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000b", "\f", "\u001b[31m",
      "\u001f", "\u007f", "\u0085", "\u2028", "\u2029", "\u00a0", "\u200b", "\u3000", "\ufeff", " ",
      "  ", "\n\n",
      // outside the Basic Multilingual Plane: surrogate pairs
      "\ud83d\ude00", "\ud835\udd18", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "\ud840\udc00",
      // Korean, right-to-left, bidi controls, combining marks
      "고난의 행군", "주체", "조선로동당", "천리마", "\u1100\u1161", "שלום", "مرحبا", "\u202e", "\u200f",
      "\u202a", "\u2066", "e\u0301", "\u0301", "ﬁ",
      // date syntax, paths
      "Juche", "196X", "..", "/", "%", "?", "~", "../x", "C:\\x", "\u2026");

  /**
   * Everything a string is made of: plain words first (so shrinking heads for them), then the
   * fragments, then single characters of each alphabet. Drawing from one list keeps generation
   * cheap, which matters when a thousand narratives of hundreds of strings are made per test.
   */
  private static final List<String> PIECES = pieces();

  private HostileStrings() {}

  private static List<String> pieces() {
    List<String> pieces = new ArrayList<>(List.of("a", "line", "Era", "1953", "x y", "heavy industry", "Z", "0"));
    pieces.addAll(FRAGMENTS);
    IntStream.rangeClosed(0x00, 0x1F).forEach(c -> pieces.add(Character.toString(c)));   // C0 controls
    IntStream.iterate(0xAC00, c -> c <= 0xD7A3, c -> c + 331).forEach(c -> pieces.add(Character.toString(c)));
    IntStream.rangeClosed(0x05D0, 0x05EA).forEach(c -> pieces.add(Character.toString(c))); // Hebrew
    IntStream.rangeClosed(0x0627, 0x064A).forEach(c -> pieces.add(Character.toString(c))); // Arabic
    IntStream.of(0x10000, 0x1D11E, 0x1F1F0, 0x1F600, 0x1F9D1, 0x20000, 0x2A6D6, 0xE0041, 0xF0000, 0x10FFFF)
        .forEach(c -> pieces.add(Character.toString(c)));                                  // surrogate pairs
    return List.copyOf(pieces);
  }

  /** Any string from the hostile alphabet, possibly empty or blank. */
  static Arbitrary<String> any(int maxPieces) {
    return Arbitraries.of(PIECES).list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
  }
}
