package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * The commands that speed up encoding a text (anchor, coverage, codes) and validate's notes, on
 * Markdown and JSON documents, with a source text that has a byte-order mark, CRLF line ends and
 * characters outside the Basic Multilingual Plane (CJK extension B, an emoji), where code points
 * and UTF-16 units differ.
 */
class EncodingCommandsTest {

  /** Line 1 starts with a byte-order mark (no column) and U+20000; line 2 has an emoji; lines end in CRLF. */
  static final String TEXT = "\uFEFF\uD840\uDC00 The plan was fulfilled ahead of time.\r\n"
      + "Heavy industry grew \uD83D\uDE00 fast. Light industry grew too.\r\n"
      + "Agriculture lagged.\r\n";

  @TempDir
  Path dir;

  private static Claim claim(String id, Anchor anchor) {
    return Claim.builder().id(id).statement("Statement " + id).kind(ClaimKind.ACHIEVEMENT).assertedBy("the report")
        .anchor(anchor).build();
  }

  private static Anchor.Builder quote(String exact) {
    return Anchor.builder().source("fyp1").exact(exact);
  }

  private static Narrative.Builder narrative() {
    return Narrative.builder().id("fyp").title("The plan").language("en").version("1")
        .addSources(Source.builder().id("fyp1").title("Report").build());
  }

  private Path write(Narrative narrative, String name) throws IOException {
    Path file = dir.resolve(name);
    NarrativeFormats.installed().write(narrative, file);
    return file;
  }

  private Path text(String content) throws IOException {
    Path file = dir.resolve("fyp1.txt");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  // ---------------------------------------------------------------------------------------- anchor

  @ParameterizedTest
  @ValueSource(strings = {"doc.md", "doc.json"})
  void anchorComputesOffsetsInCodePointsAndWritesTheFileBackInItsFormat(String name) throws IOException {
    Path file = write(narrative()
        .addClaims(claim("c1", quote("Heavy industry grew \uD83D\uDE00 fast.").build())) // no offsets
        .addClaims(claim("c2", quote("The plan was fulfilled").start(0).end(3).build())) // stale, wrong span
        .build(), name);
    Path text = text(TEXT);

    CliRun run = CliRun.run("anchor", file.toString(), "-t", "fyp1=" + text);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).containsExactly(
        file + ": claims[0].anchor (claim c1): anchored at 2:1 (code points 42..69)",
        file + ": claims[1].anchor (claim c2): refreshed at 1:3 (code points 3..25, was 0..3)",
        file + ": 2 anchors: 2 updated, 0 already up to date, 0 could not be anchored; written");
    Narrative read = NarrativeFormats.installed().read(file);
    Anchor first = read.claims().get(0).anchor();
    // 42: the byte-order mark, U+20000, the rest of line 1 and CRLF are 42 code points (43 UTF-16 units).
    assertThat(first.start()).contains(42);
    assertThat(first.end()).contains(69);
    assertThat(first.prefix()).contains("n was fulfilled ahead of time.\r\n"); // 32 code points
    assertThat(first.suffix()).contains(" Light industry grew too.\r\nAgric");
    assertThat(read.claims().get(1).anchor().prefix()).contains("\uD840\uDC00 "); // no byte-order mark in it
    assertThat(NarrativeValidator.validate(read, List.of(SourceText.of("fyp1", TEXT))).problems()).isEmpty();

    CliRun again = CliRun.run("anchor", file.toString(), "-t", "fyp1=" + text);
    assertThat(again.status()).isZero();
    assertThat(again.outLines()).containsExactly(
        file + ": 2 anchors: 0 updated, 2 already up to date, 0 could not be anchored; file unchanged");
  }

