package org.policynarrative.html.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    write(narrative, texts, writer);
  }

  /**
   * Writes the report as characters; the writer is flushed and left open.
   *
   * @param narrative the narrative
   * @param texts the texts of some of its sources
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(Narrative narrative, List<SourceText> texts, Writer out) throws IOException {
    Page page = ReportBuilder.build(narrative, texts);
    try {
      ENGINE.render("page.jte", page, new WriterOutput(out));
    } catch (TemplateException | UncheckedIOException e) {
      throw ioCause(e);
    }
    out.flush();
  }

  /**
   * {@return the report as a string}
   *
   * @param narrative the narrative
   * @param texts the texts of some of its sources
   */
  public static String toHtml(Narrative narrative, List<SourceText> texts) {
    Page page = ReportBuilder.build(narrative, texts);
    StringOutput out = new StringOutput(BUFFER);
    ENGINE.render("page.jte", page, out);
    return out.toString();
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
