package org.policynarrative.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * The shortcuts taken for speed give exactly what the plain algorithms gave: the escape pre-scan
 * (on the writer's buffer) and the fast UTF-8 decoding. {@link MarkdownOutputTest} covers the
 * writer's line breaks and encoding.
 */
class FastPathTest {

  @Provide
  Arbitrary<String> markdownish() {
    return markdownishStrings();
  }

  /** Short strings rich in what escaping must handle. */
  static Arbitrary<String> markdownishStrings() {
    Arbitrary<Character> tricky = Arbitraries.of('\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '$', '&',
        ';', '-', '+', '=', '.', ')', '1', '9', 'a', 'x', ' ', '\t', '\n', '\u0000', '\u007F', '\u0085', '\u00A0',
        '\u2028', '\uFEFF', '\u3000', '\uD83D', '\uDE00', 'é');
    return Arbitraries.oneOf(
        tricky.list().ofMaxSize(12).map(FastPathTest::join),
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.of("&amp;", "&#10;", "&#x1F600;", "&am", "1. x", "12) y", "- a", "plain words", "", " ", "a\u00A0"));
  }

  static String join(java.util.List<Character> chars) {
    StringBuilder s = new StringBuilder();
    chars.forEach(s::append);
    return s.toString();
  }

  @Property(tries = 2000)
  void escapeIsUnchangedByThePreScan(@ForAll("markdownish") String value, @ForAll boolean blockStart) {
    assertThat(MarkdownOutput.escape(value, blockStart)).isEqualTo(referenceEscape(value, blockStart));
  }

  @Test
  void validUtf8HoldingTheReplacementCharacterDecodes() {
    String text = "a \uFFFD b \uD83D\uDE00";
    assertThat(MarkdownCodec.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void malformedUtf8IsStillAnError() {
    byte[] bytes = {'#', ' ', 'a', (byte) 0xC3, '(', '\n'};
    assertThatThrownBy(() -> MarkdownCodec.decode(bytes))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  /** The escape as it was before the pre-scan and the lookup table. */
  static String referenceEscape(String value, boolean blockStart) {
    int n = value.length();
    StringBuilder out = new StringBuilder();
    int ordinalMark = -1;
    if (blockStart) {
      int i = 0;
      while (i < n && i < 10 && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
        i++;
      }
      if (i > 0 && i < n && (value.charAt(i) == '.' || value.charAt(i) == ')')) {
        ordinalMark = i;
      }
    }
    int i = 0;
    while (i < n) {
      int cp = value.codePointAt(i);
      int width = Character.charCount(cp);
      boolean atEdge = i == 0 || i + width == n;
      boolean reference = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029
          || cp == 0xFEFF || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
      boolean spaceLike = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
      if (reference || (atEdge && spaceLike)) {
        out.append("&#").append(cp).append(';');
      } else if (cp < 128 && "\\`*_[]<>#|~$".indexOf(cp) >= 0) {
        out.append('\\').append((char) cp);
      } else if (blockStart && i == 0 && (cp == '-' || cp == '+' || cp == '=')) {
        out.append('\\').append((char) cp);
      } else if (i == ordinalMark) {
        out.append('\\').append((char) cp);
      } else if (cp == '&' && MarkdownText.referenceLength(value, i) > 0) {
        out.append("\\&");
      } else {
        out.appendCodePoint(cp);
      }
      i += width;
    }
    return out.toString();
  }
}
