package org.policynarrative.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.policynarrative.core.Narrative;

/**
 * A file format for narratives, found through {@link java.util.ServiceLoader}. Implementations
 * must have a public no-argument constructor (or a {@code provider()} method on the module path)
 * and be safe to use from several threads.
 *
 * <p>A format may be read-only or write-only: it says so with {@link #canRead()} and
 * {@link #canWrite()}, and the other method then throws {@link UnsupportedOperationException}.
 *
 * <p>A format whose one document may hold many narratives, one after another (JSON Lines), says so
 * with {@link #isCorpus()} and reads and writes them with {@link #readCorpus} and
 * {@link #writeCorpus}; every other format reads and writes a corpus of exactly one narrative there.
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
   * Reads a narrative as {@link #read(InputStream)} does, and records where its values are, so that
   * a problem the validator finds later can be reported at its line and column. This default, for
   * formats that record no places, returns the narrative with none
   * ({@link LocatedNarrative#unlocated}).
   *
   * @param in the bytes to read; not closed
   * @return the narrative and the places of its values
   * @throws NarrativeFormatException when the input is not a valid document of this format; a format
   *     that goes on after an error lists the others in {@link NarrativeFormatException#moreErrors()}
   * @throws IOException when reading fails
   * @throws UnsupportedOperationException when the format is write-only
   */
  default LocatedNarrative readLocated(InputStream in) throws IOException {
    return LocatedNarrative.unlocated(read(in));
  }

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

  /**
   * {@return true when one document of this format is a corpus: any number of narratives, one after
   * another, read with {@link #readCorpus} and written with {@link #writeCorpus}; false unless overridden}
   */
  default boolean isCorpus() {
    return false;
  }

  /**
   * Reads the narratives of a corpus one at a time, in memory bounded by the largest of them. An
   * entry that cannot be read is delivered as a failed {@link CorpusEntry} with its line, and
   * reading goes on after it when the format can tell where the next entry starts. This default,
   * for formats that hold one narrative per document, delivers one entry: the narrative
   * {@link #read(InputStream)} returns, or the {@link NarrativeFormatException} it throws.
   *
   * @param in the bytes to read; closed when the reader is closed
   * @return the entries of the corpus
   * @throws IOException when reading fails before the first entry
   * @throws UnsupportedOperationException when the format is write-only
   */
  default CorpusReader readCorpus(InputStream in) throws IOException {
    try (in) {
      return CorpusReader.ofOne(read(in));
    } catch (NarrativeFormatException e) {
      return CorpusReader.ofFailure(e);
    }
  }

  /**
   * Writes narratives one after another, consuming them lazily; the stream is flushed and left
   * open. This default, for formats that hold one narrative per document, writes exactly one.
   *
   * @param narratives the narratives, written in order
   * @param out where to write; flushed, not closed
   * @throws NarrativeFormatException when the format holds one narrative per document and there is
   *     not exactly one
   * @throws IOException when writing fails
   * @throws UnsupportedOperationException when the format is read-only
   */
  default void writeCorpus(Iterator<? extends Narrative> narratives, OutputStream out) throws IOException {
    if (!narratives.hasNext()) {
      throw new NarrativeFormatException(name(), "there is no narrative to write; a " + name()
          + " document holds exactly one");
    }
    Narrative narrative = narratives.next();
    if (narratives.hasNext()) {
      throw new NarrativeFormatException(name(), "a " + name() + " document holds exactly one narrative, not a"
          + " corpus; write corpora in a corpus format such as JSON Lines (.jsonl)");
    }
    write(narrative, out);
  }
}
