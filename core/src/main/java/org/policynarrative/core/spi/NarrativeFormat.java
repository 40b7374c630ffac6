package org.policynarrative.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.policynarrative.core.Narrative;

/**
 * A file format for narratives, found through {@link java.util.ServiceLoader}. Implementations
 * must have a public no-argument constructor (or a {@code provider()} method on the module path)
 * and be safe to use from several threads.
 *
 * <p>A format may be read-only or write-only: it says so with {@link #canRead()} and
 * {@link #canWrite()}, and the other method then throws {@link UnsupportedOperationException}.
 */
public interface NarrativeFormat {

  /** {@return the format's short, unique name, such as {@code json}} */
  String name();

  /** {@return the media type of the format, such as {@code application/json}} */
  String mediaType();

  /** {@return the file extensions, lower case with the dot, such as {@code .json}; the first is the preferred one} */
  List<String> fileExtensions();

  /**
   * This format reading and writing documents of up to {@code maxLength} bytes instead of its default
   * limit ({@link DocumentLimits#DEFAULT_MAX_DOCUMENT_LENGTH}, the same for every format), for tools
   * that let their users raise it (the command line's {@code --max-document-size}). Its reader refuses
   * a longer document, and its writer refuses to write one, each with a {@link NarrativeFormatException}
   * whose cause is a {@link DocumentLimits.TooLongException}: what a format writes, it reads back with
   * the same limit. A format without a length limit, the default, returns itself.
   *
   * @param maxLength the longest document to read or write, in bytes
   * @return a format with that limit; this one when it has none
   * @throws IllegalArgumentException when {@code maxLength} is less than 1
   */
  default NarrativeFormat withMaxDocumentLength(long maxLength) {
    DocumentLimits.requireValid(maxLength);
    return this;
  }

  /** {@return true when {@link #read(InputStream)} works; true unless overridden} */
  default boolean canRead() {
    return true;
  }

  /** {@return true when {@link #write(Narrative, OutputStream)} works; true unless overridden} */
  default boolean canWrite() {
    return true;
  }

  /**
   * {@return the narrative read from the stream, which is left open}
   *
   * @param in the bytes to read; not closed
   * @throws NarrativeFormatException when the input is not a valid document of this format
   * @throws IOException when reading fails
   * @throws UnsupportedOperationException when the format is write-only
   */
  Narrative read(InputStream in) throws IOException;

  /**
   * Writes one narrative. The stream is flushed and left open.
   *
   * @param narrative the narrative
   * @param out where to write; flushed, not closed
   * @throws NarrativeFormatException when the format cannot represent the narrative, or when the
   *     document would be longer than the format's limit (what was written before stays written)
   * @throws IOException when writing fails
   * @throws UnsupportedOperationException when the format is read-only
   */
  void write(Narrative narrative, OutputStream out) throws IOException;
}
