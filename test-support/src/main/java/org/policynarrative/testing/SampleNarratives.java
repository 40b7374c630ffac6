package org.policynarrative.testing;

import java.util.List;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.Verdict;

/**
 * Narratives built in code for the adapters' tests, one method each: golden files, round trips and
 * size limits start from these.
 */
public final class SampleNarratives {

  private SampleNarratives() {}

  /** The smallest valid narrative. */
  public static Narrative minimal() {
    return Narrative.builder().id("minimal").title("Minimal").language("en").version("1").build();
  }

  /** Only what is required, under other names than {@link #minimal()}: the id {@code empty}, version {@code 0}. */
  public static Narrative empty() {
    return Narrative.builder().id("empty").title("An empty narrative").language("en").version("0").build();
  }

  /** Every type, every optional field, dates in every shape (plain, Juche, free wording, open, intervals). */
  public static Narrative full() {
    HistoricalDate juche42 = HistoricalDate.ofJucheYear(42);
    HistoricalDate sixties = HistoricalDate.ofDecade(1960).withWording("in the 1960s", CalendarModel.GREGORIAN);
    return Narrative.builder()
        .id("economic-construction")
        .title("Line of economic construction")
        .language("en")
        .version("2024-05-01")
        .description("Test data: a narrative with \"quotes\", a tab\tand non-ASCII text: 천리마 — Chollima.")
        .addSources(Source.builder()
            .id("portal")
            .title("Socialist economic construction")
            .publisher("DPRK official portal")
            .published(HistoricalDate.ofDay(2016, 5, 6))
            .url("https://example.org/economy")
            .language("ko")
            .sha256("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
            .note("Retrieved 2024-05-01.\nSecond line of the note.")
            .build())
        .addSources(Source.builder().id("minimal-source").build())
        .addEras(Era.builder()
            .id("post-war")
            .name("Post-war reconstruction")
            .putLabels("ko", "전후복구건설")
            .putLabels("de", "Wiederaufbau")
            .addAlternativeNames("Three-Year Plan", "Reconstruction")
            .period(Period.between(juche42, HistoricalDate.ofYear(1956)))
            .summary("Rebuilding after the war.")
            .source("portal")
            .build())
        .addEras(Era.builder().id("chollima").name("Chollima movement").period(Period.of(sixties)).build())
        .addEras(Era.builder().id("arduous-march").name("Arduous March")
            .period(Period.parse("199X~/2000?")).build())
        .addEras(Era.builder().id("present").name("Present").period(Period.from(HistoricalDate.ofYear(2012))).build())
        .addEras(Era.builder().id("before").name("Before").period(Period.until(juche42)).build())
        .addSectors(Sector.builder().id("industry").name("Industry").build())
        .addSectors(Sector.builder()
            .id("heavy-industry")
            .name("Heavy industry")
            .putLabels("ko", "중공업")
            .broader("industry")
            .addMappings(SectorMapping.of("ISIC-4", "C", MappingRelation.BROADER))
            .addMappings(SectorMapping.of("COFOG", "04.4", MappingRelation.CLOSE))
            .description("Machine building, metallurgy, mining.")
            .build())
        .addSectors(Sector.builder().id("agriculture").name("Agriculture").build())
        .addPolicyLines(PolicyLine.builder()
            .id("heavy-industry-first")
            .name("Heavy industry first")
            .statement("Developing the heavy industry preferentially and ensuring the simultaneous "
                + "development of light industry and agriculture.")
            .adopted(HistoricalDate.ofMonth(1953, 8).withQualifiers(false, true))
            .adoptedBy("Workers' Party of Korea")
            .adoptedAt("Sixth Plenary Meeting of the Central Committee")
            .addEras("post-war")
            .addPriorities(SectorPriority.builder().sector("heavy-industry").mode(PriorityMode.PREFERENTIAL)
                .rank(1).wording("developing the heavy industry preferentially").build())
            .addPriorities(SectorPriority.of("agriculture", PriorityMode.SIMULTANEOUS))
            .durability(Durability.PERMANENT)
            .build())
        .addPolicyLines(PolicyLine.builder()
            .id("byungjin")
            .name("Byungjin")
            .adopted(juche42)
            .supersedes("heavy-industry-first")
            .continues("heavy-industry-first")
            .build())
        .addClaims(Claim.builder()
            .id("recovered")
            .statement("Pre-war output levels were regained by 1956.")
            .kind(ClaimKind.ACHIEVEMENT)
            .addAbout(EntityRef.sector("heavy-industry"), EntityRef.era("post-war"))
            .addCauses(EntityRef.policyLine("heavy-industry-first"))
            .addEffects(EntityRef.source("portal"))
            .assertedBy("DPRK official portal")
            .extractedBy("test suite")
            .refersTo(Period.parse("1953/1956"))
            .anchor(Anchor.builder().source("portal").exact("regained 𝔸 levels").prefix("had ").suffix(" by")
                .start(10).end(27).build())
            .addAssessments(Assessment.builder().assessor("Reviewer").verdict(Verdict.DISPUTED)
                .ratingLabel("Mostly false").date(HistoricalDate.ofDay(2020, 1, 31)).note("Output data disagree.")
                .addReferences("Doe 2019, p. 12", "https://example.org/review").build())
            .addAssessments(Assessment.builder().assessor("Second reviewer").verdict(Verdict.UNVERIFIED).build())
            .build())
        .addClaims(Claim.builder()
            .id("objective")
            .statement("Agriculture will be mechanised.")
            .kind(ClaimKind.OBJECTIVE)
            .assertedBy("Portal")
            .refersTo(Period.of(sixties))
            .anchor(Anchor.builder().source("minimal-source").exact("mechanised").build())
            .build())
        .addClaims(Claim.builder()
            .id("wording-interval")
            .statement("An interval whose start is in the source's own words.")
            .kind(ClaimKind.CHARACTERISATION)
            .assertedBy("Portal")
            .refersTo(Period.between(sixties, HistoricalDate.ofYear(1975)))
            .anchor(Anchor.builder().source("portal").exact("words").build())
            .build())
        .build();
  }

  /** The complete example of the README: every kind of entity and most optional fields. */
  public static Narrative economicConstruction() {
    return Narrative.builder()
        .id("economic-construction")
        .title("The line of economic construction")
        .language("en")
        .version("1")
        .description("How official sources describe the priorities of economic construction since 1953.")
        .addSources(Source.builder()
            .id("kcna-1953")
            .title("Report on the plenary meeting of August 1953")
            .publisher("Korean Central News Agency")
            .published(HistoricalDate.ofJucheYear(42))
            .url("https://example.org/kcna/1953-08")
            .language("ko")
            .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            .note("Retrieved from a library copy; page 3 is missing.")
            .build())
        .addSources(Source.builder().id("portal").title("Official portal, economy page").build())
        .addEras(Era.builder()
            .id("post-war")
            .name("Post-war reconstruction")
            .putLabels("ko", "전후 복구 건설")
            .period(Period.parse("1953/1960"))
            .summary("Rebuilding industry after the Korean War.")
            .source("kcna-1953")
            .build())
        .addEras(Era.builder()
            .id("chollima")
            .name("Chollima movement")
            .addAlternativeNames("Ch'ŏllima")
            .period(Period.between(HistoricalDate.ofYear(1956),
                HistoricalDate.ofDecade(1960).withWording("the end of the 1960s", CalendarModel.GREGORIAN)))
            .build())
        .addSectors(Sector.builder().id("industry").name("Industry")
            .addMappings(SectorMapping.of("ISIC-4", "C", MappingRelation.BROADER)).build())
        .addSectors(Sector.builder().id("heavy-industry").name("Heavy industry").broader("industry")
            .putLabels("ko", "중공업").build())
        .addSectors(Sector.builder().id("light-industry").name("Light industry").broader("industry").build())
        .addSectors(Sector.builder().id("agriculture").name("Agriculture")
            .description("Farming, including co-operative farms.")
            .addMappings(SectorMapping.of("COFOG", "04.2", MappingRelation.CLOSE)).build())
        .addPolicyLines(PolicyLine.builder()
            .id("heavy-industry-first")
            .name("Heavy industry first")
            .statement("Developing the heavy industry preferentially and ensuring the simultaneous "
                + "development of light industry and agriculture.")
            .adopted(HistoricalDate.ofMonth(1953, 8))
            .adoptedBy("Workers' Party of Korea")
            .adoptedAt("Sixth Plenary Meeting of the Central Committee")
            .addEras("post-war", "chollima")
            .addPriorities(SectorPriority.builder().sector("heavy-industry").mode(PriorityMode.PREFERENTIAL)
                .rank(1).wording("developing the heavy industry preferentially").build())
            .addPriorities(SectorPriority.of("light-industry", PriorityMode.SIMULTANEOUS))
            .addPriorities(SectorPriority.of("agriculture", PriorityMode.SIMULTANEOUS))
            .durability(Durability.PERMANENT)
            .build())
        .addClaims(Claim.builder()
            .id("industry-rebuilt")
            .statement("Industrial output in 1956 exceeded the pre-war level.")
            .kind(ClaimKind.ACHIEVEMENT)
            .addAbout(EntityRef.era("post-war"), EntityRef.sector("industry"))
            .assertedBy("Korean Central News Agency")
            .extractedBy("policy-narrative editors")
            .refersTo(Period.of(HistoricalDate.ofYear(1956)))
            .anchor(Anchor.builder().source("kcna-1953").exact("exceeded the pre-war level")
                .prefix("industrial output ").start(120).end(146).build())
            .addAssessments(Assessment.builder()
                .assessor("Independent economic historians")
                .verdict(Verdict.DISPUTED)
                .ratingLabel("Hard to verify")
                .date(HistoricalDate.ofYear(2004))
                .note("Output statistics were not published in absolute terms.")
                .addReferences("Smith, North Korean statistics (2004), p. 41")
                .build())
            .build())
        .addClaims(Claim.builder()
            .id("line-adopted")
            .statement("The line was adopted in August 1953.")
            .kind(ClaimKind.POLICY_ADOPTION)
            .addAbout(EntityRef.policyLine("heavy-industry-first"))
            .addCauses(EntityRef.era("post-war"))
            .addEffects(EntityRef.sector("heavy-industry"))
            .assertedBy("Official portal")
            .anchor(Anchor.builder().source("portal").exact("adopted the line").build())
            .build())
        .addClaims(Claim.builder()
            .id("farms-thrive")
            .statement("Co-operative farms thrive.")
            .kind(ClaimKind.CHARACTERISATION)
            .addAbout(EntityRef.sector("agriculture"))
            .assertedBy("Official portal")
            .anchor(Anchor.builder().source("portal").exact("farms thrive").suffix(".").build())
            .build())
        .build();
  }

  /**
   * Every feature of model v2 in one narrative that validates against its texts: a fixture, not
   * data. It tells of the first five-year plan of Hanmaru, an invented state, as an invented
   * planners' report in an invented Korean original ({@code report-ko}) and its English translation
   * ({@code report-en}, whose {@code translationOf} names the original) tell it. Hanmaru, its party,
   * people, plans and figures are fictional; nothing in it is data about any real state, and its
   * description and both sources' notes say so.
   *
   * <p>It has actors of every {@link org.policynarrative.core.ActorKind kind}, each in a
   * {@link org.policynarrative.core.ActorRole role} of a policy line; events with dates, a place and
   * participants; figures stated in every {@link org.policynarrative.core.StatedAs way} and with every
   * {@link org.policynarrative.core.FigureStatus status}, with units, UCUM codes, periods and
   * baselines; claim relations of every built-in type and one declared type; claims anchored in the
   * translation and again in the original (one in the original only); declared claim kinds, priority
   * modes and relation types, with broader codes, chained; parallel beside simultaneous priorities;
   * a justification; in-force periods, an amendment, a superseded and a continued line; Korean labels
   * on every kind of entity that has labels; identifiers and encoder's notes on every kind of entity
   * that has them. {@code SampleNarrativesTest} fails when one of these goes missing.
   *
   * @return the narrative; every anchor matches {@link #firstFiveYearPlanTexts()}
   */
  public static Narrative firstFiveYearPlan() {
    return FirstFiveYearPlan.narrative();
  }

  /**
   * {@return the source texts of {@link #firstFiveYearPlan()}: the invented Korean original
   * ({@code report-ko}) and its invented English translation ({@code report-en}), for
   * {@code NarrativeValidator.validate(narrative, texts)}}
   */
  public static List<SourceText> firstFiveYearPlanTexts() {
    return FirstFiveYearPlan.texts();
  }

  /** Strings full of Markdown, HTML, white space, control characters and other scripts. */
  public static Narrative trickyStrings() {
    return Narrative.builder()
        .id("tricky")
        .title("# Not a *heading* | `code` <script>alert(1)</script> #")
        .language("ko-KP")
        .version(" 1.0 ")
        .description("1. not a list\n> not a quote\r\n- not an item\ttab \u0000 nul \u001b esc &amp; &copy; \\")
        .addSources(Source.builder().id("s").title("[link](http://x) ![img](y) <b>bold</b>")
            .note("\u00a0&#0; \u0000").build())
        .addEras(Era.builder().id("e").name("만리마 시대 **Mallima**").period(Period.parse("2015/.."))
            .putLabels("ko", "  만리마  ").addAlternativeNames("---", "===", "+ plus", "2) two", "~~~", "$x$")
            .build())
        .addPolicyLines(PolicyLine.builder().id("l").name("| pipe | table |").addEras("e")
            .addPriorities(SectorPriority.builder().sector("x").mode(PriorityMode.TOP_PRIORITY)
                .wording("a | b \\| c \\").build())
            .build())
        .addSectors(Sector.builder().id("x").name("x: y: z").build())
        .addClaims(Claim.builder().id("c").statement("> quoted\n\n> again  ").kind(ClaimKind.OBJECTIVE)
            .addAbout(EntityRef.policyLine("l")).assertedBy("_under_ \\* star")
            .anchor(Anchor.builder().source("s").exact(" ").prefix("").suffix("\n").build())
            .build())
        .build();
  }

  /** Eras, lines, claims and sectors whose data-set order differs from the order they are presented in. */
  public static Narrative dataSetOrder() {
    return Narrative.builder()
        .id("order").title("Data-set order").language("en").version("1")
        .addEras(Era.builder().id("late").name("Late").period(Period.parse("2000")).build())
        .addEras(Era.builder().id("early").name("Early").period(Period.parse("1950")).build())
        .addPolicyLines(PolicyLine.builder().id("b").name("B").addEras("late").build())
        .addPolicyLines(PolicyLine.builder().id("a").name("A").addEras("early").build())
        .addSectors(Sector.builder().id("child").name("Child").broader("root").build())
        .addSectors(Sector.builder().id("root").name("Root").build())
        .build();
  }
}
