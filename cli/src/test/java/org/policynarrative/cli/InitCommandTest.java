package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Source;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * The {@code init} command: the document it writes in Markdown and JSON, from texts with a
 * byte-order mark, CRLF line ends, a sentence across a line break and characters outside the Basic
 * Multilingual Plane (where code points and UTF-16 units differ), reads back, validates with only
 * to-dos, fails {@code --strict}, needs no anchoring and covers every sentence. Its errors are in
 * {@link InitCommandErrorsTest}.
 */
class InitCommandTest {

  /** A byte-order mark, U+20000 (CJK extension B), an emoji, CRLF, and a sentence across a line break. */
  static final String PLAN = "\uFEFF\uD840\uDC00 The plan was fulfilled ahead of time.\r\n"
      + "Heavy industry grew \uD83D\uDE00 fast. Light industry\r\ngrew too.\r\n\r\n"
      + "Agriculture lagged.\r\n";

  /** Its sentences, as a reader would mark them. */
  static final List<String> PLAN_SENTENCES = List.of("\uD840\uDC00 The plan was fulfilled ahead of time.",
      "Heavy industry grew \uD83D\uDE00 fast.", "Light industry\r\ngrew too.", "Agriculture lagged.");

  /** A Korean text, LF line ends, no byte-order mark. */
  static final String KOREAN = "계획은 앞당겨 완수되었다. 인민의 생활이 나아졌다.\n";

  static final List<String> KOREAN_SENTENCES = List.of("계획은 앞당겨 완수되었다.", "인민의 생활이 나아졌다.");

  @TempDir
  Path dir;

