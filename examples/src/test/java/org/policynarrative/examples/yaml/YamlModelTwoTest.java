package org.policynarrative.examples.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.testing.Fixtures;
import org.policynarrative.testing.SampleNarratives;

/**
 * What model v2 added, through the YAML adapter: a hand-written document with every new field reads
 * to the narrative built in code, decimals keep their scale, the every-feature fixture of
 * test-support round-trips, and a bad value in a new field fails naming its line, column and path.
 *
 * <p>The adapter maps fields through io-json's Jackson module, so these tests pass once that
 * module reads and writes model v2 (JSON format version 2, field names as the model's accessors).
 */
class YamlModelTwoTest {

  private static final YamlNarrativeFormat YAML = new YamlNarrativeFormat();
  private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+):(\\d+) (\\S+)(?: \\| (.+))?");

  @Test
  void aHandWrittenDocumentWithEveryNewFieldReadsToTheNarrativeBuiltInCode() throws IOException {
    Narrative read = NarrativeFormats.installed().read(fixture("every-new-field.yaml"));
    assertThat(read).isEqualTo(everyNewField());
    assertThat(NarrativeValidator.validate(read).problems()).isEmpty();
    // Decimals as written: 5.350 keeps three places, 1E+3 its exponent, 0.0050 its trailing zero.
    List<Figure> figures = read.claims().stream().flatMap(c -> c.figures().stream()).toList();
    assertThat(figures).extracting(f -> f.amount().orElseThrow().scale()).containsExactly(3, 0, -3);
    assertThat(figures.get(2).baselineAmount()).hasValueSatisfying(b -> assertThat(b.toString()).isEqualTo("0.0050"));
  }

  @Test
  void theNarrativeBuiltInCodeRoundTrips() throws IOException {
    Narrative narrative = everyNewField();
    assertThat(read(write(narrative))).isEqualTo(narrative);
  }

  @Test
  void theEveryFeatureFixtureRoundTripsAndStillValidatesAgainstItsTexts() throws IOException {
    Narrative plan = SampleNarratives.firstFiveYearPlan();
    byte[] yaml = write(plan);
    Narrative back = read(yaml);
    assertThat(back).isEqualTo(plan);
    assertThat(NarrativeValidator.validate(back, SampleNarratives.firstFiveYearPlanTexts()).problems()).isEmpty();
    assertThat(write(back)).isEqualTo(yaml);
    assertThat(new String(yaml, StandardCharsets.UTF_8)).contains("3.0", "1.62", "서하늘 총리", "ownership-transformation");
  }

  @Test
  void decimalsKeepTheirScaleAndDigits() throws IOException {
    List<String> amounts = List.of("5.350", "1E+3", "-0.000", "0E-12", "123456789012345678901234567890.5", "1E-7",
        "-42", "1.23E+5", "7");
    Claim.Builder claim = Claim.builder().id("figures").statement("Figures.").kind(ClaimKind.STATISTIC)
        .assertedBy("a test").anchor(Anchor.builder().source("s").exact("figures").build());
    for (String amount : amounts) {
      claim.addFigures(Figure.builder().indicator("output").wording(amount).statedAs(StatedAs.EXACT)
          .amount(new BigDecimal(amount)).status(FigureStatus.RESULT).build());
    }
    Narrative narrative = Narrative.builder().id("decimals").title("Decimals").language("en").version("1")
        .addSources(Source.builder().id("s").build()).addClaims(claim.build()).build();
    Narrative back = read(write(narrative));
    assertThat(back).isEqualTo(narrative);
    assertThat(back.claims().get(0).figures()).extracting(f -> f.amount().orElseThrow().toString())
        .containsExactlyElementsOf(amounts.stream().map(a -> new BigDecimal(a).toString()).toList());
  }

  /** Each {@code bad-*.yaml} or {@code missing-*.yaml}, whose second line says where the error is expected. */
  static List<String> badInputs() {
    return Fixtures.caseNames(YamlModelTwoTest.class, ".yaml").stream().filter(n -> !n.equals("every-new-field"))
        .toList();
  }

  @Test
  void everyBadInputIsListed() {
    assertThat(badInputs()).containsExactly("bad-actor-kind", "bad-amount", "bad-code-scheme", "bad-encoder-note",
        "bad-event-when", "bad-identifier", "bad-other-anchor", "bad-relation-type", "bad-role", "bad-stated-as",
        "bad-ucum", "bad-up-to", "missing-amount");
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void aBadValueInANewFieldFailsNamingItsLineColumnAndField(String name) {
    Path input = Fixtures.file(YamlModelTwoTest.class, name + ".yaml");
    Matcher expect = EXPECT.matcher(Fixtures.read(input).lines().skip(1).findFirst().orElse(""));
    assertThat(expect.matches()).as("%s has an '# expect: LINE:COLUMN POINTER [| TEXT]' second line", name).isTrue();
    assertThatThrownBy(() -> NarrativeFormats.installed().read(input))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.format()).isEqualTo(YamlNarrativeFormat.NAME);
          assertThat(e.line()).as(e.getMessage()).hasValue(Integer.parseInt(expect.group(1)));
          assertThat(e.column()).as(e.getMessage()).hasValue(Integer.parseInt(expect.group(2)));
          assertThat(e.path()).as(e.getMessage()).hasValueSatisfying(p -> assertThat(p).startsWith(expect.group(3)));
          if (expect.group(4) != null) {
            assertThat(e.problem()).contains(expect.group(4));
          }
        });
  }

  /** The narrative of {@code every-new-field.yaml}, built in code. */
  static Narrative everyNewField() {
    return Narrative.builder().id("hand-written").title("Every field model v2 added, by hand").language("en")
        .version("1")
        .addSources(Source.builder().id("original").language("ko").build(),
            Source.builder().id("translation").language("en").translationOf("original")
                .addEncoderNotes(EncoderNote.builder().text("Retrieved twice; both copies agree.").author("An encoder")
                    .build())
                .build())
        .addEras(Era.builder().id("plan-years").name("Years of the plan").period(Period.parse("1956/1961"))
            .addIdentifiers("https://example.org/era/plan-years").addEncoderNotes(EncoderNote.of("Dated by the plan."))
            .build())
        .addSectors(Sector.builder().id("steel").name("Steel").putLabels("ko", "강철")
                .addIdentifiers("https://example.org/sector/steel")
                .addEncoderNotes(EncoderNote.of("Called metallurgy elsewhere.")).build(),
            Sector.builder().id("economy").name("Economy").build(),
            Sector.builder().id("defence").name("Defence").build())
        .addPolicyLines(PolicyLine.builder().id("plan").name("The plan").putLabels("ko", "계획")
                .adopted(HistoricalDate.parse("1956-04")).adoptedAtEvent("congress")
                .addRoles(LineRole.of(ActorRole.ADOPTED_BY, "party"), LineRole.of(ActorRole.OPPOSED_BY, "traders"))
                .inForce(Period.parse("1957/1961")).addEras("plan-years")
                .addPriorities(SectorPriority.of("steel", PriorityMode.fromCode("leading-link")),
                    SectorPriority.of("economy", PriorityMode.PARALLEL),
                    SectorPriority.of("defence", PriorityMode.PARALLEL))
                .addIdentifiers("https://example.org/line/plan")
                .addEncoderNotes(EncoderNote.of("The plan's years are inferred.")).build(),
            PolicyLine.builder().id("raised-targets").name("Raised targets").addEras("plan-years").amends("plan")
                .build())
        .addClaims(Claim.builder().id("target").statement("The plan set a steel target.").kind(ClaimKind.OBJECTIVE)
                .addAbout(EntityRef.policyLine("plan"), EntityRef.actor("party"), EntityRef.event("congress"))
                .assertedBy("The report")
                .anchor(Anchor.builder().source("translation").exact("set a steel target").build())
                .addOtherAnchors(Anchor.builder().source("original").exact("강철 목표").build())
                .addFigures(Figure.builder().indicator("steel output").sector("steel").wording("5.350 million tons")
                    .statedAs(StatedAs.EXACT).amount(new BigDecimal("5.350")).unit("million tons").ucum("10*6.t")
                    .period(Period.parse("1961")).status(FigureStatus.TARGET).build())
                .build(),
            Claim.builder().id("fulfilled").statement("The target was fulfilled, to show the party's strength.")
                .kind(ClaimKind.fromCode("plan-fulfilment"))
                .addAbout(EntityRef.policyLine("plan")).addJustifies(EntityRef.policyLine("raised-targets"))
                .assertedBy("The report")
                .anchor(Anchor.builder().source("translation").exact("fulfilled").build())
                .addFigures(Figure.builder().indicator("steel output").wording("5 to 6 million tons")
                        .statedAs(StatedAs.RANGE).amount(new BigDecimal("5")).upTo(new BigDecimal("6"))
                        .status(FigureStatus.RESULT).build(),
                    Figure.builder().indicator("steel output").wording("a thousand times that of 1946")
                        .statedAs(StatedAs.MULTIPLE).amount(new BigDecimal("1E+3")).period(Period.parse("1961"))
                        .baselinePeriod(Period.parse("1946")).baselineAmount(new BigDecimal("0.0050"))
                        .status(FigureStatus.RESULT).build())
                .addRelations(ClaimRelation.of(RelationType.FULFILS, "target"),
                    ClaimRelation.of(RelationType.fromCode("quantifies"), "target"))
                .addEncoderNotes(EncoderNote.builder().text("The two figures disagree.").author("An encoder").build())
                .build())
        .addActors(Actor.builder().id("party").name("The Party").putLabels("ko", "당").kind(ActorKind.PARTY)
                .addAlternativeNames("the ruling party").description("The party that adopts the plan.")
                .addIdentifiers("x-local:party").addEncoderNotes(EncoderNote.of("Its full name is not given.")).build(),
            Actor.builder().id("traders").name("Private traders").kind(ActorKind.OTHER).build())
        .addEvents(Event.builder().id("congress").name("The congress").putLabels("ko", "대회")
            .when(Period.parse("1956-04")).place("The capital").addParticipants("party")
            .summary("Where the plan was adopted.").addIdentifiers("https://example.org/event/congress")
            .addEncoderNotes(EncoderNote.of("Its number is not given.")).build())
        .addVocabulary(
            CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND).code("plan-fulfilment").label("Plan fulfilment")
                .definition("A plan was fulfilled.").broader("achievement").build(),
            CodeDefinition.builder().scheme(CodeScheme.PRIORITY_MODE).code("leading-link").label("Leading link")
                .broader("top-priority").build(),
            CodeDefinition.builder().scheme(CodeScheme.RELATION_TYPE).code("quantifies").label("Quantifies")
                .definition("Gives in figures what the other claim says in words.").broader("elaborates").build())
        .build();
  }

  private static Path fixture(String name) {
    return Fixtures.file(YamlModelTwoTest.class, name);
  }

  private static byte[] write(Narrative narrative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    YAML.write(narrative, out);
    return out.toByteArray();
  }

  private static Narrative read(byte[] yaml) throws IOException {
    return YAML.read(new ByteArrayInputStream(yaml));
  }
}
