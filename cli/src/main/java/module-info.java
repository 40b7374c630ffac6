/**
 * The {@code policy-narrative} command-line tool: convert, validate and summarise narrative files
 * in any installed format.
 */
module org.policynarrative.cli {
  requires org.policynarrative.core;
  requires org.policynarrative.corpus;
  requires info.picocli;
  // Only to hand the html format the texts of convert --source-text (internal.SourceTextFormats).
  requires org.policynarrative.html;

  exports org.policynarrative.cli;

  // picocli fills the command objects by reflection.
  opens org.policynarrative.cli.internal to info.picocli;

  uses org.policynarrative.core.spi.NarrativeFormat;
  uses org.policynarrative.corpus.CorpusExporter;
}
