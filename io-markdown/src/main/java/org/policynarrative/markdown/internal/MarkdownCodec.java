package org.policynarrative.markdown.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;

/** The reading and writing behind the public facade and the SPI format: text, bytes and streams. */
public final class MarkdownCodec {

  /**
   * The longest document read unless the facade is told otherwise, in bytes of UTF-8 or in
   * characters: 16 MiB. commonmark-java holds the whole document and its syntax tree in memory:
   * without a limit, a million claims (130 MB) exhausted a 6 GB heap, so more than 40 bytes of heap
   * per byte of input.
   */
  public static final int MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;

  /** The longest array (and so string) a JVM reliably allocates. */
  private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 8;

  private MarkdownCodec() {}

  /** The narrative as a Markdown document. */
  public static String write(Narrative narrative) {
    return MarkdownWriter.write(narrative);
  }

  /** Writes the document as UTF-8; flushes and leaves the stream open. */
  public static void write(Narrative narrative, OutputStream out) throws IOException {
    MarkdownWriter.write(narrative, out);
    out.flush();
  }

  /** Writes the document; flushes and leaves the writer open. */
  public static void write(Narrative narrative, Writer out) throws IOException {
    MarkdownWriter.write(narrative, out);
    out.flush();
  }

  /**
   * Reads a Markdown document of at most {@code maxLength} characters; throws
   * {@link NarrativeFormatException} on bad input.
   */
  public static Narrative read(String text, int maxLength) {
    if (text.length() > maxLength) {
      throw tooLong(maxLength, "characters");
    }
    try {
      return MarkdownReader.read(text);
    } catch (NarrativeFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // A library failure (or a bug) must still reach the caller as the format's one exception.
      throw new NarrativeFormatException(MarkdownErrors.FORMAT, "could not read the document: " + e, 0, 0, null, e);
    } catch (StackOverflowError e) {
      throw new NarrativeFormatException(MarkdownErrors.FORMAT, "the document is nested too deeply to read", 0, 0,
          null, e);
    }
  }

  /** Reads at most {@link #MAX_DOCUMENT_LENGTH} bytes of UTF-8 to the end of the stream, leaving it open. */
  public static Narrative read(InputStream in) throws IOException {
    return read(in, MAX_DOCUMENT_LENGTH);
  }

  /** Reads at most {@code maxLength} bytes of UTF-8 to the end of the stream, leaving it open. */
  public static Narrative read(InputStream in, int maxLength) throws IOException {
    int cap = (int) Math.min((long) maxLength + 1, LARGEST_ARRAY);
    byte[] bytes = readUpTo(in, cap);
    if (bytes.length > maxLength || (bytes.length == cap && in.read() >= 0)) {
      throw tooLong(maxLength, "bytes");
    }
    return read(decode(bytes), Integer.MAX_VALUE);
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
  public static Narrative read(Reader in, int maxLength) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if ((long) text.length() + n > Math.min(maxLength, LARGEST_ARRAY)) {
        throw tooLong(maxLength, "characters");
      }
      text.append(buffer, 0, n);
    }
    return read(text.toString(), maxLength);
  }

  /** Says which limit was passed, its value and how to raise it. */
  private static NarrativeFormatException tooLong(int maxLength, String unit) {
    String mebibytes = maxLength % (1024 * 1024) == 0 ? " (" + maxLength / (1024 * 1024) + " MiB)" : "";
    return new NarrativeFormatException(MarkdownErrors.FORMAT, "the document is longer than the maximum document "
        + "length of " + String.format(Locale.ROOT, "%,d", maxLength) + " " + unit + mebibytes
        + "; to read it, raise the limit with NarrativeMarkdown.withMaxDocumentLength(int)");
  }

  /** Strict UTF-8: malformed input is a {@link NarrativeFormatException}, never a replacement character. */
  public static String decode(byte[] bytes) {
    // The JDK's own decoding is much faster; it only hides malformed input behind U+FFFD, so the
    // strict decoder runs (and reports) only when one appears, which valid input may also hold.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new NarrativeFormatException(MarkdownErrors.FORMAT, "the input is not valid UTF-8: " + e.getMessage(),
          0, 0, null, e);
    }
  }
}
