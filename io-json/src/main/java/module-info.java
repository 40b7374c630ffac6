/**
 * JSON and JSON Lines for policy narratives, built on Jackson 3: the {@code NarrativeJson} facade,
 * a Jackson module for the model types, and the {@code json} and {@code jsonl} formats of the core
 * format SPI.
 */
module org.policynarrative.json {
  requires transitive org.policynarrative.core;
  requires transitive tools.jackson.databind;

  exports org.policynarrative.json;

  provides org.policynarrative.core.spi.NarrativeFormat with
      org.policynarrative.json.internal.JsonNarrativeFormat,
      org.policynarrative.json.internal.JsonLinesNarrativeFormat;
  provides tools.jackson.databind.JacksonModule with
      org.policynarrative.json.NarrativeJacksonModule;
}
