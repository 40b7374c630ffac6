package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;

/**
 * Every error names the user's path, says what is wrong and, where there is one, what to do; it is
 * one line, never names a temporary file and has no stack trace (that needs {@code --verbose}).
 * One test per case that was reported by hand.
 */
class CliErrorsTest {

  /** How many claims the reference data set has; the reports below count them. */
  private static final int REFERENCE_CLAIMS = ReferenceNarrative.narrative().claims().size();

  @TempDir
  Path dir;

  private CliRun last;

  private Path reference(String name) throws IOException {
    Path file = dir.resolve(name);
    NarrativeFormats.installed().write(ReferenceNarrative.narrative(), file);
    return file;
  }

  private CliRun run(String... args) {
    last = CliRun.run(args);
    return last;
  }

  /** What every error must keep, checked after each test. */
  @AfterEach
  void errorsAreOneLineWithoutStackTraceOrTemporaryFile() throws IOException {
    if (last != null && last.status() != 0) {
      assertThat(last.errLines()).hasSize(1);
      assertThat(last.err()).doesNotContain("\tat ", "Exception", ".tmp");
    }
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void aDirectoryAsInputIsNamedAsADirectory() {
    Path input = dir.resolve("data.json");
    assertThat(input.toFile().mkdir()).isTrue();
    CliRun run = run("convert", input.toString(), dir.resolve("out.md").toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.err()).isEqualTo("policy-narrative convert: cannot read " + input
        + ": it is a directory; give the narrative file to read" + System.lineSeparator());
    assertThat(dir.resolve("out.md")).doesNotExist();
  }

  @Test
  void aDirectoryAsInputOfValidateIsNamedToo() {
    CliRun run = run("validate", dir.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.err()).contains("cannot read " + dir + ": it is a directory");
  }

  @Test
  void aDirectoryAsOutputIsNamedAsADirectory() throws IOException {
    Path input = reference("in.md");
    Path output = dir.resolve("out.json");
    assertThat(output.toFile().mkdir()).isTrue();
    CliRun run = run("convert", input.toString(), output.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.err()).isEqualTo("policy-narrative convert: cannot write " + output + ": it is a directory;"
        + " give the name of the file to write, such as " + output.resolve("narrative.json") + System.lineSeparator());
    try (Stream<Path> inside = Files.list(output)) {
      assertThat(inside).isEmpty();
    }
  }

  /**
   * A directory without write permission. Root may write into it all the same (tests often run as
   * root, in CI for one): the tool then writes, as root asked, rather than refuse on mode bits alone.
   * The message for a write that the system denies is checked in UserFilesTest, whoever runs it.
   */
  @Test
  void aReadOnlyDirectoryAsOutputIsNamedWithWhatToDo() throws IOException {
    Path input = reference("in.md");
    Path readOnly = dir.resolve("read-only");
    Files.createDirectory(readOnly);
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Path output = readOnly.resolve("out.json");
      CliRun run = run("convert", input.toString(), output.toString());
      if (Files.isWritable(readOnly)) {
        assertThat(run.status()).as("as root: " + run.err()).isZero();
        assertThat(output).isRegularFile();
      } else {
        assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
        assertThat(run.err()).isEqualTo("policy-narrative convert: cannot write " + output + ": directory " + readOnly
            + " is not writable (permission denied); choose another directory or change its permissions"
            + System.lineSeparator());
        assertThat(output).doesNotExist();
      }
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFileWhereAnInputDirectoryShouldBeIsNamed() throws IOException {
    Path plain = dir.resolve("b");
    Files.writeString(plain, "not a directory", StandardCharsets.UTF_8);
    Path input = plain.resolve("c.json");
    CliRun run = run("validate", input.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.err()).isEqualTo("policy-narrative validate: cannot read " + input + ": " + plain
        + " is a file, not a directory" + System.lineSeparator());
  }

  @Test
  void aFileWhereAnOutputDirectoryShouldBeIsNamed() throws IOException {
    Path input = reference("in.md");
    Path plain = dir.resolve("b");
    Files.writeString(plain, "not a directory", StandardCharsets.UTF_8);
    Path output = plain.resolve("deeper/c.json");
    CliRun run = run("convert", input.toString(), output.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.err()).isEqualTo("policy-narrative convert: cannot write " + output + ": " + plain
        + " is a file, not a directory" + System.lineSeparator());
    assertThat(Files.readString(plain)).isEqualTo("not a directory");
  }

  @Test
  void aMissingOutputDirectoryIsRefusedNotCreated() throws IOException {
    Path input = reference("in.md");
    Path missing = dir.resolve("not yet/there");
    Path output = missing.resolve("out.json");
    CliRun run = run("convert", input.toString(), output.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.err()).isEqualTo("policy-narrative convert: cannot write " + output + ": directory " + missing
        + " does not exist; create it first (mkdir -p '" + missing + "')" + System.lineSeparator());
    assertThat(dir.resolve("not yet")).doesNotExist();
  }

  /** Bytes that are not UTF-8, as each reader reports them: always with line, column and byte offset. */
  @ParameterizedTest
  @CsvSource({"markdown, md", "jsonl, jsonl", "yaml, yaml"})
  void bytesThatAreNotUtf8AreLocated(String format, String extension) throws IOException {
    Path good = reference("good." + extension);
    byte[] bytes = Files.readAllBytes(good);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.indexOf("From Juche 42 (1953)");    // on a later line, after non-ASCII text or not
    int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    bytes[offset] = (byte) 0xFF;
    Path bad = dir.resolve("bad." + extension);
    Files.write(bad, bytes);
    String before = text.substring(0, at);
    int line = (int) before.lines().count() + (before.endsWith("\n") ? 1 : 0);
    int column = before.length() - before.lastIndexOf('\n');

    CliRun run = run("validate", bad.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    // The reader locates it itself (Markdown, through core's StrictUtf8) or the CLI does it for the reader.
    assertThat(run.err()).startsWith("policy-narrative validate: " + bad + ":" + line + ":" + column + ": " + format
        + ": the input is not valid UTF-8: ").contains("offset " + offset).endsWith(System.lineSeparator());
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void bytesThatAreNotUtf8InJsonAreLocatedByTheReader() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.write(bad, new byte[] {'{', '\n', ' ', '"', 'i', 'd', '"', ':', ' ', '"', (byte) 0xFF, '"', '}'});
    CliRun run = run("validate", bad.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.err()).startsWith("policy-narrative validate: " + bad + ":2:").contains("0xff");
  }

  @Test
  void aSourceTextThatIsNotUtf8IsLocated() throws IOException {
    Path json = reference("good.json");
    Path text = dir.resolve("source.txt");
    Files.write(text, new byte[] {'o', 'n', 'e', '\r', '\n', 't', 'w', (byte) 0xC3, 'o'});
    CliRun run = run("validate", "--source-text", ReferenceNarrative.ID + "=" + text, json.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.err()).isEqualTo("policy-narrative validate: " + text + ":2:3: source text of '"
        + ReferenceNarrative.ID + "': the input is not valid UTF-8: byte 0xC3 at byte offset 7 (line 2, column 3)"
        + " cannot be decoded; save the file as UTF-8" + System.lineSeparator());
  }

  @Test
  void validateWithoutSourceTextsSaysTheAnchorsWereNotChecked() throws IOException {
    Path md = reference("ref.md");
    CliRun run = run("validate", md.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(md + ": valid (" + REFERENCE_CLAIMS
        + " claims); anchors not checked: no source text was given"
        + " (add -t " + ReferenceNarrative.ID + "=FILE to check them against the text)" + System.lineSeparator());
  }

  @Test
  void validateWithSourceTextsSaysWhichTextsTheAnchorsWereCheckedAgainst() throws IOException {
    Path md = reference("ref.md");
    Path text = dir.resolve("economic-construction.txt");
    Files.writeString(text, ReferenceNarrative.sourceText().text(), StandardCharsets.UTF_8);
    CliRun run = run("validate", "-t", ReferenceNarrative.ID + "=" + text, md.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(md + ": valid (" + REFERENCE_CLAIMS + " claims); anchors checked against the text of "
        + ReferenceNarrative.ID + " (" + text + ")" + System.lineSeparator());
  }

  @Test
  void aFileWithAnUnknownExtensionSaysHowToNameItsFormat() throws IOException {
    Path odd = dir.resolve("narrative.txt");
    Files.writeString(odd, "{}", StandardCharsets.UTF_8);
    CliRun run = run("stats", odd.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.err()).isEqualTo("policy-narrative stats: cannot tell the format of " + odd + " from its"
        + " extension; rename it or name the format with --from FORMAT, one of: json, jsonl, markdown, yaml"
        + System.lineSeparator());
  }

  @Test
  void verboseAddsTheStackTrace() {
    Path input = dir.resolve("data.json");
    assertThat(input.toFile().mkdir()).isTrue();
    CliRun run = CliRun.run("--verbose", "convert", input.toString(), dir.resolve("out.md").toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines().get(0)).contains("cannot read " + input + ": it is a directory");
    assertThat(run.err()).contains("\tat ");
  }
}
