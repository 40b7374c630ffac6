package org.policynarrative.testing.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Verdict;
import org.policynarrative.core.diff.DiffFormat;
import org.policynarrative.core.diff.NarrativeDiff;
import org.policynarrative.testing.Fixtures;
import org.policynarrative.testing.SampleNarratives;

/**
 * The three reports of a diff, pinned in golden files ({@code DiffReportsTest/<case>.txt},
 * {@code .md}, {@code .json}; rewrite them with {@code -Dgolden.update=true}), and every JSON report
 * checked against the schema shipped in core's jar with a real draft 2020-12 validator.
 */
class DiffReportsTest {

  private static Schema schema;

  static synchronized Schema schema() {
    if (schema == null) {
      try (InputStream in = DiffFormat.jsonSchema().openStream()) {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  /** Each case: a name and the two narratives compared. */
  static Map<String, Narrative[]> cases() {
    return Map.of(
        "rewrite", new Narrative[] {SampleNarratives.economicConstruction(), rewritten()},
        "tricky", new Narrative[] {SampleNarratives.trickyStrings(), trickier()},
        "equal", new Narrative[] {SampleNarratives.full(), SampleNarratives.full()});
  }

  static Stream<Arguments> reports() {
    return cases().keySet().stream().sorted().flatMap(name -> Stream.of(DiffFormat.values())
        .map(format -> Arguments.of(name, format)));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("reports")
  void eachReportMatchesItsGoldenFile(String name, DiffFormat format) {
    Narrative[] pair = cases().get(name);
    String report = format.render(NarrativeDiff.between(pair[0], pair[1]), "a/" + name + ".json", "b/" + name + ".json");

    Fixtures.assertGolden(Fixtures.file(DiffReportsTest.class, name + "." + extension(format)), report);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseNames")
  void theJsonReportIsValidAgainstTheSchema(String name) {
    Narrative[] pair = cases().get(name);
    String json = DiffFormat.JSON.render(NarrativeDiff.between(pair[0], pair[1]));

    assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
  }

  static List<String> caseNames() {
    return cases().keySet().stream().sorted().toList();
  }

  @Test
  void theSchemaRejectsWhatTheShapeForbids() {
    String valid = DiffFormat.JSON.render(NarrativeDiff.between(SampleNarratives.economicConstruction(), rewritten()));
    assertThat(schema().validate(valid, InputFormat.JSON)).isEmpty();

    assertThat(schema().validate(valid.replace("policy-narrative-diff/1", "policy-narrative-diff/2"), InputFormat.JSON))
        .isNotEmpty();
    assertThat(schema().validate(valid.replace("\"change\": \"moved\"", "\"change\": \"shifted\""), InputFormat.JSON))
        .isNotEmpty();
    assertThat(schema().validate(valid.replace("\"equal\": false", "\"equal\": \"no\""), InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void formatsAreNamedByTheirCodes() {
    for (DiffFormat format : DiffFormat.values()) {
      assertThat(DiffFormat.fromCode(format.code().toUpperCase())).isEqualTo(format);
    }
  }

  private static String extension(DiffFormat format) {
    return switch (format) {
      case TEXT -> "txt";
      case MARKDOWN -> "md";
      case JSON -> "json";
    };
  }

  /**
   * The README's narrative, rewritten as official histories are: the version bumped, an era renamed
   * and redated, a priority moved and one dropped, a claim removed and one added, the source text
   * edited before a quote (its offsets move), a verdict given, the sectors reordered.
   */
  static Narrative rewritten() {
    Narrative n = SampleNarratives.economicConstruction();
    Narrative.Builder b = Narrative.builder().from(n).version("2");
    b.eras(n.eras().stream().map(e -> !e.id().equals("chollima") ? e : Era.builder().from(e)
        .name("Era of the Chollima upsurge").period(Period.parse("1956/1961")).build()).toList());
    b.sectors(List.of(n.sectors().get(3), n.sectors().get(0), n.sectors().get(1), n.sectors().get(2)));
    b.policyLines(n.policyLines().stream().map(l -> PolicyLine.builder().from(l).priorities(List.of(
        l.priorities().get(0), SectorPriority.of("light-industry", PriorityMode.PRIORITIZED))).build()).toList());
    Claim rebuilt = n.claim("industry-rebuilt").orElseThrow();
    Claim adopted = n.claim("line-adopted").orElseThrow();
    b.claims(List.of(
        Claim.builder().from(rebuilt).anchor(Anchor.builder().from(rebuilt.anchor()).start(132).end(158).build())
            .build(),
        Claim.builder().from(adopted).addAssessments(Assessment.builder().assessor("Archive check")
            .verdict(Verdict.SUPPORTED).addReferences("Plenum minutes, August 1953").build()).build(),
        Claim.builder().id("farms-mechanised").statement("Co-operative farms are being mechanised.")
            .kind(ClaimKind.ONGOING_EFFORT).addAbout(EntityRef.sector("agriculture")).assertedBy("Official portal")
            .anchor(Anchor.builder().source("portal").exact("farms are mechanised").build()).build()));
    return b.build();
  }

  /** Markup, pipes, control characters and line breaks in every place a report shows text. */
  static Narrative trickier() {
    Narrative n = SampleNarratives.trickyStrings();
    return Narrative.builder().from(n)
        .title("| new | *title* \u001b[2J\nline two")
        .eras(List.of(Era.builder().from(n.eras().get(0)).name("`tick` ``ticks`` <b>").build()))
        .claims(List.of(Claim.builder().from(n.claims().get(0)).statement("> new\r\n> statement | pipe").build()))
        .build();
  }
}
