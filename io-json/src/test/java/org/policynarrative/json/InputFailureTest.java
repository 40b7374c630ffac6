package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * A failure of the input stream itself stays an {@link IOException}, while bytes that Jackson's
 * encoding detection rejects are a format error with a location.
 */
class InputFailureTest {

  @Test
  void theStreamsOwnFailureIsAnIOException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> NarrativeJson.create().read(broken))
        .isExactlyInstanceOf(IOException.class)
        .hasMessage("disk gone");
  }

  @Test
  void bytesTakenForUtf32AreAFormatError() {
    assertThatThrownBy(() -> NarrativeJson.create().read(new ByteArrayInputStream(new byte[] {0, 0, 0x3c, 0})))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("1:1: json: the input is not text in a JSON encoding")
        .hasMessageContaining("expected a UTF-8 JSON document");
  }
}
