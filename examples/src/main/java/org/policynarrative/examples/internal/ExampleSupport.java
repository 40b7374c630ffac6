package org.policynarrative.examples.internal;

import java.io.PrintStream;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.examples.reference.ReferenceNarrative;

/** Plumbing for the example programs: loading the bundled data set and printing sections. */
public final class ExampleSupport {

  private ExampleSupport() {}

  /** The bundled reference narrative. */
  public static Narrative referenceNarrative() {
    return ReferenceNarrative.narrative();
  }

  /** Prints a section: a title, an underline, the lines and a blank line. */
  public static void section(PrintStream out, String title, List<String> lines) {
    out.println(title);
    out.println("-".repeat(title.length()));
    lines.forEach(out::println);
    out.println();
  }
}
