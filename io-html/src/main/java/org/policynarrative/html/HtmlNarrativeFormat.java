package org.policynarrative.html;

import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.html.internal.HtmlRenderer;

/**
 * The {@code html} format for {@link java.util.ServiceLoader}: files ending in {@code .html} or
 * {@code .htm}, media type {@code text/html}, written as {@link NarrativeHtml} writes them. It is
 * write-only ({@link #canRead()} is false): a report is not a data file.
 *
 * <p>The format found through the SPI includes no source text. A tool that has the texts (the
 * command line's {@code convert --source-text}) asks this class for a copy that includes them with
 * {@link #withSourceTexts(Collection)}. Immutable and thread-safe.
 */
public final class HtmlNarrativeFormat implements NarrativeFormat {

  private final NarrativeHtml html;

  /** Creates the format without source texts; {@link java.util.ServiceLoader} calls this. */
  public HtmlNarrativeFormat() {
    this(NarrativeHtml.create());
  }

  private HtmlNarrativeFormat(NarrativeHtml html) {
    this.html = html;
  }

  /**
   * A copy of this format whose reports include these source texts, as
   * {@link NarrativeHtml#withSourceTexts(Collection)} describes.
   *
   * @param texts the texts, at most one per source
   * @return a copy of this format with these texts
   * @throws IllegalArgumentException when two texts are for the same source
   */
  public HtmlNarrativeFormat withSourceTexts(Collection<SourceText> texts) {
    return new HtmlNarrativeFormat(html.withSourceTexts(texts));
  }

  /** {@return the source texts the reports include; empty unless set} */
  public List<SourceText> sourceTexts() {
    return html.sourceTexts();
  }

  @Override
  public String name() {
    return HtmlRenderer.FORMAT;
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".html", ".htm");
  }

  /** {@return false: the format is write-only} */
  @Override
  public boolean canRead() {
    return false;
  }

  /**
   * Always fails: a report is not read back.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public Narrative read(InputStream in) throws IOException {
    throw new UnsupportedOperationException("format 'html' is write-only: a report is not read back;"
        + " keep the narrative in json or markdown");
  }

  /**
   * Writes the report as UTF-8; the stream is flushed and left open.
   *
   * @throws NarrativeFormatException when a source text is for a source the narrative does not have
   */
  @Override
  public void write(Narrative narrative, OutputStream out) throws IOException {
    html.write(Objects.requireNonNull(narrative, "narrative"), Objects.requireNonNull(out, "out"));
  }
}
