package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;
import org.policynarrative.examples.reference.ReferenceRewrite;

/**
 * The git recipe of the README, in a real temporary repository: {@code .gitattributes} sends
 * {@code *.json} to the {@code narrative} diff driver, whose command is the tool with {@code --git}
 * (here started as {@code java -cp} with the test's class path, as the launcher would); two commits
 * of the reference data set, and {@code git diff} shows the semantic diff. Also {@code difftool}.
 */
class GitDiffDriverTest {

  private static final String FILE = "data/economic-construction.json";

  @TempDir
  Path repository;

  private String tool;

  @BeforeEach
  void aRepositoryWithTwoEditions() throws Exception {
    assumeTrue(git("--version").startsWith("git version"), "git is not installed here");
    tool = quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()) + " -cp " + quote(classpath())
        + " " + PolicyNarrativeCli.class.getName();
    git("init", "-q");
    git("config", "user.name", "Test");
    git("config", "user.email", "test@example.org");
    git("config", "commit.gpgsign", "false");
    // The recipe: an attribute that names the driver, and the driver's command.
    Files.writeString(repository.resolve(".gitattributes"), "*.json diff=narrative\n");
    git("config", "diff.narrative.command", tool + " diff --git");
    git("config", "difftool.narrative.cmd", tool + " diff \"$LOCAL\" \"$REMOTE\"");

    write(ReferenceNarrative.narrative());
    git("add", ".");
    git("commit", "-q", "-m", "first edition");
    write(ReferenceRewrite.narrative());
    git("commit", "-q", "-a", "-m", "second edition");
  }

  @Test
  void gitDiffShowsTheSemanticDiff() throws Exception {
    String diff = git("diff", "HEAD~1", "HEAD");

    assertThat(diff).startsWith("--- a/" + FILE + "  (economic-construction, version 2)\n"
        + "+++ b/" + FILE + "  (economic-construction, version 3)\n");
    assertThat(diff).contains(
        "  era renamed: Arduous March -> March of Hardship  (arduous-march)",
        "  policy line vanished: Sengun politics  (sengun-politics)",
        "  claim dropped: arduous-march-concluded",
        "  claim dropped: arduous-march-concluded");
    assertThat(diff).containsPattern("      anchor: moved \\d+\\.\\.\\d+ -> \\d+\\.\\.\\d+ \\(quote unchanged\\)");
    // Not a line diff of the JSON.
    assertThat(diff).doesNotContain("@@", "\"version\": \"2\"");
  }

  @Test
  void aChangeInTheWorkingTreeIsDiffedToo() throws Exception {
    write(ReferenceNarrative.narrative());

    assertThat(git("diff")).contains("era renamed: March of Hardship -> Arduous March");
    assertThat(git("diff", "--no-ext-diff")).contains("@@");
  }

  @Test
  void difftoolRunsTheToolOnBothVersions() throws Exception {
    String diff = git("difftool", "--no-prompt", "--tool=narrative", "HEAD~1", "HEAD");

    assertThat(diff).contains("policy line vanished: Sengun politics  (sengun-politics)");
  }

  private void write(Narrative narrative) throws IOException {
    Path file = repository.resolve(FILE);
    Files.createDirectories(file.getParent());
    NarrativeFormats.installed().write(narrative, file);
  }

  /** Runs git in the repository and returns its standard output; fails on a non-zero exit. */
  private String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "--no-pager"));
    command.addAll(List.of(args));
    Path err = Files.createTempFile("git", ".err");
    Process process;
    try {
      process = new ProcessBuilder(command).directory(repository.toFile()).redirectError(err.toFile()).start();
    } catch (IOException e) {
      return "";   // no git: the assumption above skips the test
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("git %s finishes", List.of(args)).isTrue();
    assertThat(process.exitValue()).as("git %s: %s", List.of(args), Files.readString(err)).isZero();
    Files.delete(err);
    return out;
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** The test's class path and module path as one class path, for the JVM git starts. */
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
}
