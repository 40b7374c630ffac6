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
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;

/** The reading and writing behind the public facade and the SPI format: text, bytes and streams. */
public final class MarkdownCodec {

  private MarkdownCodec() {}

  /** The narrative as a Markdown document. */
  public static String write(Narrative narrative) {
    return MarkdownWriter.write(narrative);
  }

  /** Writes the document as UTF-8; flushes and leaves the stream open. */
  public static void write(Narrative narrative, OutputStream out) throws IOException {
    out.write(write(narrative).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Writes the document; flushes and leaves the writer open. */
  public static void write(Narrative narrative, Writer out) throws IOException {
    out.write(write(narrative));
    out.flush();
  }

  /** Reads a Markdown document; throws {@link NarrativeFormatException} on bad input. */
  public static Narrative read(String text) {
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

  /** Reads UTF-8 bytes to the end of the stream, leaving it open. */
  public static Narrative read(InputStream in) throws IOException {
    return read(decode(in.readAllBytes()));
  }

  /** Reads characters to the end of the reader, leaving it open. */
  public static Narrative read(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return read(text.toString());
  }

  /** Strict UTF-8: malformed input is a {@link NarrativeFormatException}, never a replacement character. */
  public static String decode(byte[] bytes) {
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
