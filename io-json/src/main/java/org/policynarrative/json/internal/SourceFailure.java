package org.policynarrative.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An I/O failure of the input stream itself, as opposed to a problem with what it holds. Jackson
 * raises {@link IOException}s about the bytes too (its encoding detection rejects some byte
 * patterns that way), which are format errors; {@link #marking} wraps the stream's own failures in
 * this type so the codec can tell the two apart.
 */
final class SourceFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private SourceFailure(IOException cause) {
    super(cause.getMessage(), cause);
  }

  /** The underlying input's own exception. */
  IOException original() {
    return (IOException) getCause();
  }

  /** {@code in}, with its own failures wrapped in {@link SourceFailure}. */
  static InputStream marking(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new SourceFailure(e);
        }
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
          return super.read(buffer, offset, length);
        } catch (IOException e) {
          throw new SourceFailure(e);
        }
      }
    };
  }
}
