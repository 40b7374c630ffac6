package org.policynarrative.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.AtomicFiles;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.markdown.internal.MarkdownCodec;

/**
 * Reads and writes narratives as Markdown articles (UTF-8), in the dialect described in this
 * module's README: metadata and sources first, then the eras in chronological order with their
 * policy lines, priority tables and claims as block quotes, then the sector hierarchy.
 *
 * <p>Writing then reading gives an equal narrative for every narrative the model accepts, and
 * writing what was read gives identical bytes. Reading checks that references resolve and ids are
 * unique; every problem is a {@link NarrativeFormatException} (format {@code markdown}) naming the
 * line and, where known, the column.
 *
 * <pre>{@code
 * NarrativeMarkdown.write(narrative, Path.of("economic-construction.md"));
 * Narrative again = NarrativeMarkdown.read(Path.of("economic-construction.md"));
 * }</pre>
 */
public final class NarrativeMarkdown {

  private NarrativeMarkdown() {}

  /**
   * Reads a narrative from a UTF-8 file.
   *
   * @throws NarrativeFormatException when the content is not a valid document; it names the file
   * @throws IOException when reading fails
   */
  public static Narrative read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try {
      return parse(decode(Files.readAllBytes(path)));
    } catch (NarrativeFormatException e) {
      throw e.inFile(path.toString());
    }
  }

  /**
   * Reads a narrative from UTF-8 bytes; the stream is read to its end and left open.
   *
   * @throws NarrativeFormatException when the content is not a valid document or not UTF-8
   * @throws IOException when reading fails
   */
  public static Narrative read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return parse(decode(in.readAllBytes()));
  }

  /**
   * Reads a narrative from characters; the reader is read to its end and left open.
   *
   * @throws NarrativeFormatException when the content is not a valid document
   * @throws IOException when reading fails
   */
  public static Narrative read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return parse(text.toString());
  }

  /**
   * Writes a narrative to a file atomically (UTF-8): readers see the old or the new content, never a part.
   *
   * @throws IOException when writing fails; the file is then unchanged
   */
  public static void write(Narrative narrative, Path path) throws IOException {
    Objects.requireNonNull(narrative, "narrative");
    Objects.requireNonNull(path, "path");
    byte[] bytes = MarkdownCodec.write(narrative).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(path, out -> out.write(bytes));
  }

  /**
   * Writes a narrative as UTF-8; the stream is flushed and left open.
   *
   * @throws IOException when writing fails
   */
  public static void write(Narrative narrative, OutputStream out) throws IOException {
    Objects.requireNonNull(narrative, "narrative");
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(narrative, writer);
  }

  /**
   * Writes a narrative as characters; the writer is flushed and left open.
   *
   * @throws IOException when writing fails
   */
  public static void write(Narrative narrative, Writer out) throws IOException {
    Objects.requireNonNull(narrative, "narrative");
    Objects.requireNonNull(out, "out");
    out.write(MarkdownCodec.write(narrative));
    out.flush();
  }

  private static Narrative parse(String text) {
    try {
      return MarkdownCodec.read(text);
    } catch (NarrativeFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // A bug or a library failure must still reach the caller as the format's one exception.
      throw new NarrativeFormatException("markdown", "could not read the document: " + e, 0, 0, null, e);
    } catch (StackOverflowError e) {
      throw new NarrativeFormatException("markdown", "the document is nested too deeply to read", 0, 0, null, e);
    }
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new NarrativeFormatException("markdown", "the input is not valid UTF-8: " + e.getMessage(), 0, 0, null, e);
    }
  }
}
