/**
 * Markdown format for policy narratives, built on commonmark-java: narratives as readable
 * articles that round-trip losslessly. Use {@link org.policynarrative.markdown.NarrativeMarkdown},
 * or find the format through {@link org.policynarrative.core.spi.NarrativeFormats} by the name
 * {@code markdown}.
 */
module org.policynarrative.markdown {
  requires transitive org.policynarrative.core;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;

  exports org.policynarrative.markdown;

  provides org.policynarrative.core.spi.NarrativeFormat
      with org.policynarrative.markdown.internal.MarkdownNarrativeFormat;
}
