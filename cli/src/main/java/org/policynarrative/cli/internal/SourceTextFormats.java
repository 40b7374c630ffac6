package org.policynarrative.cli.internal;

import java.util.List;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.html.HtmlNarrativeFormat;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The format that {@code convert --source-text} writes with: the same format, given the texts.
 *
 * <p>The one place where the tool names a format module. The format SPI has no way yet to hand a
 * format the texts of the narrative's sources, so only io-html's own format, which shows them, takes
 * them, through its public {@link HtmlNarrativeFormat#withSourceTexts}. When the SPI gains such a
 * method, this class goes and the tool names no format again ({@code ArchitectureTest} keeps every
 * other class of the tool from naming one).
 */
final class SourceTextFormats {

  private SourceTextFormats() {}

  /**
   * Fails unless {@code format} shows source texts; checked before anything is read.
   *
   * @throws ParameterException naming the format and the one that does
   */
  static void requireShowsTexts(NarrativeFormat format, CommandLine command) {
    if (!(format instanceof HtmlNarrativeFormat)) {
      throw new ParameterException(command, "--source-text: format '" + format.name() + "' does not show source"
          + " texts, so it would leave them out; only the html format (a report, .html) includes them");
    }
  }

  /**
   * {@return {@code format}, including {@code texts} in what it writes}
   *
   * @throws IllegalStateException when the format does not show texts, which {@link #requireShowsTexts} checks
   */
  static NarrativeFormat including(NarrativeFormat format, List<SourceText> texts) {
    if (format instanceof HtmlNarrativeFormat html) {
      return html.withSourceTexts(texts);
    }
    throw new IllegalStateException("format '" + format.name() + "' does not show source texts");
  }
}
