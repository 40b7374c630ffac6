package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.policynarrative.core.spi.DocumentLimits;

/**
 * How much the tool reads into memory outside the formats, which bound their own documents: the
 * text of a source ({@code --source-text}) and a narrative on standard input, which is kept whole so
 * that bytes that are not UTF-8 can be located afterwards.
 */
final class InputLimits {

  /** The longest source text, in bytes: four times the longest source the project has seen. */
  static final int MAX_SOURCE_TEXT_BYTES = 64 << 20;

  /** The longest narrative on standard input, in bytes: the default document limit of every format. */
  static final int MAX_STDIN_BYTES = (int) DocumentLimits.DEFAULT_MAX_DOCUMENT_LENGTH;

  private InputLimits() {}

  /**
   * All of {@code in}, or empty when it holds more than {@code max} bytes (then at most
   * {@code max + 1} bytes were read).
   */
  static Optional<byte[]> readAtMost(InputStream in, long max) throws IOException {
    if (max >= Integer.MAX_VALUE - 8) {
      throw new IOException("cannot hold more than 2 GiB in memory; give a file instead of standard input");
    }
    byte[] bytes = in.readNBytes((int) max + 1);
    return bytes.length > max ? Optional.empty() : Optional.of(bytes);
  }

  /** A size in bytes as people write it: {@code 64 MiB}. */
  static String describe(long bytes) {
    if (bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    return bytes % 1024 == 0 ? (bytes >> 10) + " KiB" : bytes + " bytes";
  }
}
