/**
 * Loads a corpus of narratives into embedded DuckDB as documented tables and views, and writes them
 * as Parquet: {@code CorpusDuckDb}, and the {@code duckdb} and {@code parquet} exporters of the
 * corpus module's {@code CorpusExporter} service.
 */
module org.policynarrative.duckdb {
  requires transitive org.policynarrative.core;
  requires transitive org.policynarrative.corpus;
  requires transitive java.sql;
  requires duckdb.jdbc;

  exports org.policynarrative.duckdb;

  provides org.policynarrative.corpus.CorpusExporter with
      org.policynarrative.duckdb.internal.DuckDbExporter,
      org.policynarrative.duckdb.internal.ParquetExporter;
}
