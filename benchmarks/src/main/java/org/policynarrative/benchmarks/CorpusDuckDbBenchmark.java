package org.policynarrative.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.duckdb.DuckDBDriver;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Narrative;
import org.policynarrative.corpus.Corpus;
import org.policynarrative.corpus.CorpusClaim;
import org.policynarrative.duckdb.CorpusDuckDb;
import org.policynarrative.json.NarrativeJson;

/**
 * A timed benchmark (not JMH: one load of a million claims takes tens of seconds, too long for
 * JMH's iterations): the streaming Java query "claims about a sector" over a JSON Lines corpus,
 * against loading the same corpus into DuckDB once and asking the same question in SQL.
 *
 * <pre>{@code
 * benchmarks/run-corpus.sh [NARRATIVES [CLAIMS-EACH]]     # default 10,000 x 100 = 1,000,000 claims
 * }</pre>
 *
 * <p>Prints the median of each measurement and the ratios, all from one run on one machine.
 */
public final class CorpusDuckDbBenchmark {

  private static final EntityRef SECTOR = EntityRef.sector("heavy-industry");
  private static final String SQL = "SELECT count(*) FROM claims_about WHERE entity_kind = 'sector'"
      + " AND entity_id = 'heavy-industry'";

  private CorpusDuckDbBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the number of narratives and the claims of each
   * @throws Exception when the corpus cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    int narratives = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int claimsEach = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    Path dir = Files.createTempDirectory("corpus-benchmark");
    Path corpusFile = dir.resolve("corpus.jsonl");
    Path database = dir.resolve("corpus.duckdb");
    try {
      Narrative base = NarrativeGenerator.corpus(claimsEach).narrative();
      try (OutputStream out = Files.newOutputStream(corpusFile);
          Stream<Narrative> all = LongStream.range(0, narratives)
              .mapToObj(i -> Narrative.builder().from(base).id("narrative-" + i).build())) {
        NarrativeJson.create().writeLines(all, out);
      }
      System.out.printf(Locale.ROOT, "corpus: %,d narratives x %,d claims = %,d claims, %,d MB of JSON Lines%n",
          narratives, claimsEach, (long) narratives * claimsEach, Files.size(corpusFile) >> 20);
      Corpus corpus = Corpus.open(corpusFile);

      long expected = javaQuery(corpus);   // warm-up
      double[] java = new double[3];
      for (int i = 0; i < java.length; i++) {
        long start = System.nanoTime();
        long found = javaQuery(corpus);
        java[i] = seconds(start);
        check(found, expected);
      }

      double[] load = new double[2];
      for (int i = 0; i < load.length; i++) {
        Files.deleteIfExists(database);
        long start = System.nanoTime();
        CorpusDuckDb.create().exportDatabase(corpus, database);
        load[i] = seconds(start);
      }

      double[] sql = new double[5];
      try (Connection db = new DuckDBDriver().connect("jdbc:duckdb:" + database, new Properties())) {
        check(sqlQuery(db), expected);   // warm-up
        for (int i = 0; i < sql.length; i++) {
          long start = System.nanoTime();
          long found = sqlQuery(db);
          sql[i] = seconds(start);
          check(found, expected);
        }
      }
      double j = median(java);
      double l = median(load);
      double s = median(sql);
      System.out.printf(Locale.ROOT, "answer: %,d claims about %s%n", expected, SECTOR);
      System.out.printf(Locale.ROOT, "java streaming query (median of %d): %.2f s%n", java.length, j);
      System.out.printf(Locale.ROOT, "duckdb load, database file (median of %d): %.2f s%n", load.length, l);
      System.out.printf(Locale.ROOT, "duckdb query (median of %d): %.4f s%n", sql.length, s);
      System.out.printf(Locale.ROOT, "ratio load / java query: %.2fx%n", l / j);
      System.out.printf(Locale.ROOT, "ratio (load + one query) / java query: %.2fx%n", (l + s) / j);
      System.out.printf(Locale.ROOT, "ratio java query / duckdb query: %.0fx%n", j / s);
      System.out.printf(Locale.ROOT, "duckdb pays off after %.1f queries%n", l / (j - s));
    } finally {
      Files.deleteIfExists(corpusFile);
      Files.deleteIfExists(database);
      Files.deleteIfExists(dir);
    }
  }

  private static long javaQuery(Corpus corpus) throws IOException {
    try (Stream<CorpusClaim> claims = corpus.claimsAbout(SECTOR)) {
      return claims.count();
    }
  }

  private static long sqlQuery(Connection db) throws SQLException {
    try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(SQL)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void check(long found, long expected) {
    if (found != expected) {
      throw new IllegalStateException("the query found " + found + " claims, expected " + expected);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
