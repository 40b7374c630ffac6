package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;

/**
 * Issue 22, item 5: {@code convert} never writes a file that the tool then refuses to read. Every
 * format has the same default limit; a writer refuses, at once and leaving OUT as it was, a document
 * its reader would refuse; {@code --max-document-size} raises the limit of reading and writing alike,
 * and every message about a limit names it (not the Java method a library user calls).
 */
class DocumentLimitsCliTest {

  private static final List<String> EXTENSIONS = List.of("json", "jsonl", "md", "yaml");

  @TempDir
  Path dir;

  @Test
  void convertEitherWritesWhatReadsBackWithTheSameLimitOrRefusesNamingTheOption() throws IOException {
    // A limit between the sizes of the reference in its four formats: some of them fit, some do not.
    List<Long> sizes = new ArrayList<>();
    for (String extension : EXTENSIONS) {
      Path file = dir.resolve("in." + extension);
      NarrativeFormats.installed().write(ReferenceNarrative.narrative(), file);
      sizes.add(Files.size(file));
    }
    long smallest = sizes.stream().mapToLong(Long::longValue).min().orElseThrow();
    long limit = smallest % 512 == 0 ? smallest + 1_001 : smallest + 1_000;   // twice it is not a whole KiB
    assertThat(sizes).as("the formats differ in size around the limit").anyMatch(size -> size > limit);
    String option = Long.toString(limit);

    int written = 0;
    int refused = 0;
    for (String from : EXTENSIONS) {
      Path in = dir.resolve("in." + from);
      if (Files.size(in) > limit) {
        continue;
      }
      for (String to : EXTENSIONS) {
        Path out = dir.resolve("out-" + from + "." + to);
        Files.writeString(out, "old content");
        CliRun convert = CliRun.run("convert", "--max-document-size", option, in.toString(), out.toString());
        if (convert.status() == 0) {
          written++;
          CliRun stats = CliRun.run("stats", "--max-document-size", option, out.toString());
          assertThat(stats.status()).as("%s -> %s reads back: %s", from, to, stats.err()).isZero();
        } else {
          refused++;
          assertThat(convert.status()).isEqualTo(1);
          assertThat(convert.errLines()).as("%s -> %s", from, to).singleElement().asString()
              .startsWith("policy-narrative convert: " + out + ":")
              .contains("to write is longer than the maximum document length of " + String.format("%,d", limit))
              .contains("so it would not read back; to write it, raise the limit with --max-document-size, such as"
                  + " --max-document-size " + 2 * limit + " (and read it with the same limit)")
              .doesNotContain("withMaxDocumentLength");
          assertThat(Files.readString(out)).as("OUT is left as it was").isEqualTo("old content");
        }
      }
    }
    assertThat(written).as("conversions written").isPositive();
    assertThat(refused).as("conversions refused").isPositive();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left")
          .allMatch(name -> name.startsWith("in.") || name.startsWith("out-"));
    }
  }

  @Test
  void raisingTheLimitWritesAndReadsWhatTheDefaultRefuses() throws IOException {
    Path in = dir.resolve("in.json");
    NarrativeFormats.installed().write(ReferenceNarrative.narrative(), in);
    Path out = dir.resolve("out.yaml");
    long size = Files.size(in);

    CliRun tooSmall = CliRun.run("convert", "--max-document-size", "1K", in.toString(), out.toString());
    assertThat(tooSmall.status()).isEqualTo(1);
    assertThat(tooSmall.err()).contains("in.json: json: the document is longer than the maximum document length"
        + " of 1,024 bytes; to read it, raise the limit with --max-document-size, such as --max-document-size 2K");
    assertThat(out).doesNotExist();

    String raised = (2 * size) + "";
    assertThat(CliRun.run("convert", in.toString(), out.toString(), "--max-document-size", raised).status()).isZero();
    assertThat(CliRun.run("--max-document-size", raised, "stats", out.toString()).status()).isZero();
  }

  @Test
  void aDocumentTooLongToWriteToStandardOutputIsRefusedNamingTheOption() throws IOException {
    Path in = dir.resolve("in.jsonl");
    NarrativeFormats.installed().write(ReferenceNarrative.narrative(), in);
    String limit = Long.toString(Files.size(in));

    CliRun run = CliRun.run("convert", "--max-document-size", limit, "--to", "yaml", in.toString(), "-");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("policy-narrative convert: <stdout>: yaml: the document to write is longer than")
        .contains("raise the limit with --max-document-size");
  }

  @Test
  void theDefaultsConvertAMarkdownFileWithAStringOfMillionsOfCharactersToJsonAndBack() throws IOException {
    // Past the 1,000,000 characters JSON once allowed a string: convert wrote the JSON, then refused it.
    Narrative large = Narrative.builder().from(ReferenceNarrative.narrative())
        .description("A long description. ".repeat(75_000)).build();
    Path markdown = dir.resolve("large.md");
    NarrativeFormats.installed().write(large, markdown);
    Path json = dir.resolve("large.json");
    Path again = dir.resolve("again.md");

    assertThat(CliRun.run("convert", markdown.toString(), json.toString()).status()).isZero();
    CliRun stats = CliRun.run("stats", json.toString());
    assertThat(stats.status()).as(stats.err()).isZero();
    CliRun back = CliRun.run("convert", json.toString(), again.toString());
    assertThat(back.status()).as(back.err()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(markdown));
  }
}
