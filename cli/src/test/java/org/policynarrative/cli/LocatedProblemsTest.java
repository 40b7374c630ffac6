package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Source;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * {@code validate} reports every problem the validator finds at the line and column of the value
 * it is about, in Markdown and JSON: ten planted mistakes, each of another kind, give ten located
 * problems in one run, and each located line holds the planted value.
 */
class LocatedProblemsTest {

  /** Lines end in CRLF; line 1 starts with a byte-order mark and U+20000; line 2 has an emoji. */
  static final String TEXT = "\uFEFF\uD840\uDC00 The plan was fulfilled ahead of time.\r\n"
      + "Heavy industry grew \uD83D\uDE00 fast. Light industry grew too.\r\n"
      + "Agriculture lagged.\r\n";

  @TempDir
  Path dir;

  /** A planted mistake: the problem code it must give and a value the line it is reported at holds. */
  record Planted(String code, String marker) {}

  private static final List<Planted> PLANTED = List.of(
      new Planted("source-hash-mismatch", "00000000000000000000000000000000"),
      new Planted("line-outside-era", "1999"),
      new Planted("quote-not-found", "fulfiled"),
      new Planted("offsets-mismatch", "7777"),
      new Planted("context-mismatch", "XYZZY"),
      new Planted("ambiguous-quote", "industry grew"),
      new Planted("unknown-reference", "nowhere"),
      new Planted("undeclared-code", "achievment"),
      new Planted("unknown-reference", "fyp9"),
      new Planted("duplicate-id", "twice"));

  private static Claim.Builder claim(String id, Anchor anchor) {
    return Claim.builder().id(id).statement("Statement " + id).kind(ClaimKind.ACHIEVEMENT).assertedBy("the report")
        .anchor(anchor);
  }

  private static Anchor.Builder quote(String exact) {
    return Anchor.builder().source("fyp1").exact(exact);
  }

  /** A narrative with the ten mistakes of {@link #PLANTED}, one each. */
  private static Narrative planted() {
    return Narrative.builder().id("fyp").title("The plan").language("en").version("1")
        .addSources(Source.builder().id("fyp1").title("Report").sha256("0".repeat(64)).build())
        .addEras(Era.builder().id("plan-years").name("The plan years")
            .period(Period.between(HistoricalDate.ofYear(1957), HistoricalDate.ofYear(1961))).build())
        .addPolicyLines(PolicyLine.builder().id("first-plan").name("The first plan").addEras("plan-years")
            .adopted(HistoricalDate.ofYear(1999)).build())
        .addClaims(claim("typo", quote("The plan was fulfiled").build()).build())
        .addClaims(claim("offsets", quote("Agriculture lagged.").start(7777).end(7796).build()).build())
        .addClaims(claim("context", quote("Heavy industry").prefix("XYZZY").build()).build())
        .addClaims(claim("ambiguous", quote("industry grew").build()).build())
        .addClaims(claim("about", quote("Agriculture").build()).addAbout(EntityRef.sector("nowhere")).build())
        .addClaims(claim("kind", quote("ahead of time").build()).kind(ClaimKind.fromCode("achievment")).build())
        .addClaims(claim("elsewhere", Anchor.builder().source("fyp9").exact("lagged").build()).build())
        .addClaims(claim("twice", quote("fast").build()).build())
        .addClaims(claim("twice", quote("too").build()).build())
        .build();
  }

  /**
   * The readers' own fixtures of ten read errors (misspelled fields, bad ids, dates, tags, heading
   * levels...): validate prints all ten, one a line, each at its line and column, in one run.
   */
  @ParameterizedTest
  @ValueSource(strings = {"../io-markdown/src/test/resources/MarkdownMultipleErrorsTest/ten-mistakes.md",
      "../io-json/src/test/resources/MultipleErrorsTest/ten-mistakes.json"})
  void tenReadErrorsArePrintedEachAtItsPlaceInOneRun(String fixture) {
    Path file = Path.of(fixture);
    assertThat(file).isRegularFile();

    CliRun run = CliRun.run("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    String format = fixture.endsWith(".md") ? "markdown" : "json";
    assertThat(run.errLines()).hasSize(10).allSatisfy(line -> assertThat(line)
        .matches(Pattern.quote("policy-narrative validate: " + file + ":") + "\\d+:\\d+: " + format + ": .+")
        .doesNotContain("more error"));
    assertThat(run.errLines()).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(strings = {"planted.md", "planted.json"})
  void tenPlantedMistakesGiveTenLocatedProblemsInOneRun(String name) throws IOException {
    Path file = dir.resolve(name);
    NarrativeFormats.installed().write(planted(), file);
    Path text = dir.resolve("fyp1.txt");
    Files.writeString(text, TEXT, StandardCharsets.UTF_8);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    CliRun run = CliRun.run("validate", "-t", "fyp1=" + text, file.toString());

    assertThat(run.status()).isEqualTo(1);
    Pattern located = Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+):(\\d+): (\\S+): \\[([a-z-]+)\\] .*");
    List<String> problems = run.outLines().stream().filter(l -> l.contains(": [")).toList();
    assertThat(problems).as(run.out()).hasSize(PLANTED.size());
    List<Planted> found = new ArrayList<>();
    for (String problem : problems) {
      Matcher m = located.matcher(problem);
      assertThat(m.matches()).as("located: " + problem).isTrue();
      int line = Integer.parseInt(m.group(1));
      int column = Integer.parseInt(m.group(2));
      String at = lines.get(line - 1);
      assertThat(column).as(problem).isBetween(1, at.length() + 1);
      Planted planted = PLANTED.stream().filter(p -> p.code().equals(m.group(4)) && at.contains(p.marker()))
          .findFirst().orElse(null);
      assertThat(planted).as("the line of " + problem + " holds its planted value: " + at).isNotNull();
      found.add(planted);
    }
    assertThat(found).as(run.out()).containsExactlyInAnyOrderElementsOf(PLANTED);
  }
}
