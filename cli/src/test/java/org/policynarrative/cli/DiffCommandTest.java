package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.cli.internal.RootCommand;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;
import org.policynarrative.examples.reference.ReferenceRewrite;

/**
 * {@code diff A B} on the reference data set and its rewritten second edition: files in any
 * formats, the three reports, and the exit status of {@code diff}: 0 equal, 1 different, 2 trouble.
 */
class DiffCommandTest {

  @TempDir
  Path dir;

  private Path write(Narrative narrative, String name) throws IOException {
    Path file = dir.resolve(name);
    NarrativeFormats.installed().write(narrative, file);
    return file;
  }

  private Path reference(String name) throws IOException {
    return write(ReferenceNarrative.narrative(), name);
  }

  private Path rewrite(String name) throws IOException {
    return write(ReferenceRewrite.narrative(), name);
  }

  @Test
  void twoEditionsInTwoFormatsDifferItemByItem() throws IOException {
    Path a = reference("first.json");
    Path b = rewrite("second.md");

    CliRun run = CliRun.run("diff", a.toString(), b.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).startsWith("--- " + a + "  (economic-construction, version 2)",
        "+++ " + b + "  (economic-construction, version 3)");
    assertThat(run.outLines()).contains(
        "eras (2 changed, 1 removed, 1 added)",
        "  - the-2000s  The 2000s",
        "  + noughties  The noughties",
        
        "      name: Arduous March -> March of Hardship",
        "  - sengun-politics  Sengun politics",
        "      priorities[agriculture].mode: prioritized -> top-priority",
        "      anchor: moved 4743..4954 -> 4652..4863 (quote unchanged)",
        "  era renamed: Arduous March -> March of Hardship  (arduous-march)",
        "  era renamed (possibly): The 2000s -> The noughties  (the-2000s -> noughties)",
        "  policy line vanished: Sengun politics  (sengun-politics)",
        "  claim dropped: arduous-march-concluded  The \"Arduous March\" was concluded with the successful administration of \"Sengun …");
  }

  @Test
  void theSameNarrativeInTwoFormatsIsEqual() throws IOException {
    CliRun run = CliRun.run("diff", reference("a.json").toString(), reference("a.md").toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).last().isEqualTo("no differences");
  }

  @Test
  void theReportIsTextMarkdownOrJson() throws IOException {
    String a = reference("a.json").toString();
    String b = rewrite("b.json").toString();

    CliRun markdown = CliRun.run("diff", "--format", "markdown", a, b);
    CliRun json = CliRun.run("diff", "-f", "JSON", a, b);

    assertThat(markdown.status()).isEqualTo(1);
    assertThat(markdown.out()).startsWith("## Changes: `economic-construction 2` → `economic-construction 3`\n")
        .contains("| Era | Sector | Before | After |", "- **Policy line vanished:** Sengun politics (`sengun-politics`)");
    assertThat(json.status()).isEqualTo(1);
    assertThat(json.out()).startsWith("{\n  \"format\": \"policy-narrative-diff/1\",\n")
        .contains("\"equal\": false", "\"change\": \"moved\"").endsWith("}\n");
  }

  @Test
  void quietPrintsNothing() throws IOException {
    CliRun different = CliRun.run("diff", "-s", reference("a.json").toString(), rewrite("b.json").toString());
    CliRun same = CliRun.run("diff", "--silent", reference("c.json").toString(), reference("d.md").toString());

    assertThat(different.status()).isEqualTo(1);
    assertThat(same.status()).isZero();
    assertThat(different.out() + same.out() + different.err() + same.err()).isEmpty();
  }

  @Test
  void devNullIsNoNarrative() throws IOException {
    CliRun run = CliRun.run("diff", "/dev/null", reference("a.json").toString());

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.outLines().get(0)).startsWith("--- /dev/null");
    assertThat(run.outLines()).contains("claims (34 added)");
    assertThat(CliRun.run("diff", "/dev/null", "/dev/null").status()).isEqualTo(2);
  }

  @Test
  void standardInputIsOneSide() throws IOException {
    byte[] json = Files.readAllBytes(rewrite("b.json"));

    CliRun run = CliRun.withStdin(json, "diff", reference("a.md").toString(), "-", "--from", "json");

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.outLines().get(1)).startsWith("+++ -");
    CliRun both = CliRun.withStdin(json, "diff", "-", "-", "--from", "json");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("only one of A and B can be standard input");
  }

  @Test
  void troubleIsExitStatus2() throws IOException {
    Path good = reference("a.json");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"policy-narrative/1\", ");

    CliRun missing = CliRun.run("diff", good.toString(), dir.resolve("missing.json").toString());
    CliRun invalid = CliRun.run("diff", broken.toString(), good.toString());
    CliRun oneFile = CliRun.run("diff", good.toString());
    CliRun badReport = CliRun.run("diff", "--format", "yaml", good.toString(), good.toString());
    CliRun unknownFormat = CliRun.run("diff", good.toString(), Files.writeString(dir.resolve("x.txt"), "x").toString());

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.errLines()).singleElement().asString().startsWith("policy-narrative diff: ")
        .contains("missing.json");
    assertThat(invalid.status()).isEqualTo(2);
    assertThat(invalid.err()).contains("broken.json");
    assertThat(oneFile.status()).isEqualTo(2);
    assertThat(badReport.status()).isEqualTo(2);
    assertThat(badReport.err()).contains("--format yaml: not a report format; use text, markdown or json");
    assertThat(unknownFormat.status()).isEqualTo(2);
    assertThat(missing.out() + invalid.out() + oneFile.out() + badReport.out() + unknownFormat.out()).isEmpty();
  }

  @Test
  void outputThatCannotBeWrittenIsTrouble() throws IOException {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = RootCommand.run(new ByteArrayInputStream(new byte[0]), broken, err, Map.of(), "diff",
        reference("a.json").toString(), rewrite("b.json").toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write standard output: No space left on device");
  }

  @Test
  void gitArgumentsNameTheRepositoryPathAndADifferenceIsNoFailure() throws IOException {
    Path old = reference("tmp_economic-construction.json");
    Path current = rewrite("economic-construction.json");

    CliRun run = CliRun.run("diff", "--git", "data/economic-construction.json", old.toString(),
        "0123456789abcdef0123456789abcdef01234567", "100644", current.toString(), ".", "100644");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).startsWith("--- a/data/economic-construction.json  (economic-construction, version 2)",
        "+++ b/data/economic-construction.json  (economic-construction, version 3)");
    assertThat(CliRun.run("diff", "--git", old.toString(), current.toString()).status()).isEqualTo(2);
    assertThat(CliRun.run("diff", old.toString(), current.toString(), "x", "y").status()).isEqualTo(2);
  }

  @Test
  void gitsTemporaryFilesWithoutAnExtensionTakeThePathsFormat() throws IOException {
    Path old = Files.copy(reference("a.json"), dir.resolve("XXXXXX"));

    CliRun run = CliRun.run("diff", "--git", "economic-construction.json", old.toString(), "0", "100644",
        rewrite("b.json").toString(), "0", "100644");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("policy line vanished: Sengun politics");
  }
}
