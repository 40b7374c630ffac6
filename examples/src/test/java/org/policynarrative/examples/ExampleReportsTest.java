package org.policynarrative.examples;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Actor;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Narrative;
import org.policynarrative.examples.internal.ExampleReports;
import org.policynarrative.examples.reference.ReferenceNarrative;
import org.policynarrative.testing.Fixtures;
import org.policynarrative.testing.SampleNarratives;

/**
 * The example programs' reports of the reference narrative and of test-support's every-feature
 * fixture, against golden files in {@code src/test/resources/ExampleReportsTest/}. The narratives are
 * built in code ({@link ReferenceNarrative#narrative()}, {@link SampleNarratives#firstFiveYearPlan()}),
 * not read from files, so these depend on core alone. After a deliberate change to the data set or a report, rewrite the files with
 * {@code -Dgolden.update=true} and review the diff.
 */
class ExampleReportsTest {

  private static final Narrative REFERENCE = ReferenceNarrative.narrative();

  /** The every-feature fixture of test-support: figures stated in every way, actors in every role. */
  private static final Narrative FIXTURE = SampleNarratives.firstFiveYearPlan();

  static Stream<Arguments> reports() {
    return Stream.of(
        report("timeline", REFERENCE, ExampleReports::timeline),
        report("priority-matrix", REFERENCE, ExampleReports::priorityMatrix),
        report("claims-about-agriculture", REFERENCE, n -> ExampleReports.claimsAbout(n, EntityRef.sector("agriculture"))),
        report("actor-workers-party-of-korea", REFERENCE, n -> ExampleReports.actor(n, actor(n, "workers-party-of-korea"))),
        report("actor-imperialist-allied-forces", REFERENCE,
            n -> ExampleReports.actor(n, actor(n, "imperialist-allied-forces"))),
        report("figures", REFERENCE, ExampleReports::figures),
        report("fixture-timeline", FIXTURE, ExampleReports::timeline),
        report("fixture-priority-matrix", FIXTURE, ExampleReports::priorityMatrix),
        report("fixture-actor-premier-seo", FIXTURE, n -> ExampleReports.actor(n, actor(n, "premier-seo"))),
        report("fixture-figures", FIXTURE, ExampleReports::figures));
  }

  private static Arguments report(String name, Narrative narrative, Function<Narrative, List<String>> report) {
    return Arguments.of(name, narrative, report);
  }

  private static Actor actor(Narrative narrative, String id) {
    return narrative.actor(id).orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void theReportIsTheGoldenFile(String name, Narrative narrative, Function<Narrative, List<String>> report) {
    String text = String.join("\n", report.apply(narrative)) + "\n";
    Fixtures.assertGolden(Fixtures.file(ExampleReportsTest.class, name + ".txt"), text);
  }
}
