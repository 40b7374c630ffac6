/**
 * The reference narrative, runnable example programs, the {@code policy-narrative} command-line
 * tool and a worked custom adapter (YAML).
 */
module org.policynarrative.examples {
  requires transitive org.policynarrative.core;
  requires org.policynarrative.json;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires info.picocli;

  exports org.policynarrative.examples;
  exports org.policynarrative.examples.reference;
  exports org.policynarrative.examples.yaml;

  // picocli fills the command objects by reflection.
  opens org.policynarrative.examples.cli to info.picocli;

  uses org.policynarrative.core.spi.NarrativeFormat;

  // The worked adapter: keep in step with META-INF/services/org.policynarrative.core.spi.NarrativeFormat.
  provides org.policynarrative.core.spi.NarrativeFormat with
      org.policynarrative.examples.yaml.YamlNarrativeFormat;
}
