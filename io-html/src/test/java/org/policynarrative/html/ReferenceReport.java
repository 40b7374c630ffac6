package org.policynarrative.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceText;
import org.policynarrative.examples.reference.ReferenceNarrative;

/** The reference narrative of the examples module, its source text, and its report, for the tests. */
public final class ReferenceReport {

  private ReferenceReport() {}

  public static Narrative narrative() {
    return ReferenceNarrative.narrative();
  }

  /**
   * The source text: the examples module's copy of {@code economic-construction.txt}, whose SHA-256
   * the examples' own tests pin to the one the data set records.
   */
  public static SourceText text() {
    return ReferenceNarrative.sourceText();
  }

  public static String html() {
    return NarrativeHtml.create().withSourceTexts(List.of(text())).toHtml(narrative());
  }

  /** Writes the reference report to {@code target/reports/reference.html} and returns the file. */
  public static Path write() {
    try {
      Path file = Path.of("target/reports/reference.html").toAbsolutePath();
      Files.createDirectories(file.getParent());
      Files.writeString(file, html(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
