package org.policynarrative.markdown;

import java.util.Map;
import java.util.function.Supplier;
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
import org.policynarrative.core.Verdict;

/** Hand-built narratives for the golden files, by case name. */
final class SampleNarratives {

  private SampleNarratives() {}

  /** Every case: the golden file {@code <name>.md} holds what the writer must produce. */
  static final Map<String, Supplier<Narrative>> CASES = Map.of(
      "economic-construction", SampleNarratives::economicConstruction,
      "minimal", SampleNarratives::minimal,
      "tricky-strings", SampleNarratives::trickyStrings,
      "data-set-order", SampleNarratives::dataSetOrder);

  /** The complete example of the README: every kind of entity and most optional fields. */
  static Narrative economicConstruction() {
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

  /** Only what is required. */
  static Narrative minimal() {
    return Narrative.builder().id("empty").title("An empty narrative").language("en").version("0").build();
  }

  /** Strings full of Markdown, HTML, white space, control characters and other scripts. */
  static Narrative trickyStrings() {
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
  static Narrative dataSetOrder() {
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
