package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The errors of the {@code init} command: each is one line on standard error that says what to do,
 * with no stack trace, exit status 1 (2 for a usage error), and nothing written.
 */
class InitCommandErrorsTest {

  @TempDir
  Path dir;

  private Path text(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** Runs init into {@code out.md} with these arguments after it, and checks it failed in one line, writing nothing. */
  private String fails(int status, String... args) {
    Path out = dir.resolve("out.md");
    String[] all = InitCommandTest.concat(new String[] {"init", out.toString(), "--title", "T"}, args);
    CliRun run = CliRun.run(all);
    assertThat(run.status()).as(run.out() + run.err()).isEqualTo(status);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("policy-narrative init: ").doesNotContain("\tat ", "Exception");
    assertThat(out).doesNotExist();
    return run.errLines().get(0);
  }

  @Test
  void aMissingTextFileIsNamed() {
    assertThat(fails(1, "-t", "t=" + dir.resolve("missing.txt"), "--language", "en"))
        .isEqualTo("policy-narrative init: no such file: " + dir.resolve("missing.txt"));
  }

  @Test
  void aTextThatIsNotUtf8IsLocated() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "Line one.\nS\u00f8derhavn grew.\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(fails(1, "-t", "t=" + latin1, "--language", "en")).isEqualTo("policy-narrative init: " + latin1
        + ":2:2: source text of 't': the input is not valid UTF-8: byte 0xF8 at byte offset 11 (line 2, column 2)"
        + " cannot be decoded; save the file as UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\uFEFF", " \r\n\t\n"})
  void anEmptyTextIsRefused(String content) throws IOException {
    Path empty = text("empty.txt", content);
    assertThat(fails(1, "-t", "e=" + empty, "--language", "en")).startsWith("policy-narrative init: --source-text e="
        + empty + ": the text is empty").endsWith("; there is nothing to draft claims from");
  }

  @Test
  void anOutputExtensionNoFormatWritesIsRefused() throws IOException {
    Path text = text("t.txt", "Ships were built.");
    CliRun run = CliRun.run("init", dir.resolve("out.docx").toString(), "--title", "T", "-t", "t=" + text, "-l", "en");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString().startsWith("policy-narrative init: no installed format"
        + " writes " + dir.resolve("out.docx") + "; known extensions: ").contains(".json", ".md");
    assertThat(dir.resolve("out.docx")).doesNotExist();
  }

  @Test
  void aReadOnlyFormatOrACorpusIsRefused() throws IOException {
    Path text = text("t.txt", "Ships were built.");
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    PluginJars.outOfMemoryFormat(plugins, PluginJars.coreClasspath()); // a read-only format, extension .oom
    CliRun readOnly = CliRun.run("--plugins", plugins.toString(), "init", dir.resolve("out.oom").toString(),
        "--title", "T", "-t", "t=" + text, "-l", "en");
    assertThat(readOnly.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(readOnly.errLines()).singleElement().asString().startsWith("policy-narrative init: format 'oom' is"
        + " read-only and cannot write " + dir.resolve("out.oom"));

    CliRun corpus = CliRun.run("init", dir.resolve("out.jsonl").toString(), "--title", "T", "-t", "t=" + text, "-l",
        "en");
    assertThat(corpus.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(corpus.errLines()).containsExactly("policy-narrative init: the jsonl format holds a corpus, and init"
        + " writes one narrative; name OUT after a narrative format, such as draft.md or draft.json");
    assertThat(dir.resolve("out.jsonl")).doesNotExist();
  }

  @Test
  void aBadOrRepeatedSourceIdIsAUsageError() throws IOException {
    Path text = text("t.txt", "Ships were built.");
    assertThat(fails(2, "-t", "Harbour Plan=" + text, "--language", "en")).isEqualTo("policy-narrative init:"
        + " --source-text Harbour Plan=" + text + ": 'Harbour Plan' is not a valid source id: use lower-case ASCII"
        + " letters, digits and hyphens, such as 'harbour-plan' (see 'policy-narrative init --help')");
    assertThat(fails(2, "-t", "t=" + text, "-t", text.toString(), "--language", "en")).contains(": source 't' is given"
        + " twice (also as " + text + "); give each text its own id with -t SOURCE=TEXT");
    assertThat(fails(2, "-t", text("조선.txt", "x.").toString(), "--language", "en"))
        .contains("cannot make a source id from the file name; name the source: -t SOURCE=");
  }

  @Test
  void theLanguageMustBeGivenAndWellFormed() throws IOException {
    Path text = text("t.txt", "Ships were built.");
    assertThat(fails(2, "-t", "t=" + text)).isEqualTo("policy-narrative init: the language of the text of source 't'"
        + " is not given, and init does not guess it; add --language TAG (such as en or ko) for all texts, or"
        + " --language t=TAG for this one (see 'policy-narrative init --help')");
    assertThat(fails(2, "-t", "t=" + text, "--language", "english_UK"))
        .contains("--language english_UK: not a BCP 47 language tag; use one such as en, ko or zh-Hant");
    assertThat(fails(2, "-t", "t=" + text, "--language", "x=en")).contains("--language x=en: there is no source 'x'");
    assertThat(fails(2, "-t", "t=" + text, "-t", "u=" + text, "--language", "t=en", "--language", "u=ko"))
        .contains("the texts are in different languages (t: en, u: ko); name the language you will write statements"
            + " in with --narrative-language TAG");
  }
}
