package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.cli.internal.RootCommand;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;

/**
 * What a careless or hostile user found (issue 22): output that cannot be written, escape sequences
 * in files, running out of memory, unbounded reads.
 */
class HostileUseTest {

  /** How many claims the reference data set has; the reports below count them. */
  private static final int REFERENCE_CLAIMS = ReferenceNarrative.narrative().claims().size();

  @TempDir
  Path dir;

  private Path reference() throws IOException {
    Path file = dir.resolve("reference.json");
    NarrativeFormats.installed().write(ReferenceNarrative.narrative(), file);
    return file;
  }

  // ------------------------------------------------------------------- standard output that fails

  /** Standard output that takes {@code capacity} bytes, then fails as a full disk does. */
  private static OutputStream full(int capacity) {
    return new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > capacity) {
          throw new IOException("No space left on device");
        }
      }
    };
  }

  private static CliRun runWithStdout(OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RootCommand.run(new ByteArrayInputStream(new byte[0]), stdout, err, Map.of(), args);
    return new CliRun(status, new byte[0], err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"timeline", "stats", "validate"})
  void aFailedWriteToStandardOutputIsAnError(String command) throws IOException {
    for (int capacity : new int[] {0, 100}) {
      CliRun run = runWithStdout(full(capacity), command, reference().toString());
      assertThat(run.status()).as("%s with %d bytes", command, capacity).isEqualTo(1);
      assertThat(run.errLines()).containsExactly("policy-narrative: cannot write standard output: No space left on device;"
          + " the output is incomplete");
    }
  }

  @Test
  void aPrintStreamThatHidesItsFailureIsCheckedToo() throws IOException {
    // System.out is a PrintStream, which never throws: its error flag must be read.
    CliRun run = runWithStdout(new PrintStream(full(10), true, StandardCharsets.UTF_8), "stats", reference().toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("policy-narrative: cannot write standard output: write error");
  }

  @Test
  void aNarrativeThatCannotBeWrittenToStandardOutputIsReportedOnce() throws IOException {
    CliRun run = runWithStdout(full(1000), "convert", reference().toString(), "-", "--to", "markdown");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("policy-narrative convert: cannot write standard output: No space left"
        + " on device; the output is incomplete");
  }

  @Test
  void devFullInAProcessExitsNonZero() throws Exception {
    assumeTrue(new File("/dev/full").exists(), "needs /dev/full");
    List<String> command = new ArrayList<>(List.of(java(),
        "-cp", classpath(), PolicyNarrativeCli.class.getName(), "timeline", reference().toString()));
    Process process = new ProcessBuilder(command).redirectOutput(new File("/dev/full"))
        .redirectError(dir.resolve("err.txt").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("err.txt"));
    assertThat(process.exitValue()).as(err).isEqualTo(1);
    assertThat(err).isEqualTo("policy-narrative: cannot write standard output: No space left on device; the output"
        + " is incomplete\n");
  }

  /** The test's class path and module path as one class path, for a JVM of its own. */
  private static String classpath() {
    List<String> parts = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  @Test
  void devStdinIsAFileWithoutExtension() throws Exception {
    assumeTrue(new File("/dev/stdin").exists(), "needs /dev/stdin");
    Path err = dir.resolve("err.txt");
    Process unnamed = new ProcessBuilder(java(), "-cp", classpath(), PolicyNarrativeCli.class.getName(), "stats",
        "/dev/stdin").redirectInput(reference().toFile()).redirectError(err.toFile()).start();
    assertThat(unnamed.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(unnamed.exitValue()).isEqualTo(1);
    assertThat(Files.readString(err)).startsWith("policy-narrative stats: cannot tell the format of /dev/stdin from its"
        + " extension; rename it or name the format with --from FORMAT");
    Process named = new ProcessBuilder(java(), "-cp", classpath(), PolicyNarrativeCli.class.getName(), "stats",
        "/dev/stdin", "--from", "json").redirectInput(reference().toFile()).redirectError(err.toFile()).start();
    String out = new String(named.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(named.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(named.exitValue()).as(Files.readString(err)).isZero();
    assertThat(out).contains("claims:       " + REFERENCE_CLAIMS);
  }

  @Test
  void aDirectoryIsNamedWhereverItIsGiven() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("a-directory.json"));
    assertThat(CliRun.run("stats", directory.toString()).err()).contains(directory + ": it is a directory");
    assertThat(CliRun.run("convert", reference().toString(), directory.toString()).err())
        .contains("cannot write " + directory + ": it is a directory");
    assertThat(CliRun.run("validate", "-t", "economic-construction=" + directory, reference().toString()).err())
        .contains(directory + ": it is a directory");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  // -------------------------------------------------------------------------- terminal injection

  private static final String CLEAR_AND_TITLE = "\u001b[2J\u001b[H\u001b]0;pwned\u0007";
  private static final String FAKE_LINE = "\r\ninj.json: valid (1 claims)\u001b[K";

  private Path injected() throws IOException {
    Narrative reference = ReferenceNarrative.narrative();
    List<Claim> claims = new ArrayList<>(reference.claims());
    Claim first = claims.get(0);
    claims.set(0, Claim.builder().from(first).assertedBy("portal" + CLEAR_AND_TITLE + FAKE_LINE)
        .anchor(Anchor.builder().source(first.anchor().source()).exact("quote" + CLEAR_AND_TITLE + FAKE_LINE).build())
        .build());
    List<Era> eras = new ArrayList<>(reference.eras());
    eras.set(0, Era.builder().from(eras.get(0)).name("Era" + CLEAR_AND_TITLE + FAKE_LINE).build());
    Narrative narrative = Narrative.builder().from(reference).title("Title" + CLEAR_AND_TITLE + "\u202eevil")
        .claims(claims).eras(eras).build();
    Path file = dir.resolve("inj.json");
    NarrativeFormats.installed().write(narrative, file);
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"stats", "timeline", "validate"})
  void controlCharactersFromAFileArePrintedEscaped(String command) throws IOException {
    Path text = Files.writeString(dir.resolve("source.txt"), ReferenceNarrative.sourceText().text());
    CliRun run = command.equals("validate")
        ? CliRun.run(command, "-t", ReferenceNarrative.ID + "=" + text, injected().toString())
        : CliRun.run(command, injected().toString());
    assertThat(run.out()).contains("\\e[2J");
    String all = run.out() + run.err();
    assertThat(all.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x7f || c == '\u202e')).isEmpty();
    assertThat(run.outLines()).noneMatch(line -> line.startsWith("inj.json"));
    if (command.equals("stats")) {
      assertThat(run.outLines()).contains("  portal\\e[2J\\e[H\\e]0;pwned\\x07\\r\\ninj.json: valid (1 claims)\\e[K: 1");
      assertThat(run.outLines().get(0)).startsWith("Title\\e[2J\\e[H\\e]0;pwned\\x07\\u202eevil (");
    }
  }

  @Test
  void controlCharactersInAnErrorAreEscaped() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"policy-narrative/1\", \"id\": \"x\", \"title\": \"t\", \"version\": \"1\", \"language\": \"\\u001b]0;x\\u0007\"}");
    CliRun run = CliRun.run("stats", file.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    assertThat(run.err()).contains("\\e]0;x\\x07");
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void aHugeBadValueGivesAShortError() throws IOException {
    Path file = dir.resolve("long.json");
    Files.writeString(file, "{\"format\": \"policy-narrative/1\", \"id\": \"x\", \"title\": \"t\", \"version\": \"1\","
        + " \"language\": \"" + "x".repeat(900_000) + "\"}");
    CliRun run = CliRun.run("stats", file.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err().length()).isLessThan(2_000);
  }

  // ----------------------------------------------------------------------------- document limits

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "md", "yaml"})
  void theDocumentLimitIsSetFromTheCommandLine(String extension) throws IOException {
    Path file = dir.resolve("reference." + extension);
    NarrativeFormats.installed().write(ReferenceNarrative.narrative(), file);
    CliRun small = CliRun.run("stats", "--max-document-size", "1K", file.toString());
    assertThat(small.status()).isEqualTo(1);
    assertThat(small.errLines()).singleElement().asString()
        .startsWith("policy-narrative stats: " + file + ":")
        .contains("is longer than the maximum document length of 1,024 ")
        .endsWith("; to read it, raise the limit with --max-document-size, such as --max-document-size 2K")
        .as("no Java method for a command-line user").doesNotContain("withMaxDocumentLength");
    CliRun raised = CliRun.run("--max-document-size", "1M", "stats", file.toString());
    assertThat(raised.status()).as(raised.err()).isZero();
  }

  @Test
  void aDocumentSizeIsANumberOfBytesWithAnOptionalUnit() throws IOException {
    CliRun bad = CliRun.run("stats", "--max-document-size", "lots", reference().toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("'lots' is not a size");
    assertThat(CliRun.run("stats", "--max-document-size", "2MiB", reference().toString()).status()).isZero();
    assertThat(CliRun.run("stats", "--max-document-size", "100000", reference().toString()).status()).isZero();
  }

  // ------------------------------------------------------------------------------------- memory

  @Test
  void runningOutOfMemoryIsOneLineSayingHowToGiveMore() throws IOException {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    PluginJars.outOfMemoryFormat(plugins, PluginJars.coreClasspath());
    Path input = Files.writeString(dir.resolve("huge.oom"), "x");
    CliRun run = CliRun.run("--plugins", plugins.toString(), "stats", input.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("policy-narrative stats: out of memory (Java heap space; the JVM may use at most ")
        .contains("JAVA_OPTS=-Xmx4g").contains("docs/reliability.md");
  }

  @Test
  void aSourceTextWithoutEndIsRefused() throws IOException {
    assumeTrue(new File("/dev/zero").exists(), "needs /dev/zero");
    CliRun run = CliRun.run("validate", "-t", "economic-construction=/dev/zero", reference().toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("policy-narrative validate: --source-text economic-construction=/dev/zero:"
        + " the text is longer than 64 MiB, the limit for a source text; raise it with --max-document-size");
  }

  @Test
  void standardInputWithoutEndIsRefused() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) ' ');
        return len;
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RootCommand.run(endless, new ByteArrayOutputStream(), err, Map.of(), "stats", "-", "--from", "json");
    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("policy-narrative stats: standard input is longer than"
        + " 64 MiB, the limit for a narrative read from standard input; give a file, or raise the limit with"
        + " --max-document-size\n");
  }
}
