package org.policynarrative.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The writer's buffer gives the text of the plain algorithm it replaced: the whole document in a
 * string, every run of three or more line breaks folded into two, white space stripped at both
 * ends, one closing line break, then {@code getBytes(UTF_8)}. Small buffers make every operation
 * cross a chunk boundary, surrogate pairs and trailing white space included.
 */
class MarkdownOutputTest {

  /** One call on the output. */
  record Op(int kind, String text, int number) {
    static final int TEXT = 0;
    static final int NEWLINE = 1;
    static final int ESCAPED = 2;
    static final int BLOCK_ESCAPED = 3;
    static final int NUMBER = 4;

    void apply(MarkdownOutput out) {
      switch (kind) {
        case TEXT -> out.append(text);
        case NEWLINE -> out.newline();
        case ESCAPED -> out.escaped(text);
        case BLOCK_ESCAPED -> out.escaped(text, true);
        default -> out.append(number);
      }
    }

    void apply(StringBuilder plain) {
      switch (kind) {
        case TEXT -> plain.append(text);
        case NEWLINE -> plain.append('\n');
        case ESCAPED -> plain.append(ReferenceFunctions.escape(text, false));
        case BLOCK_ESCAPED -> plain.append(ReferenceFunctions.escape(text, true));
        default -> plain.append(number);
      }
    }
  }

  @Property(tries = 1000)
  void bufferedTextIsThePlainText(@ForAll("ops") List<Op> ops, @ForAll @IntRange(min = 1, max = 40) int capacity)
      throws IOException {
    StringBuilder plain = new StringBuilder("# ");
    ops.forEach(op -> op.apply(plain));
    String expected = ReferenceFunctions.fold(plain);

    MarkdownOutput.Text text = new MarkdownOutput.Text(capacity);
    StringWriter writer = new StringWriter();
    MarkdownOutput.Chars chars = new MarkdownOutput.Chars(writer, capacity);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    Utf8Output bytes = new Utf8Output(stream, capacity);
    for (MarkdownOutput out : List.of(text, chars, bytes)) {
      out.append("# ");
      ops.forEach(op -> op.apply(out));
      out.finish();
    }
    assertThat(text.toString()).isEqualTo(expected);
    assertThat(writer.toString()).isEqualTo(expected);
    assertThat(stream.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<String> lineText = Arbitraries.of('a', 'é', '한', ' ', '\t', '\r', '\u000B', '\u001F', '\u00A0',
            '\u2028', '\u3000', '\uD83D', '\uDE00', '#', '&')
        .list().ofMinSize(1).ofMaxSize(8).map(FastPathTest::join);
    Arbitrary<String> pair = Arbitraries.of("\uD83D\uDE00", "x\uD83D\uDE00", "\uD83D\uDE00 ");
    Arbitrary<Op> op = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.oneOf(lineText, pair).map(t -> new Op(Op.TEXT, t, 0))),
        net.jqwik.api.Tuple.of(4, Arbitraries.just(new Op(Op.NEWLINE, "", 0))),
        net.jqwik.api.Tuple.of(3, FastPathTest.markdownishStrings().map(t -> new Op(Op.ESCAPED, t, 0))),
        net.jqwik.api.Tuple.of(1, FastPathTest.markdownishStrings().map(t -> new Op(Op.BLOCK_ESCAPED, t, 0))),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().map(n -> new Op(Op.NUMBER, "", n))));
    return op.list().ofMaxSize(30);
  }

  @Test
  void numbersAreWrittenAsIntegerToStringWritesThem() {
    for (int n : new int[] {0, 7, 10, 99, 100, 123456789, Integer.MAX_VALUE, -1, -10, Integer.MIN_VALUE}) {
      MarkdownOutput.Text text = new MarkdownOutput.Text(4);
      text.append(n);
      try {
        text.finish();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertThat(text.toString()).isEqualTo(n + "\n");
    }
  }
}
