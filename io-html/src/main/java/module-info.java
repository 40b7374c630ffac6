/**
 * A write-only HTML report of a policy narrative, built with precompiled jte templates: one
 * self-contained page with the narrative's sources, a timeline, the sector priorities by era, the
 * claims with their verdicts and, when given, the source texts with every quote highlighted. Use
 * {@link org.policynarrative.html.NarrativeHtml}, or find the format through
 * {@link org.policynarrative.core.spi.NarrativeFormats} by the name {@code html}.
 */
module org.policynarrative.html {
  requires transitive org.policynarrative.core;
  requires gg.jte.runtime;
  // The generated templates carry @javax.annotation.processing.Generated (source retention only).
  requires static java.compiler;

  exports org.policynarrative.html;

  // jte's runtime calls the precompiled templates' render methods by reflection.
  opens org.policynarrative.html.internal.templates to gg.jte.runtime;

  // Keep in step with META-INF/services/org.policynarrative.core.spi.NarrativeFormat.
  provides org.policynarrative.core.spi.NarrativeFormat with org.policynarrative.html.HtmlNarrativeFormat;
}
