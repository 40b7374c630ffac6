package org.policynarrative.markdown.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.function.Function;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.LocatedNarrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.StrictUtf8;

/**
 * The reading and writing behind the public facade and the SPI format: text, bytes and streams,
 * within a document length limit ({@link DocumentLimits}), UTF-8 decoded strictly
 * ({@link StrictUtf8}), with the checks across the whole narrative when asked for.
 */
public final class MarkdownCodec {

  /**
   * The longest document read and written unless the facade is told otherwise, in bytes of UTF-8 or
   * in characters: the default every format shares, 64 MiB, so that what another format writes reads
   * here. commonmark-java holds the whole document and its syntax tree in memory, about 25 bytes of
   * heap per byte of input (docs/reliability.md): a document at the limit needs about 1.6 GiB.
   */
  public static final long MAX_DOCUMENT_LENGTH = DocumentLimits.DEFAULT_MAX_DOCUMENT_LENGTH;

  /** The method that raises the limit, as the too-long message names it. */
  private static final String RAISE_WITH = "NarrativeMarkdown.withMaxDocumentLength(long)";

  /** The longest array (and so string) a JVM reliably allocates. */
  private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 8;

  private MarkdownCodec() {}

  /**
   * The narrative as a Markdown document.
   *
   * @throws NarrativeFormatException when the document is longer than {@code maxLength} characters
   */
  public static String write(Narrative narrative, long maxLength) {
    String document = MarkdownWriter.write(narrative);
    if (document.length() > maxLength) {
      throw tooLongToWrite(new DocumentLimits.TooLongException("the document", maxLength,
          DocumentLimits.Unit.CHARACTERS, true));
    }
    return document;
  }

  /**
   * Writes the document as UTF-8; flushes and leaves the stream open.
   *
   * @throws NarrativeFormatException when the document would be longer than {@code maxLength} bytes;
   *     what was written before stays written
   */
  public static void write(Narrative narrative, OutputStream out, long maxLength) throws IOException {
    try {
      MarkdownWriter.write(narrative, DocumentLimits.limit(out, maxLength));
    } catch (DocumentLimits.TooLongException e) {
      throw tooLongToWrite(e);
    }
    out.flush();
  }

  /**
   * Writes the document; flushes and leaves the writer open.
   *
   * @throws NarrativeFormatException when the document would be longer than {@code maxLength}
   *     characters; what was written before stays written
   */
  public static void write(Narrative narrative, Writer out, long maxLength) throws IOException {
    try {
      MarkdownWriter.write(narrative, DocumentLimits.limit(out, maxLength));
    } catch (DocumentLimits.TooLongException e) {
      throw tooLongToWrite(e);
    }
    out.flush();
  }

  /**
   * Reads a Markdown document of at most {@code maxLength} characters; {@code validate} runs the
   * checks across the whole narrative. Throws {@link NarrativeFormatException} on bad input.
   */
  public static Narrative read(String text, long maxLength, boolean validate) {
    return guarded(text, maxLength, t -> MarkdownReader.read(t, validate));
  }

  /**
   * Reads a Markdown document of at most {@code maxLength} bytes of UTF-8 from the stream, leaving
   * it open, without the checks across the whole narrative, with the places of its values.
   * Throws {@link NarrativeFormatException} on bad input, listing every error found.
   */
  public static LocatedNarrative readLocated(InputStream in, long maxLength) throws IOException {
    String text = decode(in, maxLength);
    return guarded(text, Long.MAX_VALUE, MarkdownReader::readLocated);
  }

  /** Reads within the limit, every failure reported as the format's one exception. */
  private static <T> T guarded(String text, long maxLength, Function<String, T> read) {
    if (text.length() > maxLength) {
      throw tooLong(maxLength, DocumentLimits.Unit.CHARACTERS);
    }
    try {
      return read.apply(text);
    } catch (NarrativeFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // A library failure (or a bug) must still reach the caller as the format's one exception.
      throw NarrativeFormatException.builder(MarkdownErrors.FORMAT, "could not read the document: " + e).cause(e)
          .build();
    } catch (StackOverflowError e) {
      throw NarrativeFormatException.builder(MarkdownErrors.FORMAT, "the document is nested too deeply to read")
          .cause(e).build();
    }
  }

  /** Reads as the {@code markdown} service format does: the default limit, no checks across the narrative. */
  public static Narrative read(InputStream in) throws IOException {
    return read(in, MAX_DOCUMENT_LENGTH, false);
  }

  /** Reads at most {@code maxLength} bytes of UTF-8 to the end of the stream, leaving it open. */
  public static Narrative read(InputStream in, long maxLength, boolean validate) throws IOException {
    return read(decode(in, maxLength), Long.MAX_VALUE, validate);
  }

  /** At most {@code maxLength} bytes of UTF-8 to the end of the stream, decoded. */
  private static String decode(InputStream in, long maxLength) throws IOException {
    int cap = (int) Math.min(maxLength + 1, LARGEST_ARRAY);
    byte[] bytes = readUpTo(in, cap);
    if (bytes.length > maxLength || (bytes.length == cap && in.read() >= 0)) {
      throw tooLong(maxLength, DocumentLimits.Unit.BYTES);
    }
    return StrictUtf8.decode(bytes, MarkdownErrors.FORMAT);
  }

  /**
   * What {@code in.readNBytes(cap)} returns, read straight into an array of the size the stream
   * says is left ({@link InputStream#available()}: exact for files and byte arrays) when that is
   * below the cap, instead of into chunks copied together at the end.
   */
  static byte[] readUpTo(InputStream in, int cap) throws IOException {
    // readNBytes grows its result as bytes arrive, so a high limit costs nothing up front.
    int announced = in.available();
    if (announced <= 0 || announced >= cap) {
      return in.readNBytes(cap);
    }
    byte[] bytes = new byte[announced];
    int n = in.readNBytes(bytes, 0, announced);
    if (n < announced) {
      return Arrays.copyOf(bytes, n);
    }
    int next = in.read();
    if (next < 0) {
      return bytes;
    }
    // More than announced: the rest the usual way.
    byte[] rest = in.readNBytes(cap - announced - 1);
    byte[] all = Arrays.copyOf(bytes, announced + 1 + rest.length);
    all[announced] = (byte) next;
    System.arraycopy(rest, 0, all, announced + 1, rest.length);
    return all;
  }

  /** Reads at most {@code maxLength} characters to the end of the reader, leaving it open. */
  public static Narrative read(Reader in, long maxLength, boolean validate) throws IOException {
    StringWriter text = new StringWriter();
    try {
      // Not closed: closing the limited reader would close the caller's.
      DocumentLimits.limit(in, Math.min(maxLength, LARGEST_ARRAY)).transferTo(text);
    } catch (DocumentLimits.TooLongException e) {
      throw tooLong(maxLength, DocumentLimits.Unit.CHARACTERS);
    }
    return read(text.toString(), maxLength, validate);
  }

  /** Says which limit was passed, its value and how to raise it. */
  private static NarrativeFormatException tooLong(long maxLength, DocumentLimits.Unit unit) {
    return DocumentLimits.tooLong(MarkdownErrors.FORMAT,
        new DocumentLimits.TooLongException("the document", maxLength, unit, false), RAISE_WITH).build();
  }

  /** Refused rather than written: the reader would refuse the document (issue 22). */
  private static NarrativeFormatException tooLongToWrite(DocumentLimits.TooLongException passed) {
    return DocumentLimits.tooLong(MarkdownErrors.FORMAT, passed.about("the document"), RAISE_WITH).build();
  }
}
