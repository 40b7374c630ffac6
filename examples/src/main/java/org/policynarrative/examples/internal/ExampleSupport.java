package org.policynarrative.examples.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;

/** Plumbing for the example programs: loading the bundled data set and printing sections. */
public final class ExampleSupport {

  /** The bundled JSON file of the reference narrative, beside {@link ReferenceNarrative}. */
  public static final String REFERENCE_JSON = "economic-construction.json";

  private ExampleSupport() {}

  /**
   * The bundled reference narrative, read from its shipped JSON file with the installed
   * {@code json} format: the data set as a user of the library would load it.
   *
   * @throws IllegalStateException when no {@code json} format is installed
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static Narrative referenceNarrative() {
    NarrativeFormat json = NarrativeFormats.installed().byName("json")
        .orElseThrow(() -> new IllegalStateException("the json format (policy-narrative-io-json) is not installed"));
    try (InputStream in = ReferenceNarrative.class.getResourceAsStream(REFERENCE_JSON)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + REFERENCE_JSON + " is missing"));
      }
      return json.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + REFERENCE_JSON, e);
    }
  }

  /** Prints a section: a title, an underline, the lines and a blank line. */
  public static void section(PrintStream out, String title, List<String> lines) {
    out.println(title);
    out.println("-".repeat(title.length()));
    lines.forEach(out::println);
    out.println();
  }
}
