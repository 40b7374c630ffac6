package org.policynarrative.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.AtomicFiles;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.LocatedNarrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.ReadValidation;
import org.policynarrative.markdown.internal.MarkdownCodec;

/**
 * Reads and writes narratives as Markdown articles (UTF-8), in the dialect described in this
 * module's README: metadata and sources first, a Mermaid timeline, then the eras in chronological
 * order with their policy lines, priority tables and claims (each with its verdict, the source's
 * words as the quotation and the data set's paraphrase labelled), then events, actors, the sector
 * hierarchy and the declared codes. Documents of the dialect written before model v2 read too.
 *
 * <p>Writing then reading gives an equal narrative for every narrative the model accepts, and
 * writing what was read gives identical bytes. Reading checks the document's syntax strictly
 * (an unknown section or field is an error) and each value as the model's builders check it; the
 * checks across the whole narrative (references that resolve, unique ids, hierarchies without
 * cycles) run on read only with {@link #validatingOnRead()}, the policy every format shares
 * ({@link ReadValidation}). Every problem is a {@link NarrativeFormatException} (format
 * {@code markdown}) naming the line and, where known, the column.
 *
 * <p>Instances are immutable and safe to share between threads; {@link #validatingOnRead()} and
 * {@link #withMaxDocumentLength(long)} return configured copies and leave the original as it was.
 * Documents are limited to 64 MiB unless raised, the default every format shares
 * ({@link DocumentLimits}); the writers refuse a longer document, so that what an instance writes,
 * it reads back.
 *
 * <pre>{@code
 * NarrativeMarkdown markdown = NarrativeMarkdown.create();
 * markdown.write(narrative, Path.of("economic-construction.md"));
 * Narrative again = markdown.read(Path.of("economic-construction.md"));
 * }</pre>
 */
public final class NarrativeMarkdown {

  private static final NarrativeMarkdown STRICT = new NarrativeMarkdown(MarkdownCodec.MAX_DOCUMENT_LENGTH, false);

  private final long maxDocumentLength;
  private final boolean validateOnRead;

  private NarrativeMarkdown(long maxDocumentLength, boolean validateOnRead) {
    this.maxDocumentLength = maxDocumentLength;
    this.validateOnRead = validateOnRead;
  }

  /**
   * The Markdown reader and writer, reading documents of up to 64 MiB strictly: anything the
   * dialect does not define is an error (Markdown has no lenient mode), with no validation on read;
   * it writes documents of up to 64 MiB.
   *
   * @return the Markdown reader and writer
   */
  public static NarrativeMarkdown create() {
    return STRICT;
  }

  /**
   * {@return the same as {@link #create()}}
   *
   * @deprecated both facades are made by {@code create()}, as the house style's extensions are
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public static NarrativeMarkdown strict() {
    return STRICT;
  }

  /**
   * A copy of this reader that also runs {@link org.policynarrative.core.NarrativeValidator} on
   * each narrative it reads and fails, listing every problem at the line of the first, when
   * references do not resolve or the structure does not hold.
   *
   * @return a copy of this reader that also runs {@link org.policynarrative.core.NarrativeValidator} on each narrative it reads and fails
   */
  public NarrativeMarkdown validatingOnRead() {
    return validateOnRead ? this : new NarrativeMarkdown(maxDocumentLength, true);
  }

  /**
   * A copy of this reader and writer that reads and writes documents of up to {@code maxLength} bytes
   * (for a {@link Path}, an {@link InputStream} or an {@link OutputStream}) or characters (for a
   * {@link Reader}, a {@link Writer} or a string). The default,
   * {@link DocumentLimits#DEFAULT_MAX_DOCUMENT_LENGTH}, is 64 MiB for every format. The whole document
   * and its syntax tree are held in memory while it is read, about 25 bytes of heap per byte of input
   * (1.6 GiB at 64 MiB), so raise the limit together with the heap, and read what was written with the
   * same limit. Validation is kept. The {@link org.policynarrative.core.spi.NarrativeFormat} service
   * format uses the default unless its own {@code withMaxDocumentLength} is called.
   *
   * @return a copy of this reader and writer with that limit
   * @param maxLength the longest document accepted, at least 1
   * @throws IllegalArgumentException when {@code maxLength} is less than 1
   */
  public NarrativeMarkdown withMaxDocumentLength(long maxLength) {
    DocumentLimits.requireValid(maxLength);
    return maxLength == maxDocumentLength ? this : new NarrativeMarkdown(maxLength, validateOnRead);
  }

