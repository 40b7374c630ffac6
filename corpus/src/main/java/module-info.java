/**
 * Questions across a corpus of narratives, streamed in constant memory: the claims about an entity
 * in every narrative, figures by indicator over time, a sector's priority across narratives ordered
 * by their date; and the service through which exporters (such as DuckDB's) plug in.
 */
module org.policynarrative.corpus {
  requires transitive org.policynarrative.core;

  exports org.policynarrative.corpus;

  uses org.policynarrative.corpus.CorpusExporter;
}
