package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;

/** {@code -} for standard input and output, with {@code --from} and {@code --to} naming the format. */
class StandardStreamsTest {

  /** How many claims the reference data set has; the reports below count them. */
  private static final int REFERENCE_CLAIMS = ReferenceNarrative.narrative().claims().size();

  @TempDir
  Path dir;

  private static byte[] reference(String format) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    NarrativeFormats.installed().byName(format).orElseThrow().write(ReferenceNarrative.narrative(), out);
    return out.toByteArray();
  }

  private static Narrative read(String format, byte[] bytes) throws IOException {
    return NarrativeFormats.installed().byName(format).orElseThrow().read(new ByteArrayInputStream(bytes));
  }

  @Test
  void convertReadsStandardInputIntoAFile() throws IOException {
    Path out = dir.resolve("out.json");
    CliRun run = CliRun.withStdin(reference("markdown"), "convert", "-", out.toString(), "--from", "markdown");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("wrote " + out + " (json) from <stdin> (markdown): " + REFERENCE_CLAIMS + " claims");
    assertThat(NarrativeFormats.installed().read(out)).isEqualTo(ReferenceNarrative.narrative());
  }

  @Test
  void convertWritesAFileToStandardOutputAndNothingElse() throws IOException {
    Path in = dir.resolve("in.json");
    Files.write(in, reference("json"));
    CliRun run = CliRun.run("convert", in.toString(), "-", "--to", "markdown");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.stdout()).isEqualTo(reference("markdown"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", ".MD", "markdown"})
  void aFormatIsNamedByNameOrExtension(String name) throws IOException {
    CliRun run = CliRun.withStdin(reference("markdown"), "convert", "-", "-", "--from", name, "--to", "jsonl");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(read("jsonl", run.stdout())).isEqualTo(ReferenceNarrative.narrative());
  }

  @Test
  void fromOverridesTheExtensionOfAFile() throws IOException {
    Path odd = dir.resolve("narrative.txt");
    Files.write(odd, reference("json"));
    CliRun run = CliRun.run("stats", "--from", "json", odd.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("claims:       " + REFERENCE_CLAIMS);
  }

  @Test
  void validateTimelineAndStatsReadStandardInput() throws IOException {
    CliRun validate = CliRun.withStdin(reference("json"), "validate", "-", "--from", "json");
    assertThat(validate.status()).as(validate.err()).isZero();
    assertThat(validate.out()).startsWith("<stdin>: valid (" + REFERENCE_CLAIMS + " claims)");

    CliRun timeline = CliRun.withStdin(reference("markdown"), "timeline", "--from", "markdown", "-");
    assertThat(timeline.status()).as(timeline.err()).isZero();
    assertThat(timeline.outLines().get(0)).endsWith("Basic line of socialist economic construction");

    CliRun stats = CliRun.withStdin(reference("jsonl"), "stats", "-", "--from", "jsonl");
    assertThat(stats.status()).as(stats.err()).isZero();
    assertThat(stats.out()).contains("claims:       " + REFERENCE_CLAIMS);
  }

  @Test
  void standardInputWithoutFromIsAUsageErrorThatListsTheFormats() {
    CliRun run = CliRun.withStdin("{}".getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_USAGE);
    assertThat(run.errLines()).singleElement().asString().isEqualTo("policy-narrative validate: standard input (-)"
        + " has no file extension to tell its format; name it with --from FORMAT, one of: json, jsonl, markdown,"
        + " yaml (see 'policy-narrative validate --help')");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void standardOutputWithoutToIsAUsageErrorBeforeAnythingIsRead() throws IOException {
    Path in = dir.resolve("in.json");
    Files.write(in, reference("json"));
    CliRun run = CliRun.run("convert", in.toString(), "-");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_USAGE);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("policy-narrative convert: standard output (-) has no file extension").contains("--to FORMAT");
    assertThat(run.stdout()).isEmpty();
  }

  @Test
  void anUnknownFormatNameIsAUsageError() {
    CliRun run = CliRun.run("convert", "-", "-", "--from", "docx", "--to", "json");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_USAGE);
    assertThat(run.errLines()).singleElement().asString().contains("--from docx: no installed format has this name"
        + " or extension; installed: html, json, jsonl, markdown, yaml");
  }

  @Test
  void standardInputCanBeValidatedOnlyOnce() {
    CliRun run = CliRun.run("validate", "--from", "json", "-", "-");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_USAGE);
    assertThat(run.errLines()).singleElement().asString().contains("standard input (-) can be given only once");
  }

  @Test
  void badInputOnStandardInputIsNamedAsSuch() {
    CliRun run = CliRun.withStdin("{\n  \"id\": [\n".getBytes(StandardCharsets.UTF_8),
        "convert", "-", "-", "--from", "json", "--to", "markdown");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    // Both errors of the read (the array where the id should be, then the truncation), each named <stdin>.
    assertThat(run.errLines()).hasSize(2).allSatisfy(line ->
        assertThat(line).startsWith("policy-narrative convert: <stdin>:"));
    assertThat(run.stdout()).isEmpty();
  }

  @Test
  void aFileNamedDashIsReachedAsDotSlashDash() throws IOException {
    Path dash = dir.resolve("-");
    Files.write(dash, reference("json"));
    CliRun run = CliRun.run("stats", "--from", "json", dash.toString());
    assertThat(run.status()).as(run.err()).isZero();
  }
}
