/**
 * The reference narrative, runnable example programs, the {@code policy-narrative} command-line
 * tool and a worked custom adapter (YAML).
 */
module org.policynarrative.examples {
  requires org.policynarrative.core;

  exports org.policynarrative.examples.reference;

  uses org.policynarrative.core.spi.NarrativeFormat;
}
