package org.policynarrative.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
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
 * writing what was read gives identical bytes. Reading checks that references resolve, ids are
 * unique and hierarchies have no cycles; every problem is a {@link NarrativeFormatException}
 * (format {@code markdown}) naming the line and, where known, the column.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * NarrativeMarkdown markdown = NarrativeMarkdown.create();
 * markdown.write(narrative, Path.of("economic-construction.md"));
 * Narrative again = markdown.read(Path.of("economic-construction.md"));
 * }</pre>
 */
public final class NarrativeMarkdown {

  private static final NarrativeMarkdown INSTANCE = new NarrativeMarkdown();

  private NarrativeMarkdown() {}

  /** The Markdown reader and writer. */
  public static NarrativeMarkdown create() {
    return INSTANCE;
  }

  /**
   * Reads a narrative from a UTF-8 file.
   *
   * @throws NarrativeFormatException when the content is not a valid document; it names the file
   * @throws IOException when reading fails
   */
  public Narrative read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    byte[] bytes = Files.readAllBytes(path);
    try {
      return MarkdownCodec.read(MarkdownCodec.decode(bytes));
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
  public Narrative read(InputStream in) throws IOException {
    return MarkdownCodec.read(Objects.requireNonNull(in, "in"));
  }

  /**
   * Reads a narrative from characters; the reader is read to its end and left open.
   *
   * @throws NarrativeFormatException when the content is not a valid document
   * @throws IOException when reading fails
   */
  public Narrative read(Reader in) throws IOException {
    return MarkdownCodec.read(Objects.requireNonNull(in, "in"));
  }

  /**
   * Reads a narrative from a Markdown document held in a string.
   *
   * @throws NarrativeFormatException when the text is not a valid document
   */
  public Narrative fromMarkdown(String markdown) {
    return MarkdownCodec.read(Objects.requireNonNull(markdown, "markdown"));
  }

  /** The narrative as a Markdown document, exactly the text the other write methods write. */
  public String toMarkdown(Narrative narrative) {
    return MarkdownCodec.write(Objects.requireNonNull(narrative, "narrative"));
  }

  /**
   * Writes a narrative to a file atomically (UTF-8): readers see the old or the new content,
   * never a part, and parent directories are created.
   *
   * @throws IOException when writing fails; the file is then unchanged
   */
  public void write(Narrative narrative, Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    byte[] bytes = MarkdownCodec.write(Objects.requireNonNull(narrative, "narrative")).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(path, out -> out.write(bytes));
  }

  /**
   * Writes a narrative as UTF-8; the stream is flushed and left open.
   *
   * @throws IOException when writing fails
   */
  public void write(Narrative narrative, OutputStream out) throws IOException {
    MarkdownCodec.write(Objects.requireNonNull(narrative, "narrative"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes a narrative as characters; the writer is flushed and left open.
   *
   * @throws IOException when writing fails
   */
  public void write(Narrative narrative, Writer out) throws IOException {
    MarkdownCodec.write(Objects.requireNonNull(narrative, "narrative"), Objects.requireNonNull(out, "out"));
  }
}
