package org.policynarrative.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;
import org.policynarrative.testing.Fixtures;
import org.policynarrative.testing.SampleNarratives;

/** Smoke tests: each example program's main runs and prints what it should. */
class ProgramsTest {

  /** Runs {@code main} with System.out captured. */
  interface Main {
    void run() throws Exception;
  }

  static String capture(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exploreWithNoArgumentPrintsTimelineMatrixAndClaimsAboutAgriculture() throws Exception {
    String out = capture(() -> Explore.main(new String[0]));
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).startsWith("The DPRK's line of economic construction");
    assertThat(out).contains(ReferenceNarrative.narrative().claims().size()
        + " claims, each asserted by the source and unverified.");
    assertThat(out).contains("Timeline", "Sector priorities by era", "What the source says about Agriculture");
    // The reports of the narrative read from the shipped JSON are those of the narrative built in code.
    for (String report : List.of("timeline.txt", "priority-matrix.txt", "claims-about-agriculture.txt")) {
      assertThat(out.replace(System.lineSeparator(), "\n")).as(report).contains(golden(report));
    }
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Juche 42 (1953)/ ").contains("era  ")
        .endsWith("From Juche 42 (1953)"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Heavy industry").contains("preferential"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Defence industry").contains("preferential"));
    assertThat(lines).filteredOn(l -> l.startsWith("- [")).hasSize(3);
    assertThat(out).contains("\"It prioritizes agriculture and light industry to bring about a decisive improvement"
        + " in the people’s living standards.\" (economic-construction 3355..3472)");
    assertThat(lines).filteredOn(l -> l.startsWith("    asserted by")).hasSize(3).allSatisfy(l -> assertThat(l).endsWith("; unverified"));
  }

  @Test
  void exploreTakesASectorId() throws Exception {
    String out = capture(() -> Explore.main(new String[] {"nanotechnology"}));
    assertThat(out).contains("What the source says about Nanotechnology",
        "[ongoing-effort] The country is establishing such high-tech industries as information, nanotechnology"
            + " and biological industries on a large scale");
  }

  @Test
  void actorsWithNoArgumentPrintsTheActorsAndWhatTheSourceSaysAboutTheParty() throws Exception {
    String out = capture(() -> Actors.main(new String[0])).replace(System.lineSeparator(), "\n");
    assertThat(out).startsWith("Actors the source names\n");
    assertThat(out).contains("us-imperialists            state      US imperialists",
        "What the source says about Workers’ Party of Korea");
    assertThat(out).contains(golden("actor-workers-party-of-korea.txt"));
  }

  @Test
  void actorsTakesAnActorIdAndNamesTheKnownOnesWhenItIsWrong() throws Exception {
    String out = capture(() -> Actors.main(new String[] {"imperialist-allied-forces"}))
        .replace(System.lineSeparator(), "\n");
    assertThat(out).contains(golden("actor-imperialist-allied-forces.txt"));
    assertThatThrownBy(() -> Actors.main(new String[] {"the-us"})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no actor 'the-us'").hasMessageContaining("us-imperialists");
  }

  @Test
  void figuresWithNoArgumentPrintsTheReferenceNarrativesOneFigureWithItsEncodersNote() throws Exception {
    String out = capture(() -> Figures.main(new String[0])).replace(System.lineSeparator(), "\n");
    assertThat(out).contains("Figures by indicator", golden("figures.txt"));
  }

  @Test
  void figuresReadsTheFileItIsGiven(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.yaml");
    NarrativeFormats.installed().write(SampleNarratives.firstFiveYearPlan(), file);
    String out = capture(() -> Figures.main(new String[] {file.toString()})).replace(System.lineSeparator(), "\n");
    assertThat(out).startsWith(SampleNarratives.firstFiveYearPlan().title()).contains(golden("fixture-figures.txt"));
  }

  private static String golden(String name) {
    return Fixtures.read(Fixtures.file(ExampleReportsTest.class, name));
  }

  @Test
  void quickStartValidatesWritesAndReadsBack(@TempDir Path dir) throws Exception {
    String out = capture(() -> QuickStart.main(new String[] {dir.toString()}));
    assertThat(out).startsWith("validation: valid");
    assertThat(out).contains("wrote " + dir.resolve("quickstart.json"), "wrote " + dir.resolve("quickstart.md"));
    assertThat(out.lines().filter(l -> l.startsWith("wrote "))).hasSize(2)
        .allSatisfy(l -> assertThat(l).endsWith("read back equal: true"));
    assertThat(out).contains("claim 'foundations-laid' is unverified", "The Markdown file:", "Heavy industry");
    assertThat(NarrativeFormats.installed().read(dir.resolve("quickstart.json")).id()).isEqualTo("quickstart");
  }
}
