package org.policynarrative.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.policynarrative.testing.NarrativeArbitraries;

/** The output writes UTF-8 as Java's encoder does, but for control characters, which it shows as control pictures. */
class Utf8StreamOutputTest {

  @Test
  void controlCharactersBecomeTheirPicturesAndNothingElseChanges() throws IOException {
    assertThat(written("a\u0000b\u001b[31m\u007f")).isEqualTo("a\u2400b\u241b[31m\u2421");
    String kept = "tab\tline\ncr\r <script> \u2028 \u202e \ud83d\ude00 \u0085 \u00e9 \u4e2d";
    assertThat(written(kept)).isEqualTo(kept);
    assertThat(written("lone \ud800 and \udc00 halves")).isEqualTo("lone ? and ? halves");
  }

  /** Long strings cross the output's chunks and buffer, also between the halves of a surrogate pair. */
  @Property(tries = 200)
  void everyStringIsWrittenAsItsUtf8WithControlPictures(@ForAll("long") String text) throws IOException {
    assertThat(written(text)).isEqualTo(expected(text));
  }

  @Provide("long")
  Arbitrary<String> longs() {
    Arbitrary<String> piece = Arbitraries.oneOf(NarrativeArbitraries.hostileStrings(),
        Arbitraries.strings().ofMinLength(4000).ofMaxLength(4200).withChars('a', '\u00e9'),
        Arbitraries.just("\ud83d\ude00".repeat(2100)));
    return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  private static String expected(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c == 0x7f ? '\u2421' : c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? (char) (0x2400 + c) : c);
    }
    return new String(out.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static String written(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8StreamOutput output = new Utf8StreamOutput(bytes);
    output.writeContent("<");
    output.writeContent(text);
    output.writeBinaryContent(">".getBytes(StandardCharsets.UTF_8));
    output.flush();
    String all = bytes.toString(StandardCharsets.UTF_8);
    return all.substring(1, all.length() - 1);
  }
}
