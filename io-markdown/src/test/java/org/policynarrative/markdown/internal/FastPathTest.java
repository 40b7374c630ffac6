package org.policynarrative.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * The shortcuts taken for speed give exactly what the plain algorithms gave: the escape pre-scan
 * (on the writer's buffer); on the reading side the one-line value
 * decoding, the line table, reading a stream into an array of its announced size, the Offsets
 * check without a regex, and the attribution line written piece by piece. {@link MarkdownOutputTest} covers the writer's line breaks and encoding.
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
    assertThat(MarkdownOutput.escape(value, blockStart)).isEqualTo(ReferenceFunctions.escape(value, blockStart));
  }

  @Property(tries = 1000)
  void offsetsAreReadLikeTheRegex(@ForAll("offsets") String value) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,10})\\.\\.([0-9]{1,10})").matcher(value);
    int dots = AnchorReader.offsetsDots(value);
    assertThat(dots >= 0).isEqualTo(m.matches());
    if (dots >= 0) {
      assertThat(value.substring(0, dots)).isEqualTo(m.group(1));
      assertThat(value.substring(dots + 2)).isEqualTo(m.group(2));
    }
  }

  /**
   * The attribution under a quotation, written piece by piece with the context escaped as inner
   * text, is its whole line escaped as one value; and it reads back whenever {@link Attribution#fits}
   * says so.
   */
  @Property(tries = 2000)
  void anAttributionIsWrittenAsItsLineEscapedAndReadsBack(@ForAll("markdownish") String prefix,
      @ForAll("markdownish") String suffix, @ForAll boolean hasPrefix, @ForAll boolean hasSuffix,
      @ForAll boolean offsets) {
    Anchor.Builder b = Anchor.builder().source("src-1").exact("words");
    if (hasPrefix) {
      b.prefix(prefix + (hasSuffix ? "" : "\", after \""));
    }
    if (hasSuffix) {
      b.suffix(suffix);
    }
    if (offsets) {
      b.start(3).end(8);
    }
    Anchor anchor = b.build();
    MarkdownOutput.Text out = new MarkdownOutput.Text();
    Attribution.write(anchor, out);
    out.append('.');
    try {
      out.finish();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String written = out.toString();
    assertThat(written.substring(0, written.length() - 2))
        .isEqualTo(ReferenceFunctions.escape(Attribution.of(anchor), true));
    if (Attribution.fits(anchor)) {
      assertThat(Attribution.parse(Attribution.of(anchor), "words")).isEqualTo(anchor);
    }
  }

  @Provide
  Arbitrary<String> offsets() {
    return Arbitraries.oneOf(
        Arbitraries.of('0', '1', '9', '.', '.', ' ', 'a', '\u0661', '-').list().ofMaxSize(24).map(FastPathTest::join),
        Arbitraries.of("120..164", "0..0", "1234567890..1", "12345678901..1", "1..", "..1", "1...2", "1..2..3"));
  }

  @Property(tries = 2000)
  void aValueOnOneLineDecodesAsTheOneSegment(@ForAll("markdownish") String before, @ForAll("markdownish") String value,
      @ForAll("markdownish") String after) {
    String line = before + value + after;
    int from = before.length();
    int to = from + value.length();
    String expected;
    try {
      expected = MarkdownText.decode(java.util.List.of(new MarkdownText.Segment(3, from, value)));
    } catch (NarrativeFormatException e) {
      assertThatThrownBy(() -> MarkdownText.decodeLine(line, from, to, 3, from))
          .isInstanceOf(NarrativeFormatException.class).hasMessage(e.getMessage());
      return;
    }
    assertThat(MarkdownText.decodeLine(line, from, to, 3, from)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void linesAreSplitAsBefore(@ForAll("lineBreaks") String text) {
    java.util.List<String> expected = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        expected.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    expected.add(text.substring(start));
    MarkdownSource source = new MarkdownSource(text);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(source.line(i)).isEqualTo(expected.get(i));
    }
  }

  @Provide
  Arbitrary<String> lineBreaks() {
    return Arbitraries.oneOf(
        Arbitraries.of('\n', '\r', 'a', ' ', '\u2028', '\u0085').list().ofMaxSize(100).map(FastPathTest::join),
        Arbitraries.of('\n', '\n', 'a', ' ', '\u2028', '\u0085').list().ofMaxSize(100).map(FastPathTest::join));
  }

  /** Streams whose {@code available()} is right, too low, too high or zero read as readNBytes reads them. */
  @Property(tries = 500)
  void readingUpToTheCapIsReadNBytes(@ForAll @net.jqwik.api.constraints.IntRange(max = 3000) int length,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 4000) int cap,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -2, max = 2) int lie) throws java.io.IOException {
    byte[] data = new byte[length];
    new java.util.Random(length).nextBytes(data);
    int announced = lie == -2 ? 0 : lie == 2 ? length * 2 + 1 : Math.max(0, length + lie * (1 + length / 3));
    byte[] expected = new java.io.ByteArrayInputStream(data).readNBytes(cap);
    java.io.InputStream lying = new java.io.ByteArrayInputStream(data) {
      @Override
      public synchronized int available() {
        return Math.max(0, announced - (length - super.available()));
      }
    };
    assertThat(MarkdownCodec.readUpTo(lying, cap)).isEqualTo(expected);
    assertThat(lying.read()).isEqualTo(cap < length ? data[cap] & 0xFF : -1);
  }
}
