package org.policynarrative.json;

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

/** Narratives built in code for the tests: one that uses every field of every type, and a minimal one. */
final class SampleNarratives {

  private SampleNarratives() {}

  /** The smallest valid narrative. */
  static Narrative minimal() {
    return Narrative.builder().id("minimal").title("Minimal").language("en").version("1").build();
  }

  /** Every type, every optional field, dates in every shape (plain, Juche, free wording, open, intervals). */
  static Narrative full() {
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
}
