package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.spi.DocumentLimits.TooLongException;
import org.policynarrative.core.spi.DocumentLimits.Unit;

/** The shared document length limit: exact counting, one message, one check of the setting. */
class DocumentLimitsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 8191, 8192, 8193, 20_000})
  void aStreamHandsOutExactlyTheLimitAndFailsOneByteLater(int limit) throws IOException {
    byte[] exactly = new byte[limit];
    try (InputStream in = DocumentLimits.limit(new ByteArrayInputStream(exactly), limit)) {
      assertThat(in.readAllBytes()).hasSize(limit);
    }
    InputStream over = DocumentLimits.limit(new ByteArrayInputStream(new byte[limit + 1]), limit);
    assertThatThrownBy(over::readAllBytes).isInstanceOfSatisfying(TooLongException.class, e -> {
      assertThat(e.maxLength()).isEqualTo(limit);
      assertThat(e.unit()).isEqualTo(Unit.BYTES);
    });
  }

  @Test
  void singleReadsAndSkipsCountToo() throws IOException {
    InputStream bytes = DocumentLimits.limit(new ByteArrayInputStream(new byte[5]), 4);
    assertThat(bytes.skip(3)).isEqualTo(3);
    assertThat(bytes.read()).isZero();
    assertThatThrownBy(bytes::read).isInstanceOf(TooLongException.class);

    Reader chars = DocumentLimits.limit(new StringReader("abcde"), 4);
    assertThat(chars.skip(2)).isEqualTo(2);
    assertThat(chars.read()).isEqualTo('c');
    assertThat(chars.read()).isEqualTo('d');
    assertThatThrownBy(chars::read).isInstanceOfSatisfying(TooLongException.class,
        e -> assertThat(e.unit()).isEqualTo(Unit.CHARACTERS));
    assertThat(chars.markSupported()).isFalse();
  }

  @Test
  void theEndOfTheInputIsNotCounted() throws IOException {
    Reader chars = DocumentLimits.limit(new StringReader("ab"), 2);
    char[] buffer = new char[10];
    assertThat(chars.read(buffer)).isEqualTo(2);
    assertThat(chars.read(buffer)).isEqualTo(-1);
    assertThat(chars.read()).isEqualTo(-1);
  }

  @Test
  void theMessageNamesTheLimitItsMebibytesAndHowToRaiseIt() {
    assertThat(DocumentLimits.tooLongMessage("the document", 16L * 1024 * 1024, Unit.BYTES, "F.withMaxDocumentLength(long)"))
        .isEqualTo("the document is longer than the maximum document length of 16,777,216 bytes (16 MiB); to read it, "
            + "raise the limit with F.withMaxDocumentLength(long)");
    assertThat(DocumentLimits.tooLongMessage("line 7", 1000, Unit.CHARACTERS, "G.raise()"))
        .isEqualTo("line 7 is longer than the maximum document length of 1,000 characters; to read it, raise the limit "
            + "with G.raise()");
  }

  @Test
  void theMessageSaysHowItsReaderRaisesTheLimit() {
    TooLongException read = new TooLongException("the document", 64L << 20, Unit.BYTES, false);
    TooLongException written = new TooLongException("line 3", 1024, Unit.CHARACTERS, true);

    assertThat(read.message("F.withMaxDocumentLength(long)")).isEqualTo(DocumentLimits.tooLongMessage("the document",
        64L << 20, Unit.BYTES, "F.withMaxDocumentLength(long)"));
    assertThat(read.message("--max-document-size")).doesNotContain("withMaxDocumentLength")
        .endsWith("to read it, raise the limit with --max-document-size");
    assertThat(written.message("F.withMaxDocumentLength(long)")).isEqualTo("line 3 to write is longer than the maximum"
        + " document length of 1,024 characters, so it would not read back; to write it, raise the limit with"
        + " F.withMaxDocumentLength(long) (and read it with the same limit)");
    assertThat(written.getMessage()).isEqualTo("line 3 to write is longer than the maximum document length of 1,024"
        + " characters");
    assertThat(written.about("the document")).satisfies(e -> {
      assertThat(e.what()).isEqualTo("the document");
      assertThat(e.maxLength()).isEqualTo(1024);
      assertThat(e.unit()).isEqualTo(Unit.CHARACTERS);
      assertThat(e.writing()).isTrue();
    });
    assertThatThrownBy(() -> new TooLongException("x", 0, Unit.BYTES, false)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFormatErrorCarriesTheLimitAsItsCause() {
    TooLongException passed = new TooLongException("the document", 10, Unit.BYTES, true);
    NarrativeFormatException e = DocumentLimits.tooLong("yaml", passed, "Y.withMaxDocumentLength(long)").line(3).build();

    assertThat(e.getCause()).isSameAs(passed);
    assertThat(e.format()).isEqualTo("yaml");
    assertThat(e.problem()).isEqualTo(passed.message("Y.withMaxDocumentLength(long)"));
    assertThat(e.line()).hasValue(3);
  }

  @Test
  void everyFormatHasTheSameDefaults() {
    assertThat(DocumentLimits.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(64L * 1024 * 1024);
    assertThat(DocumentLimits.MAX_STRING_LENGTH).as("no limit of its own: the document's bounds it")
        .isEqualTo(Integer.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 8191, 8192, 8193, 20_000})
  void anOutputStreamTakesExactlyTheLimitAndRefusesTheNextByteUnwritten(int limit) throws IOException {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    OutputStream out = DocumentLimits.limit(target, limit);
    out.write(new byte[limit - 1]);
    out.write(7);
    assertThat(target.size()).isEqualTo(limit);
    assertThatThrownBy(() -> out.write(new byte[] {1, 2}, 1, 1)).isInstanceOfSatisfying(TooLongException.class, e -> {
      assertThat(e.maxLength()).isEqualTo(limit);
      assertThat(e.unit()).isEqualTo(Unit.BYTES);
      assertThat(e.writing()).isTrue();
      assertThat(e.what()).isEqualTo("the output");
    });
    assertThatThrownBy(() -> out.write(0)).isInstanceOf(TooLongException.class);
    assertThat(target.size()).as("nothing past the limit is written").isEqualTo(limit);
    out.write(new byte[0]);
  }

  @Test
  void aWriterCountsCharactersInEveryWriteMethod() throws IOException {
    StringWriter target = new StringWriter();
    Writer out = DocumentLimits.limit(target, 10);
    out.write("ab");
    out.write("xcdx", 1, 2);
    out.write(new char[] {'e', 'f'});
    out.write('g');
    out.append("hi").append('j');
    assertThat(target).hasToString("abcdefghij");
    assertThatThrownBy(() -> out.write("k")).isInstanceOfSatisfying(TooLongException.class, e -> {
      assertThat(e.unit()).isEqualTo(Unit.CHARACTERS);
      assertThat(e.writing()).isTrue();
    });
    assertThatThrownBy(() -> out.append('k')).isInstanceOf(TooLongException.class);
    assertThatThrownBy(() -> out.write(new char[] {'k'}, 0, 1)).isInstanceOf(TooLongException.class);
    assertThat(target).hasToString("abcdefghij");
  }

  @Test
  void theInputStreamsSayTheyReadTheInput() {
    InputStream over = DocumentLimits.limit(new ByteArrayInputStream(new byte[3]), 2);
    assertThatThrownBy(over::readAllBytes).isInstanceOfSatisfying(TooLongException.class, e -> {
      assertThat(e.what()).isEqualTo("the input");
      assertThat(e.writing()).isFalse();
    });
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void aLimitBelowOneIsRejected(long limit) {
    assertThatThrownBy(() -> DocumentLimits.requireValid(limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the maximum document length must be at least 1, was " + limit);
    assertThat(DocumentLimits.requireValid(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
  }
}
