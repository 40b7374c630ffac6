package org.policynarrative.examples;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Narrative;
import org.policynarrative.examples.internal.ExampleReports;
import org.policynarrative.examples.reference.ReferenceNarrative;
import org.policynarrative.testing.Fixtures;

/**
 * The example programs' reports of the reference narrative, against golden files in
 * {@code src/test/resources/ExampleReportsTest/}. The narrative is built in code
 * ({@link ReferenceNarrative#narrative()}), not read from the shipped files, so these depend on core
 * alone. After a deliberate change to the data set or a report, rewrite the files with
 * {@code -Dgolden.update=true} and review the diff.
 */
class ExampleReportsTest {

  private static final Narrative REFERENCE = ReferenceNarrative.narrative();

  static Stream<Arguments> reports() {
    return Stream.of(
        report("timeline", ExampleReports::timeline),
        report("priority-matrix", ExampleReports::priorityMatrix),
        report("claims-about-agriculture", n -> ExampleReports.claimsAbout(n, EntityRef.sector("agriculture"))));
  }

  private static Arguments report(String name, Function<Narrative, List<String>> report) {
    return Arguments.of(name, report);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void theReportOfTheReferenceNarrativeIsTheGoldenFile(String name, Function<Narrative, List<String>> report) {
    String text = String.join("\n", report.apply(REFERENCE)) + "\n";
    Fixtures.assertGolden(Fixtures.file(ExampleReportsTest.class, name + ".txt"), text);
  }
}