  /**
   * The longest document this reader accepts and this writer writes, in bytes or characters as
   * {@link #withMaxDocumentLength(long)} describes; 64 MiB (67,108,864) unless changed. A longer
   * document fails with a {@link NarrativeFormatException} naming the limit.
   *
   * @return the longest document read or written
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * {@return the narrative read from a UTF-8 file}
   *
   * @param path the file
   * @throws NarrativeFormatException when the content is not a valid document or is longer than
   *     {@link #maxDocumentLength()} bytes; it names the file
   * @throws IOException when reading fails
   */
  public Narrative read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return MarkdownCodec.read(in, maxDocumentLength, validateOnRead);
    } catch (NarrativeFormatException e) {
      throw e.inFile(path.toString());
    }
  }

  /**
   * {@return the narrative read from UTF-8 bytes; the stream is read to its end and left open}
   *
   * @param in the bytes to read; not closed
   * @throws NarrativeFormatException when the content is not a valid document, not UTF-8, or longer
   *     than {@link #maxDocumentLength()} bytes
   * @throws IOException when reading fails
   */
  public Narrative read(InputStream in) throws IOException {
    return MarkdownCodec.read(Objects.requireNonNull(in, "in"), maxDocumentLength, validateOnRead);
  }

  /**
   * Reads a narrative from UTF-8 bytes with where each of its values is written, so that a problem
   * {@link org.policynarrative.core.NarrativeValidator} finds afterwards (with the source texts, say)
   * can be reported at its line and column: {@link LocatedNarrative#locate} gives the line and column
   * of the field, table cell, quotation or attribution the problem's path names. The checks across
   * the whole narrative are left to the caller, even when this facade validates on read.
   *
   * @param in the bytes to read; not closed
   * @return the narrative and the places of its values
   * @throws NarrativeFormatException when the content is not a valid document, not UTF-8, or longer
   *     than {@link #maxDocumentLength()} bytes; every error found is listed, the first as the
   *     exception and the others in {@link NarrativeFormatException#moreErrors()}
   * @throws IOException when reading fails
   */
  public LocatedNarrative readLocated(InputStream in) throws IOException {
    return MarkdownCodec.readLocated(Objects.requireNonNull(in, "in"), maxDocumentLength);
  }

  /**
   * {@return the narrative read from characters; the reader is read to its end and left open}
   *
   * @param in the bytes to read; not closed
   * @throws NarrativeFormatException when the content is not a valid document or is longer than
   *     {@link #maxDocumentLength()} characters
   * @throws IOException when reading fails
   */
  public Narrative read(Reader in) throws IOException {
    return MarkdownCodec.read(Objects.requireNonNull(in, "in"), maxDocumentLength, validateOnRead);
  }

  /**
   * {@return the narrative read from a Markdown document held in a string}
   *
   * @param markdown the Markdown text
   * @throws NarrativeFormatException when the text is not a valid document or is longer than
   *     {@link #maxDocumentLength()} characters
   */
  public Narrative fromMarkdown(String markdown) {
    return MarkdownCodec.read(Objects.requireNonNull(markdown, "markdown"), maxDocumentLength, validateOnRead);
  }

  /**
   * {@return the narrative as a Markdown document, exactly the text the other write methods write}
   *
   * @param narrative the narrative
   * @throws NarrativeFormatException when the document is longer than {@link #maxDocumentLength()}
   *     characters
   */
  public String toMarkdown(Narrative narrative) {
    return MarkdownCodec.write(Objects.requireNonNull(narrative, "narrative"), maxDocumentLength);
  }

  /**
   * Writes a narrative to a file atomically (UTF-8): readers see the old or the new content,
   * never a part, and parent directories are created. Any number of threads and processes may
   * write the same file at once; each write completes (the last to complete wins) or fails for a
   * reason of its own. A symbolic link is written through, and the file keeps its permissions
   * and owner ({@link AtomicFiles}).
   *
   * @param narrative the narrative
   * @param path the file
   * @throws NarrativeFormatException when the document would be longer than
   *     {@link #maxDocumentLength()} bytes; the file is then unchanged
   * @throws IOException when writing fails; the file is then unchanged
   */
  public void write(Narrative narrative, Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(narrative, "narrative");
    // Streamed chunk by chunk into the temporary file: the document is never held whole.
    AtomicFiles.write(path, out -> MarkdownCodec.write(narrative, out, maxDocumentLength));
  }

  /**
   * Writes a narrative as UTF-8; the stream is flushed and left open.
   *
   * @param narrative the narrative
   * @param out where to write; flushed, not closed
   * @throws NarrativeFormatException when the document would be longer than
   *     {@link #maxDocumentLength()} bytes; what was written before stays written
   * @throws IOException when writing fails
   */
  public void write(Narrative narrative, OutputStream out) throws IOException {
    MarkdownCodec.write(Objects.requireNonNull(narrative, "narrative"), Objects.requireNonNull(out, "out"),
        maxDocumentLength);
  }

  /**
   * Writes a narrative as characters; the writer is flushed and left open.
   *
   * @param narrative the narrative
   * @param out where to write; flushed, not closed
   * @throws NarrativeFormatException when the document would be longer than
   *     {@link #maxDocumentLength()} characters; what was written before stays written
   * @throws IOException when writing fails
   */
  public void write(Narrative narrative, Writer out) throws IOException {
    MarkdownCodec.write(Objects.requireNonNull(narrative, "narrative"), Objects.requireNonNull(out, "out"),
        maxDocumentLength);
  }
}
