/**
 * The reference narrative, runnable example programs, the {@code policy-narrative} command-line
 * tool and a worked custom adapter (YAML).
 */
module org.policynarrative.examples {
  requires org.policynarrative.core;
  requires info.picocli;

  exports org.policynarrative.examples;
  exports org.policynarrative.examples.reference;

  // picocli fills the command objects by reflection.
  opens org.policynarrative.examples.cli to info.picocli;

  uses org.policynarrative.core.spi.NarrativeFormat;
}
