package org.policynarrative.examples.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * Writes the shipped reference data files from {@link ReferenceNarrative#narrative()} with the
 * library's own formats, so the JSON and the Markdown never drift from the code or from each other;
 * and the made-up second edition, {@link ReferenceRewrite#FILE_NAME}, from {@link ReferenceRewrite}.
 *
 * <p>Run it after changing {@link ReferenceNarrative} (from the repository root):
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java \
 *     -Dexec.mainClass=org.policynarrative.examples.reference.GenerateReferenceData \
 *     -Dexec.args=examples/src/main/resources/org/policynarrative/examples/reference
 * </pre>
 * {@code ReferenceDataFilesTest} fails until the shipped files are regenerated.
 */
public final class GenerateReferenceData {

  /** The file names of the shipped data set, one per format, in the order they are written. */
  public static final List<String> FILE_NAMES = List.of("economic-construction.json", "economic-construction.md");

  private GenerateReferenceData() {}

  /**
   * Writes every file of {@link #FILE_NAMES}, and the rewrite, into the directory given as the only argument.
   *
   * @param args the command line
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: GenerateReferenceData DIRECTORY");
      System.exit(2);
      return;
    }
    Path dir = Path.of(args[0]);
    for (Path written : write(ReferenceNarrative.narrative(), dir)) {
      System.out.println("wrote " + written);
    }
    Path rewrite = dir.resolve(ReferenceRewrite.FILE_NAME);
    NarrativeFormats.installed().write(ReferenceRewrite.narrative(), rewrite);
    System.out.println("wrote " + rewrite);
  }

  /**
   * Writes {@code narrative} into {@code dir} under every name of {@link #FILE_NAMES}, each with
   * the installed format its extension names, atomically.
   *
   * @param narrative the narrative
   * @param dir the directory to write into
   * @return the files written
   * @throws IOException when a file cannot be written
   * @throws org.policynarrative.core.spi.NarrativeFormatException when no installed format writes
   *     one of the extensions
   */
  public static List<Path> write(Narrative narrative, Path dir) throws IOException {
    NarrativeFormats formats = NarrativeFormats.installed();
    List<Path> written = new java.util.ArrayList<>();
    for (String name : FILE_NAMES) {
      Path file = dir.resolve(name);
      formats.write(narrative, file);
      written.add(file);
    }
    return List.copyOf(written);
  }
}