  private Path text(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The anchor of {@code sentence} in {@code text}, counted here by hand: offsets in code points. */
  private static void assertAnchored(Anchor anchor, String source, String text, String sentence) {
    int index = text.indexOf(sentence);
    int start = text.codePointCount(0, index);
    assertThat(anchor.source()).isEqualTo(source);
    assertThat(anchor.exact()).isEqualTo(sentence);
    assertThat(anchor.start()).contains(start);
    assertThat(anchor.end()).contains(start + sentence.codePointCount(0, sentence.length()));
    String before = text.substring(0, index).replace("\uFEFF", "");
    int from = before.offsetByCodePoints(before.length(), -Math.min(32, before.codePointCount(0, before.length())));
    assertThat(anchor.prefix().orElse("")).isEqualTo(before.substring(from));
    String after = text.substring(index + sentence.length());
    assertThat(anchor.suffix().orElse("")).isEqualTo(after.substring(0,
        after.offsetByCodePoints(0, Math.min(32, after.codePointCount(0, after.length())))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"draft.md", "draft.json"})
  void writesADocumentThatValidatesWithOnlyToDosAndNeedsNoAnchoring(String name) throws Exception {
    Path plan = text("plan.txt", PLAN);
    Path korean = text("korean.txt", KOREAN);
    Path file = dir.resolve(name);

    CliRun run = CliRun.run("init", file.toString(), "--title", "The Plan, as told", "-t", "fyp=" + plan,
        "-t", "kr=" + korean, "--language", "en", "--language", "kr=ko");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(
        "wrote " + file + ": 2 sources (fyp, en; kr, ko), 6 claim drafts",
        "next: fill in each claim's kind, statement and asserter (delete the drafts you do not need), then run:"
            + " policy-narrative validate " + file + " -t fyp=" + plan + " -t kr=" + korean);

    // (a) It reads back: the required fields, the sources' languages and hashes, one draft per sentence.
    Narrative read = NarrativeFormats.installed().read(file);
    assertThat(read.id()).isEqualTo("the-plan-as-told");
    assertThat(read.title()).isEqualTo("The Plan, as told");
    assertThat(read.language()).isEqualTo("en");
    assertThat(read.version()).isEqualTo("1");
    assertThat(read.sources()).extracting(Source::id).containsExactly("fyp", "kr");
    assertThat(read.sources()).extracting(s -> s.language().orElseThrow()).containsExactly("en", "ko");
    assertThat(read.sources().get(0).sha256()).contains(sha256(Files.readAllBytes(plan)));
    assertThat(read.sources().get(1).sha256()).contains(sha256(Files.readAllBytes(korean)));
    assertThat(read.claims()).extracting(Claim::id)
        .containsExactly("fyp-s1", "fyp-s2", "fyp-s3", "fyp-s4", "kr-s1", "kr-s2");
    assertThat(read.claims()).allMatch(Claim::isDraft).allMatch(c -> c.statement().isEmpty() && c.kind().isEmpty()
        && c.assertedBy().isEmpty() && c.otherAnchors().isEmpty());
    for (int i = 0; i < PLAN_SENTENCES.size(); i++) {
      assertAnchored(read.claims().get(i).anchor(), "fyp", PLAN, PLAN_SENTENCES.get(i));
    }
    for (int i = 0; i < KOREAN_SENTENCES.size(); i++) {
      assertAnchored(read.claims().get(4 + i).anchor(), "kr", KOREAN, KOREAN_SENTENCES.get(i));
    }
    String[] texts = {"-t", "fyp=" + plan, "-t", "kr=" + korean};

    // (b) validate: valid, with the drafts as to-dos only.
    CliRun validate = CliRun.run(concat(new String[] {"validate", file.toString()}, texts));
    assertThat(validate.status()).as(validate.out() + validate.err()).isZero();
    assertThat(validate.outLines()).contains(file + ": to do: 6 claims have no kind yet")
        .allMatch(line -> line.startsWith(file + ": to do: ") || line.startsWith(file + ": valid (6 claims"));
    // (c) validate --strict: the to-dos fail it.
    CliRun strict = CliRun.run(concat(new String[] {"validate", "--strict", file.toString()}, texts));
    assertThat(strict.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(strict.outLines()).filteredOn(line -> line.contains("[claim-without-kind]")).hasSize(6);
    // (d) anchor -n: every anchor is already right.
    CliRun anchor = CliRun.run(concat(new String[] {"anchor", "-n", file.toString()}, texts));
    assertThat(anchor.status()).as(anchor.out() + anchor.err()).isZero();
    assertThat(anchor.outLines()).containsExactly(
        file + ": 6 anchors: 0 updated, 6 already up to date, 0 could not be anchored; file unchanged");
    // (e) coverage: every sentence and character of both texts.
    CliRun coverage = CliRun.run(concat(new String[] {"coverage", file.toString()}, texts));
    assertThat(coverage.status()).as(coverage.err()).isZero();
    assertThat(coverage.outLines()).hasSize(2).allMatch(line -> line.contains("sentences covered (100.0%)")
        && line.endsWith("characters (100.0%)"));
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /**
   * Markdown syntax in the text, and a sentence that occurs twice (its drafts told apart by offsets and
   * context). "1." is a sentence of its own: a full stop and a space end one, whatever comes before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"draft.md", "draft.json"})
  void markdownSyntaxAndRepeatedSentencesSurvive(String name) throws IOException {
    String content = "# Not a heading. - Not a list! 1. Not numbered. Output of *steel* rose [see #3] <b>x</b> `y` & z.\n"
        + "> Not a quote? ___ Long live the Party! 100% done \\ | a | b |\n\n    Not code.\tLong live the Party!\n";
    Path text = text("special.txt", content);
    Path file = dir.resolve(name);

    CliRun run = CliRun.run("init", file.toString(), "--title", "T", "-t", "s=" + text, "--language", "en");

    assertThat(run.status()).as(run.err()).isZero();
    List<Claim> claims = NarrativeFormats.installed().read(file).claims();
    assertThat(claims).extracting(c -> c.anchor().exact()).containsExactly("# Not a heading.", "- Not a list!",
        "1.", "Not numbered.", "Output of *steel* rose [see #3] <b>x</b> `y` & z.", "> Not a quote?",
        "___ Long live the Party!", "100% done \\ | a | b |", "Not code.", "Long live the Party!");
    assertThat(claims.get(6).anchor().start()).isNotEqualTo(claims.get(9).anchor().start());
    CliRun validate = CliRun.run("validate", file.toString(), "-t", "s=" + text);
    assertThat(validate.status()).as(validate.out()).isZero();
    CliRun anchor = CliRun.run("anchor", "-n", file.toString(), "-t", "s=" + text);
    assertThat(anchor.outLines()).containsExactly(
        file + ": 10 anchors: 0 updated, 10 already up to date, 0 could not be anchored; file unchanged");
  }

  @Test
  void theSourceIdComesFromTheFileNameAndTheIdFromTheTitleUnlessGiven() throws IOException {
    Path text = text("Harbour Plan (1998).txt", "Ships were built. Ports grew.");
    Path file = dir.resolve("harbour.json");

    CliRun run = CliRun.run("init", file.toString(), "--title", "Ærøby's harbour", "-t", text.toString(), "-l", "en");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo("wrote " + file + ": 1 source (harbour-plan-1998, en), 2 claim drafts");
    assertThat(run.outLines().get(1)).endsWith(" -t 'harbour-plan-1998=" + text + "'");
    Narrative read = NarrativeFormats.installed().read(file);
    assertThat(read.id()).isEqualTo("aerobys-harbour");
    assertThat(read.claims()).extracting(Claim::id).containsExactly("harbour-plan-1998-s1", "harbour-plan-1998-s2");

    CliRun named = CliRun.run("init", dir.resolve("other.json").toString(), "--title", "조선", "--id", "plan-1998",
        "-t", "p=" + text, "--language", "ko", "--narrative-language", "en");
    assertThat(named.status()).as(named.err()).isZero();
    Narrative other = NarrativeFormats.installed().read(dir.resolve("other.json"));
    assertThat(other.id()).isEqualTo("plan-1998");
    assertThat(other.language()).isEqualTo("en");
    assertThat(other.sources().get(0).language()).contains("ko");
  }

  @Test
  void aTitleWithoutLatinLettersTakesItsIdFromTheFileName() throws IOException {
    Path text = text("t.txt", "계획은 완수되었다.");
    CliRun run = CliRun.run("init", dir.resolve("Korean Draft.json").toString(), "--title", "조선", "-t",
        "t=" + text, "--language", "ko");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(NarrativeFormats.installed().read(dir.resolve("Korean Draft.json")).id()).isEqualTo("korean-draft");
  }

  @Test
  void standardOutputGetsTheDocumentAndStandardErrorTheSummary() throws IOException {
    Path text = text("t.txt", "Ships were built.");
    CliRun run = CliRun.run("init", "-", "--to", "json", "--title", "T", "-t", "t=" + text, "--language", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("{").contains("\"exact\": \"Ships were built.\"");
    assertThat(run.errLines()).hasSize(2).first().asString().isEqualTo("wrote <stdout>: 1 source (t, en), 1 claim draft");
  }

  @Test
  void anExistingFileIsReplacedOnlyWithForce() throws IOException {
    Path text = text("t.txt", "Ships were built.");
    Path file = Files.writeString(dir.resolve("draft.md"), "my work");

    CliRun refused = CliRun.run("init", file.toString(), "--title", "T", "-t", "t=" + text, "--language", "en");
    assertThat(refused.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(refused.errLines()).containsExactly("policy-narrative init: " + file + " already exists; init writes a"
        + " new document: choose another OUT, or add --force to replace it");
    assertThat(Files.readString(file)).isEqualTo("my work");

    CliRun forced = CliRun.run("init", file.toString(), "--force", "--title", "T", "-t", "t=" + text, "-l", "en");
    assertThat(forced.status()).as(forced.err()).isZero();
    assertThat(NarrativeFormats.installed().read(file).claims()).hasSize(1);
  }

  @Test
  void theSourceTextIsNeverOverwrittenEvenWithForce() throws IOException {
    Path text = text("t.md", "Ships were built.");
    CliRun run = CliRun.run("init", text.toString(), "--force", "--title", "T", "-t", "t=" + text, "-l", "en");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).containsExactly("policy-narrative init: refusing to overwrite the source text " + text
        + " (of source 't') with the narrative; choose another OUT, such as draft.md");
    assertThat(Files.readString(text)).isEqualTo("Ships were built.");
  }

  @Test
  void everyOptionIsInTheHelp() {
    CliRun run = CliRun.run("init", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: policy-narrative init")
        .contains("--title", "--source-text", "--language", "--narrative-language", "--id", "--to", "--force");
  }
}
