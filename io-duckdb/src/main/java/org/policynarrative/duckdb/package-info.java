/**
 * A corpus in embedded DuckDB: {@link org.policynarrative.duckdb.CorpusDuckDb} loads a
 * {@link org.policynarrative.corpus.Corpus} into documented tables and views (narratives, claims,
 * claim references, eras, policy lines, priorities, sectors, actors, events, figures, ...) of a
 * DuckDB connection or database file, or writes them as Parquet files.
 */
package org.policynarrative.duckdb;
