package org.policynarrative.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.internal.ExampleReports;
import org.policynarrative.examples.internal.ExampleSupport;

/**
 * Figures: the quantities a narrative states, by indicator over time ({@code FigureSeries}). Each
 * figure is printed as it is stated (exact, approximate, a range, a multiple or a percentage of a
 * baseline, or no number at all), with the source's own wording, the claim that states it and the
 * encoder's notes, which is where an encoder records that a figure is a slogan or that two figures
 * of one source disagree.
 *
 * <p>Run from the repository root:
 * {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.policynarrative.examples.Figures}.
 * An optional argument names a narrative file in any installed format (default: the bundled
 * reference narrative, whose one figure is the slogan "reducing ten years to one").
 */
public final class Figures {

  private Figures() {}

  /**
   * Prints every figure of the narrative.
   *
   * @param args optionally, the path of a narrative file (JSON, Markdown, YAML, ...)
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Narrative narrative = args.length > 0 ? NarrativeFormats.installed().read(Path.of(args[0]))
        : ExampleSupport.referenceNarrative();
    System.out.println(narrative.title());
    System.out.println();
    ExampleSupport.section(System.out, "Figures by indicator", ExampleReports.figures(narrative));
  }
}
