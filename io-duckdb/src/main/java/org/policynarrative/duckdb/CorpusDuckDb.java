package org.policynarrative.duckdb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.corpus.Corpus;
import org.policynarrative.duckdb.internal.Exports;
import org.policynarrative.duckdb.internal.Loader;
import org.policynarrative.duckdb.internal.Schema;

/**
 * Loads a corpus into embedded DuckDB: one table per kind of thing (narratives, sources, eras,
 * sectors, policy lines, the eras each line counts in, priorities, claims, claim references,
 * external identifiers, actors, line roles, events, event participants, figures, assessments) and
 * two views that answer as core's queries do ({@code sector_priority_matrix} as
 * {@link org.policynarrative.core.SectorPriorityMatrix}, {@code claims_about} as
 * {@link org.policynarrative.core.Narrative#claimsAbout}). Every table and column carries a
 * {@code COMMENT} that says what it holds ({@code SELECT * FROM duckdb_columns()}); every row joins
 * on {@code narrative}, the line of the corpus where its narrative starts.
 *
 * <pre>{@code
 * CorpusDuckDb.create().exportDatabase(Corpus.open(Path.of("corpus.jsonl")), Path.of("corpus.duckdb"));
 * }</pre>
 *
 * <p>The corpus is read once, narrative by narrative, and appended through DuckDB's appender; DuckDB
 * keeps what it loads on disk for a database file. Immutable and safe to share between threads.
 */
public final class CorpusDuckDb {

  private static final CorpusDuckDb INSTANCE = new CorpusDuckDb();

  private CorpusDuckDb() {}

  /** {@return the loader} */
  public static CorpusDuckDb create() {
    return INSTANCE;
  }

  /** {@return the names of the tables, in load order} */
  public static List<String> tables() {
    return Schema.TABLES.stream().map(Schema.Table::name).toList();
  }

  /** {@return the names of the views} */
  public static List<String> views() {
    return Schema.VIEWS.stream().map(Schema.View::name).toList();
  }

  /**
   * Creates the tables and views in an open DuckDB connection (whose database must not have them
   * yet) and loads the corpus into them, in one transaction: with auto-commit (JDBC's default), it is
   * committed when the load completes and rolled back when it fails; otherwise it is the caller's
   * transaction, left open.
   *
   * @param corpus the corpus
   * @param connection a connection to DuckDB, left open
   * @return how many narratives were loaded
   * @throws NarrativeFormatException when an entry of the corpus cannot be read
   * @throws IOException when reading the corpus fails
   * @throws SQLException when DuckDB refuses a statement, such as a table that exists already
   */
  public long load(Corpus corpus, Connection connection) throws IOException, SQLException {
    return Loader.load(Objects.requireNonNull(corpus, "corpus"), Objects.requireNonNull(connection, "connection"));
  }

  /**
   * Writes the corpus to a DuckDB database file, replacing it: the database is built under a
   * temporary name beside it and renamed when complete, so {@code file} is either the old file or the
   * whole new database.
   *
   * @param corpus the corpus
   * @param file the database file, such as {@code corpus.duckdb}
   * @return how many narratives were loaded
   * @throws NarrativeFormatException when an entry of the corpus cannot be read; {@code file} is then unchanged
   * @throws IOException when reading the corpus or writing the database fails; {@code file} is then unchanged
   */
  public long exportDatabase(Corpus corpus, Path file) throws IOException {
    return Exports.exportDatabase(Objects.requireNonNull(corpus, "corpus"), Objects.requireNonNull(file, "file"));
  }

  /**
   * Writes every table and view of the corpus as a Parquet file ({@code narratives.parquet},
   * {@code claims.parquet}, ...) in {@code directory}, which is created if missing; files of the same
   * names are replaced. The tables are built in a temporary DuckDB database in the directory, removed
   * afterwards, so memory stays bounded.
   *
   * @param corpus the corpus
   * @param directory where the Parquet files go
   * @return how many narratives were loaded
   * @throws NarrativeFormatException when an entry of the corpus cannot be read; no file is then written
   * @throws IOException when reading the corpus or writing a file fails
   */
  public long exportParquet(Corpus corpus, Path directory) throws IOException {
    return Exports.exportParquet(Objects.requireNonNull(corpus, "corpus"), Objects.requireNonNull(directory, "directory"));
  }
}
