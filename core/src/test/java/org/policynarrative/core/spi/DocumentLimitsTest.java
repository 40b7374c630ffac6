package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
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
            + "raise the limit with F.withMaxDocumentLength(long) (with the policy-narrative command: --max-document-size)");
    assertThat(DocumentLimits.tooLongMessage("line 7", 1000, Unit.CHARACTERS, "G.raise()"))
        .isEqualTo("line 7 is longer than the maximum document length of 1,000 characters; to read it, raise the limit "
            + "with G.raise() (with the policy-narrative command: --max-document-size)");
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
