package org.policynarrative.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.AtomicFiles;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.html.internal.HtmlRenderer;

/**
 * Writes a narrative as a report people read in a browser: one self-contained HTML page (UTF-8)
 * with the narrative's sources and their hashes, a timeline of its eras and policy lines, the
 * sector priorities by era as a heat map, every claim with its verdict (unverified unless
 * assessed), and, for each source text given with {@link #withSourceTexts(Collection)}, the text
 * with every quote highlighted and linked to its claim.
 *
 * <p>The page loads nothing and runs no script: its stylesheet is inline and its
 * Content-Security-Policy forbids everything else. Every string of the narrative is escaped for
 * where it stands; control characters are shown as Unicode control pictures. HTML is a report, not
 * a data format: there is nothing to read back.
 *
 * <p>Instances are immutable and safe to share between threads; {@link #withSourceTexts(Collection)}
 * returns a configured copy.
 *
 * <pre>{@code
 * NarrativeHtml.create()
 *     .withSourceTexts(List.of(SourceText.of("portal", text)))
 *     .write(narrative, Path.of("report.html"));
 * }</pre>
 */
public final class NarrativeHtml {

  private static final NarrativeHtml WITHOUT_TEXTS = new NarrativeHtml(List.of());

  private final List<SourceText> sourceTexts;

  private NarrativeHtml(List<SourceText> sourceTexts) {
    this.sourceTexts = sourceTexts;
  }

  /**
   * The report writer, with no source text: claims show their quotes, but no text is highlighted.
   *
   * @return the report writer
   */
  public static NarrativeHtml create() {
    return WITHOUT_TEXTS;
  }

  /**
   * A copy of this writer that includes these source texts in every report, replacing any given
   * before. Each quote of a claim whose source has a text here is highlighted in it when its anchor
   * selects it, and flagged as orphaned or ambiguous when not; never guessed.
   *
   * @param texts the texts, at most one per source
   * @return a copy of this writer with these texts
   * @throws IllegalArgumentException when two texts are for the same source
   */
  public NarrativeHtml withSourceTexts(Collection<SourceText> texts) {
    return new NarrativeHtml(SourceTexts.copy(texts));
  }

  /** {@return the source texts every report includes, in the order given; empty unless set} */
  public List<SourceText> sourceTexts() {
    return sourceTexts;
  }

  /**
   * {@return the report as a string, exactly the text the write methods write}
   *
   * @param narrative the narrative
   * @throws NarrativeFormatException when a source text is for a source the narrative does not have
   */
  public String toHtml(Narrative narrative) {
    return HtmlRenderer.toHtml(Objects.requireNonNull(narrative, "narrative"), sourceTexts);
  }

  /**
   * Writes the report to a file atomically (UTF-8): readers see the old or the new content, never
   * a part, and parent directories are created ({@link AtomicFiles}).
   *
   * @param narrative the narrative
   * @param path the file
   * @throws NarrativeFormatException when a source text is for a source the narrative does not
   *     have; the file is then unchanged
   * @throws IOException when writing fails; the file is then unchanged
   */
  public void write(Narrative narrative, Path path) throws IOException {
    Objects.requireNonNull(narrative, "narrative");
    Objects.requireNonNull(path, "path");
    AtomicFiles.write(path, out -> HtmlRenderer.write(narrative, sourceTexts, out));
  }

  /**
   * Writes the report as UTF-8; the stream is flushed and left open.
   *
   * @param narrative the narrative
   * @param out where to write; flushed, not closed
   * @throws NarrativeFormatException when a source text is for a source the narrative does not have
   * @throws IOException when writing fails
   */
  public void write(Narrative narrative, OutputStream out) throws IOException {
    HtmlRenderer.write(Objects.requireNonNull(narrative, "narrative"), sourceTexts, Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes the report as characters; the writer is flushed and left open.
   *
   * @param narrative the narrative
   * @param out where to write; flushed, not closed
   * @throws NarrativeFormatException when a source text is for a source the narrative does not have
   * @throws IOException when writing fails
   */
  public void write(Narrative narrative, Writer out) throws IOException {
    HtmlRenderer.write(Objects.requireNonNull(narrative, "narrative"), sourceTexts, Objects.requireNonNull(out, "out"));
  }
}
