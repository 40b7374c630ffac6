/**
 * The reference narrative, runnable example programs and a worked custom adapter (YAML).
 */
module org.policynarrative.examples {
  requires transitive org.policynarrative.core;
  requires org.policynarrative.json;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports org.policynarrative.examples;
  exports org.policynarrative.examples.reference;
  exports org.policynarrative.examples.yaml;

  uses org.policynarrative.core.spi.NarrativeFormat;

  // The worked adapter: keep in step with META-INF/services/org.policynarrative.core.spi.NarrativeFormat.
  provides org.policynarrative.core.spi.NarrativeFormat with
      org.policynarrative.examples.yaml.YamlNarrativeFormat;
}
