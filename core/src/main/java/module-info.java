/**
 * The policy-narrative model: immutable eras, sectors, policy lines and attributed claims,
 * their validator and queries, the semantic diff of two narratives, and the service-provider
 * interface through which formats plug in.
 */
module org.policynarrative.core {
  requires static org.immutables.value.annotations;

  exports org.policynarrative.core;
  exports org.policynarrative.core.spi;
  exports org.policynarrative.core.diff;
  exports org.policynarrative.core.spelling;

  uses org.policynarrative.core.spi.NarrativeFormat;
}
