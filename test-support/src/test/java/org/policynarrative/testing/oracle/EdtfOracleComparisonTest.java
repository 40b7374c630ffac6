package org.policynarrative.testing.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.DatePrecision;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.testing.EdtfCorpus;
import org.policynarrative.testing.node.NodeProject;

/**
 * Compares the Java EDTF parser with edtf.js, the reference implementation of EDTF, over the
 * generated {@link EdtfCorpus}: whether each string is accepted at level 1, and (when both
 * accept) its earliest and latest bounds. Every disagreement must be one of the deliberate
 * differences that {@code docs/edtf-differences.md} lists ({@link EdtfDifferences}).
 *
 * <p>It needs Node.js ({@code node} and {@code npm} on the path) and, the first time, the npm
 * registry: edtf.js is installed with {@code npm ci} from the lock file in
 * {@code src/test/edtf-oracle/} into {@code target/edtf-oracle/}. Without them the test fails,
 * saying so; it never passes without having compared. The system properties {@code edtf.oracle.node}
 * and {@code edtf.oracle.npm} name other programs.
 */
class EdtfOracleComparisonTest {

  static final String EDTF_JS_VERSION = "4.11.1";
  private static final NodeProject ORACLE = NodeProject.of(Path.of("src/test/edtf-oracle"),
          Path.of("target/edtf-oracle"), "The EDTF oracle comparison needs Node.js 18 or later ('node' and 'npm' on "
          + "the PATH) to run edtf.js, the reference implementation")
      .advising("Install Node.js: the build compares the date parser with edtf.js and does not pass without it.")
      .programsFrom("edtf.oracle.node", "edtf.oracle.npm")
      .withEnvironment("TZ", "UTC");
  private static final Path WORK = ORACLE.work();
  private static final Path DOCUMENT = Path.of("../docs/edtf-differences.md");
  private static final long SEED = 14;
  private static final int RANDOM_STRINGS = 1500;

  private static List<OracleCase> cases;

  @BeforeAll
  static void runTheOracle() throws IOException, InterruptedException {
    List<String> corpus = EdtfCorpus.generate(SEED, RANDOM_STRINGS);
    ORACLE.install(List.of("package.json", "package-lock.json", "oracle.mjs"), "edtf", EDTF_JS_VERSION,
        "npm ci (installing edtf.js " + EDTF_JS_VERSION + " from the npm registry)");
    Path input = WORK.resolve("corpus.txt");
    Path output = WORK.resolve("results.txt");
    Files.write(input, corpus, StandardCharsets.UTF_8);
    Files.deleteIfExists(output);
    ORACLE.node("node oracle.mjs", 300, "oracle.mjs", "corpus.txt", "results.txt");
    List<String> results = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(results).as("one edtf.js result per corpus string").hasSameSizeAs(corpus);
    cases = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      cases.add(OracleCase.of(corpus.get(i), results.get(i)));
    }
    System.out.println(summary());
  }

  @Test
  void everyDisagreementWithEdtfJsIsADocumentedDifference() {
    List<OracleCase> unexplained = cases.stream()
        .filter(c -> !c.agrees() && EdtfDifferences.explaining(c).isEmpty()).toList();

    assertThat(unexplained.stream().limit(40).map(OracleCase::toString).toList())
        .as("disagreements with edtf.js %s that docs/edtf-differences.md does not explain (%d, the first 40 shown)",
            EDTF_JS_VERSION, unexplained.size())
        .isEmpty();
  }

  @Test
  void theDocumentListsExactlyTheDifferencesTheTestAllows() throws IOException {
    Matcher heading = Pattern.compile("(?m)^### `([a-z0-9-]+)`").matcher(Files.readString(DOCUMENT));
    List<String> documented = new ArrayList<>();
    while (heading.find()) {
      documented.add(heading.group(1));
    }
    assertThat(documented).containsExactlyElementsOf(EdtfDifferences.ids());
  }

  @Test
  void everyDocumentedDifferenceOccursInTheCorpus() {
    Map<String, Long> counts = counts();
    assertThat(EdtfDifferences.ids()).allSatisfy(id -> assertThat(counts.get(id)).as(id).isPositive());
  }

  /** The comparison is not vacuous: both sides accept, with the same bounds, many strings of every form. */
  @Test
  void bothSidesAgreeOnEveryFormTheyShare() {
    Map<String, Predicate<HistoricalDate>> forms = new LinkedHashMap<>();
    forms.put("day", d -> d.precision() == DatePrecision.DAY);
    forms.put("negative year", d -> d.year() < 0);
    forms.put("Y year", d -> Math.abs(d.year()) > 9999);
    forms.put("decade", d -> d.precision() == DatePrecision.DECADE);
    forms.put("century", d -> d.precision() == DatePrecision.CENTURY);
    forms.put("unspecified month or day", d -> d.unspecifiedTo().isPresent());
    forms.put("qualified", d -> d.isUncertain() || d.isApproximate());
    forms.put("date and time", d -> d.time().isPresent());
    forms.put("offset", d -> d.offset().isPresent());
    List<OracleCase> agreed = cases.stream().filter(c -> c.javaAccepts() && c.agrees()).toList();
    forms.forEach((form, test) -> assertThat(agreed.stream().filter(c -> c.ends().stream().anyMatch(test)).count())
        .as(form).isGreaterThanOrEqualTo(10));
    assertThat(agreed.stream().filter(c -> c.javaPeriod().get().isEndUnknown()).count()).as("unknown end")
        .isGreaterThanOrEqualTo(10);
    assertThat(agreed.stream().filter(c -> c.javaPeriod().get().isStartOpen()).count()).as("open start")
        .isGreaterThanOrEqualTo(10);
    assertThat(agreed.stream().filter(c -> c.input().matches("-?\\d{4}-2[1-4]")).count())
        .as("seasons accepted by both (their bounds differ)").isZero();
    assertThat(cases.stream().filter(c -> !c.javaAccepts() && c.agrees()).count()).as("both refuse")
        .isGreaterThanOrEqualTo(1000);
  }

  private static Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    EdtfDifferences.ids().forEach(id -> counts.put(id, 0L));
    for (OracleCase c : cases) {
      if (!c.agrees()) {
        EdtfDifferences.explaining(c).forEach(d -> counts.merge(d.id(), 1L, Long::sum));
      }
    }
    return counts;
  }

  private static String summary() {
    long bothAccept = cases.stream().filter(c -> c.javaAccepts() && c.agrees()).count();
    long bothRefuse = cases.stream().filter(c -> !c.javaAccepts() && c.agrees()).count();
    StringBuilder out = new StringBuilder("EDTF oracle (edtf.js " + EDTF_JS_VERSION + "): " + cases.size()
        + " strings; both accept with the same bounds: " + bothAccept + "; both refuse: " + bothRefuse
        + "; documented differences:");
    counts().forEach((id, count) -> out.append("\n  ").append(id).append(": ").append(count));
    return out.toString();
  }
}
