package org.policynarrative.duckdb.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.duckdb.DuckDBDriver;
import org.policynarrative.corpus.Corpus;

/** The database-file and Parquet exports, shared by the public facade and the exporter services. */
public final class Exports {

  private Exports() {}

  /** Writes the corpus to a DuckDB database file, atomically; returns how many narratives were loaded. */
  public static long exportDatabase(Corpus corpus, Path file) throws IOException {
    Objects.requireNonNull(corpus, "corpus");
    Path target = file.toAbsolutePath();
    Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      long count;
      try (Connection connection = open(temporary)) {
        count = Loader.load(corpus, connection);
        try (Statement sql = connection.createStatement()) {
          sql.execute("CHECKPOINT");
        }
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return count;
    } catch (SQLException e) {
      throw new IOException("DuckDB cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(temporary);
      Files.deleteIfExists(Path.of(temporary + ".wal"));
    }
  }

  /** Writes every table and view as a Parquet file in {@code directory}; returns how many narratives were loaded. */
  public static long exportParquet(Corpus corpus, Path directory) throws IOException {
    Objects.requireNonNull(corpus, "corpus");
    Path dir = directory.toAbsolutePath();
    Files.createDirectories(dir);
    Path temporary = dir.resolve(".policy-narrative-" + UUID.randomUUID() + ".duckdb.tmp");
    try (Connection connection = open(temporary)) {
      long count = Loader.load(corpus, connection);
      List<String> names = new ArrayList<>();
      Schema.TABLES.forEach(t -> names.add(t.name()));
      Schema.VIEWS.forEach(v -> names.add(v.name()));
      try (Statement sql = connection.createStatement()) {
        for (String name : names) {
          sql.execute("COPY " + name + " TO " + Schema.literal(dir.resolve(name + ".parquet").toString())
              + " (FORMAT parquet)");
        }
      }
      return count;
    } catch (SQLException e) {
      throw new IOException("DuckDB cannot write Parquet files to " + directory + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(temporary);
      Files.deleteIfExists(Path.of(temporary + ".wal"));
    }
  }

  /** A connection to a DuckDB database file, through the driver itself rather than DriverManager. */
  static Connection open(Path database) throws IOException {
    try {
      return new DuckDBDriver().connect("jdbc:duckdb:" + database, new Properties());
    } catch (SQLException e) {
      throw new IOException("DuckDB cannot open " + database + ": " + e.getMessage(), e);
    }
  }
}
