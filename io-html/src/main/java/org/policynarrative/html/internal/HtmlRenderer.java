package org.policynarrative.html.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceText;
import org.policynarrative.html.internal.view.Page;

/**
 * Renders the report with the templates that jte-maven-plugin compiled at build time
 * ({@code src/main/jte}, package {@code org.policynarrative.html.internal.templates}): no template
 * is compiled at run time, and jte's HTML mode escapes every value for the place it stands in
 * (text or attribute).
 */
public final class HtmlRenderer {

  /** The format's name. */
  public static final String FORMAT = "html";

  private static final String TEMPLATES = "org.policynarrative.html.internal.templates";

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, HtmlRenderer.class.getClassLoader(), TEMPLATES);

  private static final int BUFFER = 1 << 16;

  private HtmlRenderer() {}

  /**
   * Writes the report as UTF-8; the stream is flushed and left open.
   *
   * @param narrative the narrative
   * @param texts the texts of some of its sources
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(Narrative narrative, List<SourceText> texts, OutputStream out) throws IOException {
    Page page = ReportBuilder.build(narrative, texts);
    Utf8StreamOutput output = new Utf8StreamOutput(out);
    try {
      ENGINE.render("page.jte", page, output);
    } catch (TemplateException | UncheckedIOException e) {
      throw ioCause(e);
    }
    output.flush();
  }

  /**
   * Writes the report as characters, held whole in memory first; the writer is flushed and left open.
   *
   * @param narrative the narrative
   * @param texts the texts of some of its sources
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(Narrative narrative, List<SourceText> texts, Writer out) throws IOException {
    // Through the one output that shows control characters (Utf8StreamOutput): the page is held whole.
    out.write(toHtml(narrative, texts));
    out.flush();
  }

  /**
   * {@return the report as a string}
   *
   * @param narrative the narrative
   * @param texts the texts of some of its sources
   */
  public static String toHtml(Narrative narrative, List<SourceText> texts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER);
    try {
      write(narrative, texts, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a ByteArrayOutputStream does not fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The I/O failure behind a rendering failure; anything else is a defect of the templates, rethrown. */
  private static IOException ioCause(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return io;
      }
    }
    throw e;
  }
}
