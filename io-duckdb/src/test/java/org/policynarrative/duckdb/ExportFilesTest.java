package org.policynarrative.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.corpus.Corpus;
import org.policynarrative.corpus.CorpusExporter;
import org.policynarrative.testing.GeneratedCorpus;

/** A JSON Lines corpus exported to a DuckDB database file and to Parquet files, read back with SQL. */
class ExportFilesTest {

  private static final List<Narrative> EDITIONS = GeneratedCorpus.editions(25, 10, 5);

  private static Path jsonLines(Path dir) throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      NarrativeFormats.installed().byName("jsonl").orElseThrow().writeCorpus(EDITIONS.iterator(), out);
    }
    return file;
  }

  private static long count(Connection db, String query) throws SQLException {
    try (Statement sql = db.createStatement(); ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  @Test
  void aDatabaseFileHoldsEveryNarrativeAndClaimAndReplacesAnOldOne(@TempDir Path dir) throws Exception {
    Path database = dir.resolve("corpus.duckdb");
    Files.writeString(database, "an old file");

    long loaded = CorpusDuckDb.create().exportDatabase(Corpus.open(jsonLines(dir)), database);

    assertThat(loaded).isEqualTo(EDITIONS.size());
    try (Connection db = new DuckDBDriver().connect("jdbc:duckdb:" + database, new Properties())) {
      assertThat(count(db, "SELECT count(*) FROM narratives")).isEqualTo(EDITIONS.size());
      assertThat(count(db, "SELECT count(*) FROM claims"))
          .isEqualTo(EDITIONS.stream().mapToLong(n -> n.claims().size()).sum());
      assertThat(count(db, "SELECT count(*) FROM sector_priority_matrix")).isPositive();
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("corpus.jsonl", "corpus.duckdb");
    }
  }

  @Test
  void parquetFilesHoldEveryTableAndView(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("tables");
    CorpusDuckDb.create().exportParquet(Corpus.open(jsonLines(dir)), out);

    List<String> expected = new ArrayList<>();
    CorpusDuckDb.tables().forEach(t -> expected.add(t + ".parquet"));
    CorpusDuckDb.views().forEach(v -> expected.add(v + ".parquet"));
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
    }
    try (Connection db = new DuckDBDriver().connect("jdbc:duckdb:", new Properties())) {
      assertThat(count(db, "SELECT count(*) FROM '" + out.resolve("claims.parquet") + "'"))
          .isEqualTo(EDITIONS.stream().mapToLong(n -> n.claims().size()).sum());
    }
  }

  @Test
  void aBadLineFailsTheExportWithItsLineAndLeavesTheOldDatabase(@TempDir Path dir) throws Exception {
    Path corpus = jsonLines(dir);
    List<String> lines = new ArrayList<>(Files.readAllLines(corpus, StandardCharsets.UTF_8));
    lines.set(4, "{\"format\":");
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    Path database = dir.resolve("corpus.duckdb");
    Files.writeString(database, "the old one");

    assertThatThrownBy(() -> CorpusDuckDb.create().exportDatabase(Corpus.open(corpus), database))
        .isInstanceOf(NarrativeFormatException.class).hasMessageStartingWith(corpus + ":5:");
    assertThat(Files.readString(database)).isEqualTo("the old one");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).hasSize(2);
    }
  }

  @Test
  void theExportersClaimTheirTargets(@TempDir Path dir) {
    CorpusExporter duckdb = CorpusExporter.installed().get(0);
    CorpusExporter parquet = CorpusExporter.installed().get(1);
    assertThat(duckdb.claims(Path.of("x.duckdb"))).isTrue();
    assertThat(duckdb.claims(dir)).isFalse();
    assertThat(parquet.claims(dir)).isTrue();
    assertThat(parquet.claims(Path.of("tables"))).isTrue();
    assertThat(parquet.claims(Path.of("x.duckdb"))).isFalse();
  }
}
