package org.policynarrative.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.AtomicFiles;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.ReadValidation;
import org.policynarrative.core.spi.StrictUtf8;
import org.policynarrative.json.internal.JsonCodec;
import org.policynarrative.json.internal.JsonLinesReader;
import org.policynarrative.json.internal.JsonNarrativeFormat;
import org.policynarrative.json.internal.version.FormatVersion;

/**
 * Reads and writes narratives as JSON documents and as JSON Lines corpora.
 *
 * <pre>{@code
 * NarrativeJson json = NarrativeJson.create();
 * Narrative narrative = json.read(Path.of("narrative.json"));
 * json.write(narrative, Path.of("copy.json"));
 * }</pre>
 *
 * <p>Output is canonical: UTF-8, fields in a fixed order, two-space indentation, a final newline,
 * empty collections and absent values left out; writing the same narrative twice gives the same
 * bytes. Input is read through the core builders, so every model invariant holds for what is
 * returned, and within the limits every format shares ({@link DocumentLimits}): documents, and JSON
 * Lines lines, of 64 MiB unless raised with {@link #withMaxDocumentLength(long)}, nesting depth 32, a
 * string as long as its document. The writers refuse a document (or line) longer than the limit, so
 * that what this instance writes, it reads back. A problem with the input is reported as a
 * {@link NarrativeFormatException} with line, column, JSON Pointer and a plain message; one read
 * reports every error it can find, the first as the exception and the others, in document order,
 * as its {@link NarrativeFormatException#moreErrors()} (at most
 * {@link NarrativeFormatException#MAX_ERRORS} in all; malformed JSON ends the read). Whether
 * references resolve, ids are unique and hierarchies have no cycles is checked on read only by a {@link #validatingOnRead()} copy: the policy every reader
 * of this project follows ({@link ReadValidation}).
 *
 * <p>Instances are immutable and safe to share between threads; the {@code with...},
 * {@code ...ing...} methods return configured copies and leave the original as it was. No method
 * accepts {@code null}.
 */
public final class NarrativeJson {

  private static final NarrativeJson DEFAULT = new NarrativeJson(JsonCodec.create());

  private final JsonCodec codec;

  private NarrativeJson(JsonCodec codec) {
    this.codec = codec;
  }

  /**
   * The JSON reader and writer: strict (unknown fields, like every other deviation from the format,
   * are errors), no validation on read, documents of up to 64 MiB.
   *
   * @return the JSON reader and writer
   */
  public static NarrativeJson create() {
    return DEFAULT;
  }

  /**
   * {@return the same as {@link #create()}}
   *
   * @deprecated both facades are made by {@code create()}; kept while other branches still call it
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public static NarrativeJson strict() {
    return DEFAULT;
  }

  /**
   * {@return the same as {@code create().skippingUnknownFields()}}
   *
   * @deprecated use {@link #skippingUnknownFields()} on {@link #create()}
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public static NarrativeJson lenient() {
    return DEFAULT.skippingUnknownFields();
  }

  /**
   * A copy of this reader that skips unknown fields instead of failing on them, for documents from
   * newer minor versions of the format; everything else is still checked.
   *
   * @return a copy of this reader that skips unknown fields instead of failing on them
   */
  public NarrativeJson skippingUnknownFields() {
    return new NarrativeJson(codec.skippingUnknownFields());
  }

  /**
   * A copy of this reader that also runs {@link org.policynarrative.core.NarrativeValidator} on
   * each narrative it reads and fails, listing every problem, when references do not resolve, ids
   * repeat or the structure does not hold; the error is at the line and column of the first
   * problem's value.
   *
   * @return a copy of this reader that also runs {@link org.policynarrative.core.NarrativeValidator} on each narrative it reads and fails
   */
  public NarrativeJson validatingOnRead() {
    return new NarrativeJson(codec.validatingOnRead());
  }

  /**
   * A copy of this reader and writer that reads and writes documents, and JSON Lines lines, of up to
   * {@code maxLength} bytes (for {@link Path}, {@link InputStream} and {@link OutputStream}
   * documents) or characters (for {@link Reader}, {@link Writer} and string documents, and for each
   * JSON Lines line). The default, {@link DocumentLimits#DEFAULT_MAX_DOCUMENT_LENGTH}, is 64 MiB for
   * every format; raise it for larger data sets, keeping in mind that the narrative read is held in
   * memory (JSON Lines holds one line at a time), and read what was written with the same limit.
   * Strictness and validation are kept. The {@link org.policynarrative.core.spi.NarrativeFormat}
   * service formats use the default unless their own {@code withMaxDocumentLength} is called.
   *
   * @return a copy of this reader and writer with that limit
   * @param maxLength the longest input accepted, at least 1
   * @throws IllegalArgumentException when {@code maxLength} is less than 1
   */
  public NarrativeJson withMaxDocumentLength(long maxLength) {
    JsonCodec limited = codec.withMaxDocumentLength(maxLength);
    return limited == codec ? this : new NarrativeJson(limited);
  }

