package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.CorpusReader;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.testing.GeneratedCorpus;

/**
 * A JSON Lines corpus wherever a file goes: validate reports every problem with its line and goes on
 * past a bad line, stats adds up, convert splits and joins, query asks across it and export loads it
 * into DuckDB. No message hints at Java.
 */
class CorpusCliTest {

  private static final NarrativeFormat JSONL = NarrativeFormats.installed().byName("jsonl").orElseThrow();
  private static final List<Narrative> EDITIONS = GeneratedCorpus.editions(12, 6, 3);

  private static Path corpus(Path dir, List<Narrative> narratives) throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      JSONL.writeCorpus(narratives.iterator(), out);
    }
    return file;
  }

  private static List<Narrative> read(Path file) throws IOException {
    List<Narrative> all = new ArrayList<>();
    try (CorpusReader reader = JSONL.readCorpus(Files.newInputStream(file))) {
      reader.forEachRemaining(e -> all.add(e.narrativeOrThrow()));
    }
    return all;
  }

  @Test
  void validateChecksEveryNarrativeOfACorpus(@TempDir Path dir) throws IOException {
    Path file = corpus(dir, EDITIONS.subList(0, 2));

    CliRun run = CliRun.run("validate", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly(file + ": 2 narratives, 2 valid, 0 with problems (0 problems), 0"
        + " unreadable lines (12 claims)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateReportsAProblemAndABadLineWithTheirLinesAndChecksTheRest(@TempDir Path dir) throws IOException {
    Narrative dangling = Narrative.builder().from(EDITIONS.get(3)).claims(List.of(Claim.builder()
        .from(EDITIONS.get(3).claims().get(0)).about(List.of(EntityRef.sector("nowhere"))).build())).build();
    Path file = corpus(dir, List.of(EDITIONS.get(0), EDITIONS.get(1), EDITIONS.get(2), dangling, dangling));
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(1, lines.get(1).substring(0, lines.get(1).length() / 2));   // truncated in the middle
    Files.write(file, lines, StandardCharsets.UTF_8);

    CliRun run = CliRun.run("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith("policy-narrative validate: " + file + ":2:")
        .contains("jsonl:");
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.outLines().get(0)).startsWith(file + ":4: " + dangling.id() + ": claims[0].about[0]: [");
    assertThat(run.outLines().get(1)).startsWith(file + ":5: " + dangling.id() + ": claims[0].about[0]: [");
    assertThat(run.outLines().get(2)).isEqualTo(file + ": 4 narratives, 2 valid, 2 with problems (2 problems),"
        + " 1 unreadable line (14 claims)");
    assertThat(run.out() + run.err()).doesNotContain("NarrativeJson").doesNotContain("readLines");
  }

  @Test
  void statsAddsUpOverTheCorpus(@TempDir Path dir) throws IOException {
    Path file = corpus(dir, EDITIONS);

    CliRun run = CliRun.run("stats", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo(file + ": 12 narratives");
    assertThat(run.outLines()).contains("narratives:   12", "claims:       72",
        "sectors:      " + 12 * GeneratedCorpus.SECTORS.size());
  }

  @Test
  void convertSplitsACorpusIntoADirectoryAndJoinsItBack(@TempDir Path dir) throws IOException {
    Path file = corpus(dir, EDITIONS);
    Path split = dir.resolve("split");

    CliRun splitting = CliRun.run("convert", file.toString(), split + "/");

    assertThat(splitting.status()).as(splitting.err()).isZero();
    assertThat(splitting.out()).contains("wrote 12 files (json)");
    try (Stream<Path> files = Files.list(split)) {
      assertThat(files.map(p -> p.getFileName().toString())).hasSize(12).contains("account-0.json",
          "account-0-2.json");
    }

    Path joined = dir.resolve("joined.jsonl");
    CliRun joining = CliRun.run("convert", split.toString(), joined.toString());

    assertThat(joining.status()).as(joining.err()).isZero();
    assertThat(joining.out()).contains("wrote " + joined + " (jsonl): 12 narratives, 72 claims");
    assertThat(new HashSet<>(read(joined))).isEqualTo(new HashSet<>(EDITIONS));
  }

  @Test
  void convertJoinsNamedFilesInTheOrderGivenAndCopiesACorpus(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    NarrativeFormats.installed().write(EDITIONS.get(4), a);
    NarrativeFormats.installed().write(EDITIONS.get(1), b);
    Path joined = dir.resolve("joined.jsonl");

    assertThat(CliRun.run("convert", b.toString(), a.toString(), joined.toString()).status()).isZero();
    assertThat(read(joined)).containsExactly(EDITIONS.get(1), EDITIONS.get(4));

    Path copy = dir.resolve("copy.jsonl");
    assertThat(CliRun.run("convert", joined.toString(), copy.toString()).status()).isZero();
    assertThat(Files.readString(copy)).isEqualTo(Files.readString(joined));
  }

  @Test
  void convertingACorpusToOneNarrativeFileSaysWhatToDo(@TempDir Path dir) throws IOException {
    Path file = corpus(dir, EDITIONS.subList(0, 2));
    Path out = dir.resolve("out.json");

    CliRun run = CliRun.run("convert", file.toString(), out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("more than one narrative").contains("directory").contains("corpus.jsonl")
        .doesNotContain("NarrativeJson");
    assertThat(out).doesNotExist();
    CliRun one = CliRun.run("convert", corpus(dir, EDITIONS.subList(0, 1)).toString(), out.toString());
    assertThat(one.status()).as(one.err()).isZero();
  }

  @Test
  void queryAsksAcrossTheCorpus(@TempDir Path dir) throws IOException {
    Path file = corpus(dir, EDITIONS);
    long expected = EDITIONS.stream().mapToLong(n -> n.claimsAbout(EntityRef.sector("agriculture")).size()).sum();

    CliRun about = CliRun.run("query", file.toString(), "--about", "sector:agriculture");
    CliRun sector = CliRun.run("query", file.toString(), "--sector", "agriculture");

    assertThat(about.status()).as(about.err()).isZero();
    assertThat(about.outLines()).hasSize((int) expected).allMatch(l -> l.split("\t").length == 6);
    assertThat(sector.status()).as(sector.err()).isZero();
    assertThat(sector.outLines()).isNotEmpty().allMatch(l -> l.split("\t", -1).length == 5);
    assertThat(CliRun.run("query", file.toString(), "--about", "agriculture").status()).isEqualTo(2);
  }

  @Test
  void exportLoadsTheCorpusIntoADuckDbDatabaseAndParquetFiles(@TempDir Path dir) throws Exception {
    Path file = corpus(dir, EDITIONS);
    Path database = dir.resolve("corpus.duckdb");

    CliRun run = CliRun.run("export", file.toString(), "--to", database.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote " + database + " (duckdb)");
    try (Connection db = new DuckDBDriver().connect("jdbc:duckdb:" + database, new Properties());
        Statement sql = db.createStatement(); ResultSet result = sql.executeQuery("SELECT count(*) FROM claims")) {
      result.next();
      assertThat(result.getLong(1)).isEqualTo(72);
    }

    Path tables = dir.resolve("tables");
    assertThat(CliRun.run("export", file.toString(), "--to", tables.toString()).status()).isZero();
    assertThat(tables.resolve("claims.parquet")).exists();
  }

  @Test
  void progressShowsOnStandardErrorWhenAskedAndNeverOtherwise(@TempDir Path dir) throws IOException {
    Path file = corpus(dir, EDITIONS);

    CliRun quiet = CliRun.run("validate", file.toString());
    CliRun shown = CliRun.run("--progress", "validate", file.toString());
    CliRun off = CliRun.run("--progress", "--quiet", "stats", file.toString());

    assertThat(quiet.err()).isEmpty();
    assertThat(shown.err()).contains("validating " + file + ": ").contains(" narratives, ").contains("%, ")
        .contains(" left").endsWith("\r");
    assertThat(shown.stdout()).isEqualTo(quiet.stdout());
    assertThat(off.err()).isEmpty();
  }

  @Test
  void aCorpusOnStandardInputIsReadLineByLine(@TempDir Path dir) throws IOException {
    byte[] bytes = Files.readAllBytes(corpus(dir, EDITIONS.subList(0, 3)));

    CliRun run = CliRun.withStdin(bytes, "validate", "--from", "jsonl", "-");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("<stdin>: 3 narratives, 3 valid");
  }

  @Test
  void aCommandThatTakesOneNarrativeSaysHowToSplitACorpus(@TempDir Path dir) throws IOException {
    Path file = corpus(dir, EDITIONS.subList(0, 2));

    CliRun run = CliRun.run("timeline", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("is a corpus of more than one narrative").contains("convert " + file + " DIR/")
        .doesNotContain("NarrativeJson");
    assertThat(CliRun.run("timeline", corpus(dir, EDITIONS.subList(0, 1)).toString()).status()).isZero();
  }
}