  @ParameterizedTest
  @ValueSource(strings = {"doc.md", "doc.json"})
  void aMissingOrAmbiguousQuoteIsNeverMovedButListedWithItsCandidates(String name) throws IOException {
    Narrative narrative = narrative()
        .addClaims(claim("typo", quote("Light industy grew too.").start(70).end(93).build()))
        .addClaims(claim("twice", quote("industry grew").build()))
        .addClaims(claim("picked", quote("industry grew").suffix(" too").build()))
        .build();
    Path file = write(narrative, name);
    byte[] before = Files.readAllBytes(file);

    CliRun run = CliRun.run("anchor", file.toString(), "-t", "fyp1=" + text(TEXT));

    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.outLines()).containsExactly(
        file + ": claims[0].anchor (claim typo): quote not found in source 'fyp1': \"Light industy grew too.\"; the"
            + " closest match is at line:column 2:29: \"Light industry grew too.\"; correct the quote, then run anchor"
            + " again",
        file + ": claims[1].anchor (claim twice): the quote occurs 2 times in source 'fyp1', at line:column 2:7,"
            + " 2:35; quote a longer, unique span, or give the anchor the prefix or suffix (or offsets) of the one you"
            + " mean: \"industry grew\"",
        file + ": claims[2].anchor (claim picked): anchored at 2:35 (code points 76..89)",
        file + ": 3 anchors: 1 updated, 0 already up to date, 2 could not be anchored; written");
    Narrative read = NarrativeFormats.installed().read(file);
    assertThat(read.claims().get(0).anchor()).isEqualTo(narrative.claims().get(0).anchor());
    assertThat(read.claims().get(1).anchor()).isEqualTo(narrative.claims().get(1).anchor());
    assertThat(Files.readAllBytes(file)).isNotEqualTo(before);
  }

  @Test
  void offsetsThatSelectOneOfSeveralOccurrencesKeepIt() throws IOException {
    Path file = write(narrative().addClaims(claim("c1", quote("industry grew").start(76).end(89).build())).build(),
        "doc.json");

    CliRun run = CliRun.run("anchor", file.toString(), "-t", "fyp1=" + text(TEXT));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).first().isEqualTo(file + ": claims[0].anchor (claim c1): refreshed at 2:35 (code points"
        + " 76..89)");
    assertThat(NarrativeFormats.installed().read(file).claims().get(0).anchor().prefix()).contains(
        "avy industry grew \uD83D\uDE00 fast. Light "); // 32 code points, the emoji one of them
  }

  @Test
  void offsetsAndAContextThatPointAtDifferentOccurrencesAreReportedNotSettled() throws IOException {
    Anchor disagreeing = quote("industry grew").start(48).end(61).prefix("Light ").build(); // offsets: the first
    Path file = write(narrative().addClaims(claim("c1", disagreeing)).build(), "doc.md");

    CliRun run = CliRun.run("anchor", file.toString(), "-t", "fyp1=" + text(TEXT));

    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.outLines()).first().isEqualTo(file + ": claims[0].anchor (claim c1): the offsets select the quote at"
        + " line:column 2:7, but its prefix and suffix match the text at line:column 2:35; delete the offsets or the"
        + " prefix and suffix (whichever is wrong), then run anchor again");
    assertThat(NarrativeFormats.installed().read(file).claims().get(0).anchor()).isEqualTo(disagreeing);
  }

  @Test
  void aQuoteInAnotherUnicodeNormalisationIsReportedNotMatched() throws IOException {
    String nfc = "중공업을 우선적으로 발전시키면서 경공업과 농업을 동시에 발전시킨다.";
    Path file = write(narrative().addClaims(claim("c1", quote(Normalizer.normalize("경공업과 농업을",
        Normalizer.Form.NFD)).build())).build(), "doc.md");

    CliRun run = CliRun.run("anchor", file.toString(), "-t", "fyp1=" + text(nfc));

    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.outLines().get(0)).endsWith("it matches only after Unicode normalisation (the quote is NFD, the"
        + " text NFC), at line:column 1:19; copy the quote from the source text (or normalise the two alike), then"
        + " run anchor again");
  }

  @Test
  void anchorNeedsAFileAndATextForEachSource() throws IOException {
    Path file = write(narrative().addClaims(claim("c1", quote("Agriculture lagged.").build())).build(), "doc.json");

    CliRun noText = CliRun.run("anchor", file.toString());
    assertThat(noText.status()).isEqualTo(PolicyNarrativeCli.EXIT_USAGE);
    assertThat(noText.err()).contains("Missing required option: '--source-text=SOURCE=TEXT'");

    CliRun wrongSource = CliRun.run("anchor", file.toString(), "-t", "fyp2=" + text(TEXT));
    assertThat(wrongSource.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(wrongSource.err()).isEqualTo("policy-narrative anchor: " + file + " has no source 'fyp2' (its sources:"
        + " fyp1); check the id given to --source-text" + System.lineSeparator());

    CliRun stdin = CliRun.run("anchor", "-", "-t", "fyp1=" + text(TEXT));
    assertThat(stdin.status()).isEqualTo(PolicyNarrativeCli.EXIT_USAGE);
  }

  @Test
  void aFileNotInTheWritersLayoutIsSaidToBeLaidOutAgain() throws IOException {
    Path file = write(narrative().addClaims(claim("c1", quote("Agriculture lagged.").build())).build(), "doc.json");
    Files.writeString(file, "\n" + Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);

    CliRun run = CliRun.run("anchor", file.toString(), "-t", "fyp1=" + text(TEXT));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).contains(file + ": note: the file was not laid out as the json writer lays it out,"
        + " so more than its anchors changed in layout (what it holds is the same apart from the anchors); compare it"
        + " with the version before");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotStartWith("\n");
  }

  @Test
  void aTextWhoseHashDiffersFromTheRecordedOneIsNoted() throws IOException {
    Path file = write(Narrative.builder().id("fyp").title("The plan").language("en").version("1")
        .addSources(Source.builder().id("fyp1").sha256("0".repeat(64)).build())
        .addClaims(claim("c1", quote("Agriculture lagged.").build())).build(), "doc.md");

    CliRun run = CliRun.run("anchor", file.toString(), "-t", "fyp1=" + text(TEXT));

    assertThat(run.outLines().get(0)).startsWith(file + ": note: the text given for fyp1 (").contains(
        "has SHA-256 " + SourceText.of("fyp1", TEXT).sha256() + ", not the " + "0".repeat(64) + " the file records");
  }

  @Test
  void aDryRunWritesNothing() throws IOException {
    Path file = write(narrative().addClaims(claim("c1", quote("Agriculture lagged.").build())).build(), "doc.json");
    byte[] before = Files.readAllBytes(file);

    CliRun run = CliRun.run("anchor", "--dry-run", file.toString(), "-t", "fyp1=" + text(TEXT));

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).last().asString().endsWith("1 updated, 0 already up to date, 0 could not be anchored;"
        + " not written (--dry-run)");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  // -------------------------------------------------------------------------------------- coverage

  @ParameterizedTest
  @ValueSource(strings = {"doc.md", "doc.json"})
  void coverageReportsSharesAndUncoveredSentencesWithTheirLineAndColumn(String name) throws IOException {
    Path file = write(narrative()
        .addClaims(claim("c1", quote("Heavy industry grew \uD83D\uDE00 fast.").start(42).end(69).build()))
        .addClaims(claim("c2", quote("\uD840\uDC00 The plan was fulfilled ahead of time.").build()))
        .build(), name);
    Path text = text(TEXT);

    CliRun run = CliRun.run("coverage", file.toString(), "-t", "fyp1=" + text, "--min", "50");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).containsExactly(
        file + ": source fyp1 (" + text + "): 2 of 4 sentences covered (50.0%), 55 of 94 characters (58.5%);"
            + " at least --min 50.0%",
        "  uncovered " + text + ":2:29: Light industry grew too.",
        "  uncovered " + text + ":3:1: Agriculture lagged.");

    CliRun strict = CliRun.run("coverage", file.toString(), "-t", "fyp1=" + text, "--min", "75", "--json");
    assertThat(strict.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(strict.out()).isEqualTo("{\"file\":" + json(file.toString()) + ",\"min\":75,\"belowMin\":true,"
        + "\"sources\":[{\"source\":\"fyp1\",\"text\":" + json(text.toString()) + ",\"sentences\":4,"
        + "\"coveredSentences\":2,\"sentencePercent\":50,\"characters\":94,\"coveredCharacters\":55,"
        + "\"characterPercent\":58.51,\"unplacedAnchors\":0,\"uncovered\":["
        + "{\"line\":2,\"column\":29,\"start\":70,\"end\":94,\"text\":\"Light industry grew too.\"},"
        + "{\"line\":3,\"column\":1,\"start\":96,\"end\":115,\"text\":\"Agriculture lagged.\"}]}]}"
        + System.lineSeparator());
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\") + "\"";
  }

  @Test
  void coverageRefusesAPercentageOutOfRange() throws IOException {
    Path file = write(narrative().build(), "doc.md");
    CliRun run = CliRun.run("coverage", file.toString(), "-t", "fyp1=" + text(TEXT), "--min", "120");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_USAGE);
    assertThat(run.err()).contains("--min must be a percentage from 0 to 100, not 120.0");
  }

  // ----------------------------------------------------------------------------------------- codes

  @Test
  void codesListsEveryListWithADefinitionEach() {
    CliRun run = CliRun.run("codes");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).contains("claim-kind (Claim.kind; a document may declare more):",
        "  achievement         The source says something was achieved or accomplished.",
        "verdict (Assessment.verdict):",
        "  unverified  Nobody independent has checked the claim: the default reading of every claim.",
        "calendar (HistoricalDate.calendar):",
        "  juche         The Juche calendar of North Korea: year 1 is Gregorian 1912, so Gregorian = Juche + 1911"
            + " (Juche 42 (1953), 주체42(1953)년).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"doc.md", "doc.json"})
  void codesAddsTheCodesADocumentDeclares(String name) throws IOException {
    Path file = write(narrative().addVocabulary(CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND)
        .code("foreign-aid").label("Foreign aid").definition("The source says another state gave aid.")
        .broader("characterisation").build()).build(), name);

    CliRun run = CliRun.run("codes", file.toString(), "--list", "claim-kind");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).first().isEqualTo("claim-kind (Claim.kind; a document may declare more):");
    assertThat(run.outLines()).last().isEqualTo("  foreign-aid         (declared) Foreign aid: The source says another"
        + " state gave aid. Narrows characterisation.");
    CliRun json = CliRun.run("codes", file.toString(), "--list", "claim-kind", "--json");
    assertThat(json.out()).startsWith("{\"lists\":[{\"name\":\"claim-kind\",\"title\":\"Claim kinds\","
        + "\"field\":\"Claim.kind\",\"open\":true,\"codes\":[{\"code\":\"achievement\",\"label\":\"Achievement\","
        + "\"definition\":\"The source says something was achieved or accomplished.\",\"declared\":false},")
        .endsWith("{\"code\":\"foreign-aid\",\"label\":\"Foreign aid\",\"definition\":\"The source says another"
            + " state gave aid. Narrows characterisation.\",\"declared\":true}]}]}" + System.lineSeparator());
    assertThat(CliRun.run("codes", "--list", "nope").err()).contains("no code list is named 'nope'; the lists are"
        + " claim-kind, verdict,");
  }

  // -------------------------------------------------------------------------------------- validate

  @Test
  void validateAfterAParseErrorAddsNoMisleadingLineAboutTheSourceText() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"id\": \"fyp\", \"sources\": [{\"id\": \"fyp1\"}], ", StandardCharsets.UTF_8);

    CliRun run = CliRun.run("validate", broken.toString(), "-t", "fyp1=" + text(TEXT));

    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString().startsWith("policy-narrative validate: " + broken);
    assertThat(run.err()).doesNotContain("no file has a source");
  }

  @ParameterizedTest
  @ValueSource(strings = {"doc.md", "doc.json"})
  void validateReadsOffsetsThatDoNotSpanTheQuoteAndSaysToRunAnchor(String name) throws IOException {
    Path file = write(narrative().addClaims(claim("c1", quote("Agriculture lagged.").start(96).end(101).build()))
        .build(), name);

    CliRun plain = CliRun.run("validate", file.toString());
    // At the end offset: in Markdown where the attribution line gives the offsets, in JSON at "end"'s value.
    String at = PolicyNarrativeCliTest.placeOf(file, name.endsWith(".md") ? "code points 96..101" : "101");
    assertThat(plain.outLines()).containsExactly(
        file + ":" + at + ": claims[0].anchor.end: [offsets-mismatch] offsets 96..101 do not span the quote: they span 5 code"
            + " points, the quote has 19; run 'policy-narrative anchor FILE -t fyp1=TEXT' to recompute them from the"
            + " source text",
        file + ": 1 problem (1 claims); anchors not checked: no source text was given (add -t fyp1=FILE to check"
            + " them against the text)");

    Path text = text(TEXT);
    CliRun checked = CliRun.run("validate", file.toString(), "-t", "fyp1=" + text);
    assertThat(checked.outLines()).last().asString().endsWith("; anchors checked against the text of fyp1 (" + text
        + ")");
    assertThat(checked.outLines().get(0)).contains("[offsets-mismatch] offsets 96..101 do not span the quote, which"
        + " stands at 96..115 (3:1)");
  }
}