  /**
   * The longest document, and JSON Lines line, this reader accepts and this writer writes, in bytes
   * or characters as {@link #withMaxDocumentLength(long)} describes; 64 MiB (67,108,864) unless
   * changed. Longer input, or output, fails with a {@link NarrativeFormatException} naming the limit.
   *
   * @return the longest document, and JSON Lines line, read or written, in bytes or characters as {@link #withMaxDocumentLength(long)} describes
   */
  public long maxDocumentLength() {
    return codec.maxDocumentLength();
  }

  /**
   * The value of the {@code format} field this version writes. It reads documents of format
   * {@code policy-narrative/1} as well, and refuses those of a newer major version.
   *
   * @return {@code policy-narrative/2}
   */
  public static String formatVersion() {
    return FormatVersion.CURRENT;
  }

  /** {@return the JSON Schema (draft 2020-12) of the document format, a resource of this module} */
  public static URL schema() {
    return Objects.requireNonNull(NarrativeJson.class.getResource("narrative.schema.json"), "schema resource");
  }

  /**
   * {@return the narrative read from a file}
   *
   * @param path the file
   * @throws NarrativeFormatException when the file is not a valid narrative document, or is longer
   *     than {@link #maxDocumentLength()} bytes; it names the file
   * @throws IOException when the file cannot be read
   */
  public Narrative read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    } catch (NarrativeFormatException e) {
      throw e.file().isPresent() ? e : e.inFile(path.toString());
    }
  }

  /**
   * {@return the narrative read from UTF-8 bytes; the stream is left open}
   *
   * @param in the bytes to read; not closed
   * @throws NarrativeFormatException when the input is not a valid narrative document, or is longer
   *     than {@link #maxDocumentLength()} bytes
   * @throws IOException when reading fails
   */
  public Narrative read(InputStream in) throws IOException {
    return codec.read(Objects.requireNonNull(in, "in"), JsonNarrativeFormat.NAME);
  }

  /**
   * {@return the narrative read from characters; the reader is left open}
   *
   * @param in the bytes to read; not closed
   * @throws NarrativeFormatException when the input is not a valid narrative document, or is longer
   *     than {@link #maxDocumentLength()} characters
   * @throws IOException when reading fails
   */
  public Narrative read(Reader in) throws IOException {
    return codec.read(Objects.requireNonNull(in, "in"), JsonNarrativeFormat.NAME);
  }

  /**
   * {@return the narrative read from a JSON string}
   *
   * @param json the JSON text
   * @throws NarrativeFormatException when the text is not a valid narrative document, or is longer
   *     than {@link #maxDocumentLength()} characters
   */
  public Narrative fromJson(String json) {
    try {
      return read(new StringReader(Objects.requireNonNull(json, "json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the canonical document to a file, atomically: readers see the old file or the new one.
   * Any number of threads and processes may write the same file at once; each write completes
   * (the last to complete wins) or fails for a reason of its own. A symbolic link is written
   * through, and the file keeps its permissions and owner ({@link AtomicFiles}).
   *
   * @param narrative the narrative
   * @param path the file
   * @throws NarrativeFormatException when the document would be longer than
   *     {@link #maxDocumentLength()} bytes; the file is then unchanged
   * @throws IOException when writing fails; the file is then unchanged
   */
  public void write(Narrative narrative, Path path) throws IOException {
    Objects.requireNonNull(narrative, "narrative");
    AtomicFiles.write(Objects.requireNonNull(path, "path"), out -> codec.write(narrative, out));
  }

  /**
   * Writes the canonical document as UTF-8; the stream is flushed and left open.
   *
   * @param narrative the narrative
   * @param out where to write; flushed, not closed
   * @throws NarrativeFormatException when the document would be longer than
   *     {@link #maxDocumentLength()} bytes; what was written before stays written
   * @throws IOException when writing fails
   */
  public void write(Narrative narrative, OutputStream out) throws IOException {
    codec.write(Objects.requireNonNull(narrative, "narrative"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes the canonical document; the writer is flushed and left open.
   *
   * @param narrative the narrative
   * @param out where to write; flushed, not closed
   * @throws NarrativeFormatException when the document would be longer than
   *     {@link #maxDocumentLength()} characters; what was written before stays written
   * @throws IOException when writing fails
   */
  public void write(Narrative narrative, Writer out) throws IOException {
    codec.write(Objects.requireNonNull(narrative, "narrative"), Objects.requireNonNull(out, "out"));
  }

  /**
   * {@return the canonical document as a string, ending in a newline}
   *
   * @param narrative the narrative
   * @throws NarrativeFormatException when the document would be longer than
   *     {@link #maxDocumentLength()} characters
   */
  public String toJson(Narrative narrative) {
    Objects.requireNonNull(narrative, "narrative");
    StringWriter out = new StringWriter();
    try {
      codec.write(narrative, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Streams the narratives of a JSON Lines file, one per non-blank line, lazily and in constant
   * memory. Close the stream (try-with-resources) to close the file.
   *
   * <p>A bad line fails the stream, when it is reached, with a {@link NarrativeFormatException}
   * naming the file and the line; the narratives before it have already been delivered. A line
   * longer than {@link #maxDocumentLength()} characters is such a bad line. Read
   * failures surface as {@link UncheckedIOException}.
   *
   * @param path the file
   * @return streams the narratives of a JSON Lines file
   * @throws IOException when the file cannot be opened
   */
  public Stream<Narrative> readLines(Path path) throws IOException {
    return new JsonLinesReader(StrictUtf8.reader(Files.newInputStream(path)), codec, path.toString()).stream();
  }

  /**
   * Streams the narratives of UTF-8 JSON Lines, as {@link #readLines(Path)} does. Closing the
   * stream closes {@code in}.
   *
   * @param in the bytes to read; not closed
   * @return streams the narratives of UTF-8 JSON Lines, as {@link #readLines(Path)} does
   */
  public Stream<Narrative> readLines(InputStream in) {
    return readLines(StrictUtf8.reader(Objects.requireNonNull(in, "in")));
  }

  /**
   * Streams the narratives of JSON Lines text, as {@link #readLines(Path)} does. Closing the
   * stream closes {@code in}.
   *
   * @param in the bytes to read; not closed
   * @return streams the narratives of JSON Lines text, as {@link #readLines(Path)} does
   */
  public Stream<Narrative> readLines(Reader in) {
    return new JsonLinesReader(Objects.requireNonNull(in, "in"), codec, null).stream();
  }

  /**
   * Writes narratives to a JSON Lines file, one compact line each, atomically, as
   * {@link #write(Narrative, Path)} writes a document. The stream is consumed lazily, so a corpus
   * of any size needs constant memory.
   *
   * @param narratives the narratives, written in order
   * @param path the file
   * @throws NarrativeFormatException when a line would be longer than {@link #maxDocumentLength()}
   *     characters, naming the line; the file is then unchanged
   * @throws IOException when writing fails; the file is then unchanged
   */
  public void writeLines(Stream<? extends Narrative> narratives, Path path) throws IOException {
    Objects.requireNonNull(narratives, "narratives");
    AtomicFiles.write(Objects.requireNonNull(path, "path"), out -> writeLines(narratives, out));
  }

  /**
   * Writes narratives as UTF-8 JSON Lines, one compact line each; the stream is flushed and left open.
   *
   * @param narratives the narratives, written in order
   * @param out where to write; flushed, not closed
   * @throws NarrativeFormatException when a line would be longer than {@link #maxDocumentLength()}
   *     characters (as the reader counts them), naming the line; the lines before it have been written,
   *     and part of it
   * @throws IOException when writing fails
   */
  public void writeLines(Stream<? extends Narrative> narratives, OutputStream out) throws IOException {
    BufferedOutputStream buffered = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 1 << 16);
    codec.writeLines(Objects.requireNonNull(narratives, "narratives").iterator(), buffered);
    buffered.flush();
  }

  /**
   * Writes narratives as JSON Lines, one compact line each; the writer is flushed and left open.
   *
   * @param narratives the narratives, written in order
   * @param out where to write; flushed, not closed
   * @throws NarrativeFormatException when a line would be longer than {@link #maxDocumentLength()}
   *     characters, naming the line; the lines before it have been written, and part of it
   * @throws IOException when writing fails
   */
  public void writeLines(Stream<? extends Narrative> narratives, Writer out) throws IOException {
    codec.writeLines(Objects.requireNonNull(narratives, "narratives").iterator(), Objects.requireNonNull(out, "out"));
  }
}
