package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;

class PolicyNarrativeCliTest {

  /** How many claims the reference data set has; the reports below count them. */
  private static final int REFERENCE_CLAIMS = ReferenceNarrative.narrative().claims().size();

  @TempDir
  Path dir;

  private Path reference(String name) throws IOException {
    Path file = dir.resolve(name);
    NarrativeFormats.installed().write(ReferenceNarrative.narrative(), file);
    return file;
  }

  // ------------------------------------------------------------------------------ help and usage

  @Test
  void helpListsTheSubcommands() {
    CliRun run = CliRun.run("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: policy-narrative", "convert", "validate", "diff", "timeline", "stats",
        "formats", "completion", "--plugins", "POLICY_NARRATIVE_PLUGINS", "Exit status:");
  }

  @Test
  void versionIsThePomVersion() {
    String pomVersion = System.getProperty("policy-narrative.version");
    assertThat(pomVersion).as("set by surefire from the POM").isNotBlank();
    CliRun run = CliRun.run("--version");
    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo("policy-narrative " + pomVersion);
    assertThat(run.outLines().get(1)).startsWith("Java " + System.getProperty("java.version"));
  }

  @Test
  void formatsListsNameExtensionsMediaTypeAndReadWrite() {
    CliRun run = CliRun.run("formats");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines().get(0)).matches("NAME +EXTENSIONS +MEDIA TYPE +CAN +FROM");
    // The examples' YAML adapter is on the test class path: a third-party format, found like the library's own.
    assertThat(run.outLines()).hasSize(6);
    assertThat(run.outLines().get(1)).matches("html +\\.html \\.htm +text/html +write +\\S+");
    assertThat(run.outLines().get(2)).matches("json +\\.json +application/json +read, write +\\S+");
    assertThat(run.outLines().get(3)).matches("jsonl +\\.jsonl +application/jsonl +read, write +\\S+");
    assertThat(run.outLines().get(4)).matches("markdown +\\.md \\.markdown +text/markdown +read, write +\\S+");
    assertThat(run.outLines().get(5)).matches("yaml +\\.yaml \\.yml +application/yaml +read, write +\\S*examples\\S*");
  }

  @Test
  void thePublicEntryPointReadsAndWritesTheGivenStreams() throws IOException {
    byte[] markdown = Files.readAllBytes(reference("reference.md"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = PolicyNarrativeCli.run(new ByteArrayInputStream(markdown), out, err,
        "convert", "-", "-", "--from", "markdown", "--to", "json");
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(NarrativeFormats.installed().byName("json").orElseThrow()
        .read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(ReferenceNarrative.narrative());
  }

  @ParameterizedTest
  @ValueSource(strings = {"init", "convert", "validate", "anchor", "coverage", "codes", "diff", "timeline", "stats", "formats",
      "completion"})
  void everySubcommandHasHelp(String subcommand) {
    CliRun run = CliRun.run(subcommand, "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: policy-narrative " + subcommand);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void noSubcommandIsAOneLineUsageError() {
    CliRun run = CliRun.run();
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_USAGE);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("policy-narrative: ").contains("subcommand is required").contains("--help");
  }

  @Test
  void aMissingParameterIsAOneLineUsageError() {
    CliRun run = CliRun.run("convert", "only-one.json");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_USAGE);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("policy-narrative convert: ").contains("OUT").contains("policy-narrative convert --help");
  }

  @Test
  void anUnknownOptionIsAOneLineUsageError() {
    CliRun run = CliRun.run("stats", "--frobnicate", "x.json");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_USAGE);
    assertThat(run.errLines()).singleElement().asString().contains("--frobnicate");
  }

  // ------------------------------------------------------------------------------------- convert

  @Test
  void convertsJsonToMarkdownAndYamlAndBackWithoutLoss() throws IOException {
    Path json = reference("reference.json");
    Path md = dir.resolve("reference.md");
    Path yaml = dir.resolve("reference.yaml");
    Path back = dir.resolve("back.json");

    CliRun toMd = CliRun.run("convert", json.toString(), md.toString());
    assertThat(toMd.status()).as(toMd.err()).isZero();
    assertThat(toMd.out()).contains("(markdown)", "(json)", REFERENCE_CLAIMS + " claims");
    assertThat(CliRun.run("convert", md.toString(), yaml.toString()).status()).isZero();
    assertThat(CliRun.run("convert", yaml.toString(), back.toString()).status()).isZero();

    NarrativeFormats formats = NarrativeFormats.installed();
    assertThat(formats.read(back)).isEqualTo(ReferenceNarrative.narrative());
    assertThat(formats.read(yaml)).isEqualTo(ReferenceNarrative.narrative());
  }

  @Test
  void convertRefusesToOverwriteItsInput() throws IOException {
    Path json = reference("same.json");
    byte[] before = Files.readAllBytes(json);
    CliRun run = CliRun.run("convert", json.toString(), dir.resolve(".").resolve("same.json").toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString().contains("refusing to overwrite the input");
    assertThat(Files.readAllBytes(json)).isEqualTo(before);
  }

  @Test
  void convertWritesNothingWhenTheInputIsBroken() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"id\": \"x\",\n  \"title\": [\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.md");
    Files.writeString(out, "keep me", StandardCharsets.UTF_8);

    CliRun run = CliRun.run("convert", broken.toString(), out.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    // Every error of the read, one a line: the array where the title should be, then the truncation.
    assertThat(run.errLines()).hasSize(2).allSatisfy(line -> assertThat(line)
        .startsWith("policy-narrative convert: " + broken + ":").contains(": json: "));
    assertThat(run.errLines().get(0)).contains(":3:12: json: expected a string, but found an array");
    assertThat(run.errLines().get(1)).contains(":4:1: json: the input ends before the JSON value is complete");
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(Files.readString(out)).isEqualTo("keep me");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("broken.json", "out.md");
    }
  }

  @Test
  void convertRejectsAnUnknownOutputExtensionBeforeReading() throws IOException {
    Path json = reference("in.json");
    CliRun run = CliRun.run("convert", json.toString(), dir.resolve("out.docx").toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString()
        .contains("no installed format writes").contains(".json", ".md", ".yaml");
    assertThat(dir.resolve("out.docx")).doesNotExist();
  }

  @Test
  void aFailedWriteIsOneLineAndLeavesNoFile() throws IOException {
    Path json = reference("in.json");
    Path notADirectory = dir.resolve("plain-file");
    Files.writeString(notADirectory, "x", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("convert", json.toString(), notADirectory.resolve("out.md").toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString().isEqualTo("policy-narrative convert: cannot write "
        + notADirectory.resolve("out.md") + ": " + notADirectory + " is a file, not a directory");
    assertThat(Files.readString(notADirectory)).isEqualTo("x");
  }

  @Test
  void aMissingInputIsOneLine() {
    CliRun run = CliRun.run("convert", dir.resolve("nope.json").toString(), dir.resolve("out.md").toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString().isEqualTo(
        "policy-narrative convert: no such file: " + dir.resolve("nope.json"));
  }

  @Test
  void verbosePrintsTheStackTrace() {
    CliRun run = CliRun.run("--verbose", "timeline", dir.resolve("nope.json").toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines().get(0)).isEqualTo("policy-narrative timeline: no such file: " + dir.resolve("nope.json"));
    assertThat(run.err()).contains("\tat ");
    CliRun after = CliRun.run("timeline", "--verbose", dir.resolve("nope.json").toString());
    assertThat(after.err()).contains("\tat ");
  }

  @Test
  void convertWritesAReportWithTheSourceTextsItIsGiven() throws IOException {
    Path json = reference("reference.json");
    Path text = dir.resolve("economic-construction.txt");
    Files.writeString(text, ReferenceNarrative.sourceText().text(), StandardCharsets.UTF_8);
    Path report = dir.resolve("report.html");

    CliRun run = CliRun.run("convert", "-t", ReferenceNarrative.ID + "=" + text, json.toString(), report.toString());
    assertThat(run.status()).as(run.err()).isZero();
    int claims = ReferenceNarrative.narrative().claims().size();
    assertThat(run.out()).isEqualTo("wrote " + report + " (html) from " + json + " (json): " + claims + " claims"
        + System.lineSeparator());
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("id=\"source-texts\"");
    assertThat(html.split("<mark class=\"quote\" id=", -1)).hasSize(claims + 1);

    Path plain = dir.resolve("plain.htm");
    assertThat(CliRun.run("convert", json.toString(), plain.toString()).status()).isZero();
    assertThat(Files.readString(plain, StandardCharsets.UTF_8)).doesNotContain("id=\"source-texts\"")
        .contains("id=\"claim-" + ReferenceNarrative.narrative().claims().get(0).id() + "\"");
  }

  @Test
  void convertRefusesSourceTextsForAFormatThatDoesNotShowThemBeforeReading() throws IOException {
    Path json = reference("reference.json");
    CliRun run = CliRun.run("convert", "-t", "x=" + dir.resolve("missing.txt"), json.toString(),
        dir.resolve("out.md").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("policy-narrative convert: --source-text: format 'markdown' does"
        + " not show source texts, so it would leave them out; only the html format (a report, .html) includes them");
    assertThat(dir.resolve("out.md")).doesNotExist();
  }

  @Test
  void convertNamesASourceTextTheNarrativeHasNoSourceFor() throws IOException {
    Path json = reference("reference.json");
    Path text = dir.resolve("other.txt");
    Files.writeString(text, "Some other text.", StandardCharsets.UTF_8);
    Path report = dir.resolve("report.html");
    CliRun run = CliRun.run("convert", "--source-text", "other=" + text, json.toString(), report.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith("policy-narrative convert: ")
        .contains(report.toString(), "source 'other'", "its sources: economic-construction");
    assertThat(report).doesNotExist();
    Path html = Files.writeString(dir.resolve("r.html"), "<!DOCTYPE html>");
    assertThat(CliRun.run("convert", html.toString(), dir.resolve("r.json").toString()).err())
        .contains("format 'html' is write-only");
  }

  // ------------------------------------------------------------------------------------ validate

  @Test
  void validateReportsAValidFileAndChecksAnchorsAgainstTheSourceText() throws IOException {
    Path json = reference("reference.json");
    Path text = dir.resolve("economic-construction.txt");
    Files.writeString(text, ReferenceNarrative.sourceText().text(), StandardCharsets.UTF_8);

    CliRun run = CliRun.run("validate", "--source-text", ReferenceNarrative.ID + "=" + text, json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(json + ": valid (" + REFERENCE_CLAIMS + " claims); anchors checked against the text of "
        + ReferenceNarrative.ID + " (" + text + ")" + System.lineSeparator());
  }

  @Test
  void validateListsProblemsWithPathAndCodeAndExitsOne() throws IOException {
    Narrative reference = ReferenceNarrative.narrative();
    Claim first = reference.claims().get(0);
    Narrative broken = Narrative.builder().id("broken").title("Broken").language("en").version("1")
        .addAllSources(reference.sources())
        .addClaims(Claim.builder().id("dangling").statement("About nothing.").kind(ClaimKind.CHARACTERISATION)
            .addAbout(EntityRef.sector("no-such-sector")).assertedBy("someone").anchor(first.anchor()).build())
        .build();
    Path file = dir.resolve("broken.json");
    NarrativeFormats.installed().write(broken, file);
    Path good = reference("good.yaml");

    CliRun run = CliRun.run("validate", file.toString(), good.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.err()).isEmpty();
    String unchecked = "; anchors not checked: no source text was given (add -t " + ReferenceNarrative.ID
        + "=FILE to check them against the text)";
    assertThat(run.out().lines()).containsExactly(
        file + ":" + placeOf(file, "\"sector:no-such-sector\"") + ": claims[0].about[0]: [unknown-reference] refers to sector 'no-such-sector', which the narrative"
            + " does not have",
        file + ": 1 problem (1 claims)" + unchecked,
        good + ": valid (" + REFERENCE_CLAIMS + " claims)" + unchecked);
  }

  @Test
  void validateFindsAnchorsThatNoLongerMatchTheText() throws IOException {
    Path json = reference("reference.json");
    Path text = dir.resolve("edited.txt");
    Files.writeString(text, ReferenceNarrative.sourceText().text().replace("rock-solid", "solid"),
        StandardCharsets.UTF_8);

    CliRun run = CliRun.run("validate", "-t", ReferenceNarrative.ID + "=" + text, json.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.out()).contains("[source-hash-mismatch]", "[quote-not-found]", "[offsets-mismatch]");
  }

  @Test
  void validateGoesOnAfterAnUnreadableFile() throws IOException {
    Path good = reference("good.json");
    Path missing = dir.resolve("missing.json");
    CliRun run = CliRun.run("validate", missing.toString(), good.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).containsExactly("policy-narrative validate: no such file: " + missing);
    assertThat(run.out()).contains(good + ": valid");
  }

  @Test
  void validateComplainsAboutASourceTextNoFileUses() throws IOException {
    Path good = reference("good.json");
    Path text = dir.resolve("other.txt");
    Files.writeString(text, "Some other text.", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("validate", "--source-text", "other-source=" + text, good.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString().contains("no file has a source 'other-source'");
  }

  // ---------------------------------------------------------------------------- timeline, stats

  @Test
  void timelinePrintsErasAndLinesInOrderWithTheSourcesWording() throws IOException {
    CliRun run = CliRun.run("timeline", reference("reference.md").toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("Juche 42 (1953) ").contains("policy-line")
        .endsWith("Basic line of socialist economic construction");
    assertThat(lines.get(1)).startsWith("Juche 42 (1953)/").contains("era").endsWith("From Juche 42 (1953)");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("199X").endsWith("Arduous March"));
    assertThat(lines.get(lines.size() - 1)).startsWith("2016-05").endsWith("Five-year strategy for national economic development");
  }

  @Test
  void statsCountsEntitiesAndClaims() throws IOException {
    CliRun run = CliRun.run("stats", reference("reference.json").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("eras:         5", "sectors:      16", "policy lines: 8",
        "actors:       4", "events:       5", "claims:       " + REFERENCE_CLAIMS, "causal-attribution", "unverified           " + REFERENCE_CLAIMS,
        ReferenceNarrative.ASSERTED_BY + ": " + REFERENCE_CLAIMS);
  }

  /** {@code LINE:COLUMN} of the first occurrence of {@code value} in a file, 1-based. */
  static String placeOf(Path file, String value) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(value);
      if (column >= 0) {
        return (i + 1) + ":" + (column + 1);
      }
    }
    throw new AssertionError(value + " is not in " + file);
  }
}
