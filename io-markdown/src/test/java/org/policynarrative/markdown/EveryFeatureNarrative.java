package org.policynarrative.markdown;

import java.math.BigDecimal;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.Verdict;

/**
 * A test fixture, not data: an invented account of a state's first five-year plans, in the shape
 * such official texts take, that uses every feature of model v2 (actors, events, figures, claim
 * relations, other anchors, in-force periods, amendments, roles, labels, identifiers, encoder's
 * notes, declared codes). Its names, figures and quotations are made up for the tests; none of it
 * is a claim about any real state.
 */
final class EveryFeatureNarrative {

  private EveryFeatureNarrative() {}

  static Narrative narrative() {
    return Narrative.builder()
        .id("first-plans").title("The first five-year plans (test fixture)").language("en").version("2")
        .description("An invented narrative that uses every feature of model v2; not data.")
        .addSources(Source.builder().id("report-ko").title("Report on the plan's fulfilment").language("ko")
            .published(HistoricalDate.ofYear(1961)).build())
        .addSources(Source.builder().id("report-en").title("Report on the plan's fulfilment (English edition)")
            .language("en").translationOf("report-ko")
            .addEncoderNotes(EncoderNote.builder().text("Page 12 of the scan is garbled.").author("A. Encoder").build())
            .build())
        .addEras(Era.builder().id("reconstruction").name("Post-war reconstruction").period(Period.parse("1953/1956"))
            .addIdentifiers("periodo:p0rcn01").build())
        .addEras(Era.builder().id("first-plan-era").name("First five-year plan").period(Period.parse("1957/1961%"))
            .putLabels("ko", "제1차 5개년계획").addEncoderNotes(EncoderNote.of("The end year is approximate.")).build())
        .addActors(Actor.builder().id("party").name("The Party").kind(ActorKind.PARTY).putLabels("ko", "당")
            .addAlternativeNames("the ruling party").description("The ruling party, as the source names it.")
            .addIdentifiers("wikidata:Q0000001").build())
        .addActors(Actor.builder().id("premier").name("The premier").kind(ActorKind.PERSON).build())
        .addActors(Actor.builder().id("ally").name("A fraternal state").kind(ActorKind.STATE)
            .addEncoderNotes(EncoderNote.of("The source never names it.")).build())
        .addEvents(Event.builder().id("third-congress").name("Third Congress").when(Period.parse("1956-04"))
            .place("the capital").addParticipants("party", "premier").putLabels("ko", "제3차 대회")
            .summary("The congress that adopted the first plan.").addIdentifiers("wikidata:Q0000002").build())
        .addEvents(Event.builder().id("floods").name("Successive natural disasters").build())
        .addSectors(Sector.builder().id("industry").name("Industry")
            .addMappings(SectorMapping.of("ISIC-4", "C", MappingRelation.BROADER))
            .addIdentifiers("wikidata:Q8148").build())
        .addSectors(Sector.builder().id("steel").name("Steel").broader("industry")
            .addEncoderNotes(EncoderNote.of("Also called ferrous metallurgy in the source.")).build())
        .addSectors(Sector.builder().id("ownership").name("Private industry").build())
        .addPolicyLines(PolicyLine.builder().id("first-plan").name("First five-year plan")
            .putLabels("ko", "제1차 5개년계획").statement("Lay the foundations of industrialisation.")
            .adopted(HistoricalDate.ofMonth(1956, 4)).adoptedAtEvent("third-congress")
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, "party"), LineRole.of(ActorRole.DRAFTED_BY, "premier"))
            .inForce(Period.parse("1957/1961")).addEras("reconstruction", "first-plan-era")
            .durability(Durability.TEMPORARY).addIdentifiers("wikidata:Q0000003")
            .addPriorities(SectorPriority.builder().sector("steel").mode(PriorityMode.PREFERENTIAL).rank(1)
                .wording("first of all, steel").build())
            .addPriorities(SectorPriority.of("industry", PriorityMode.PARALLEL))
            .addPriorities(SectorPriority.of("ownership", PriorityMode.fromCode("socialist-transformation")))
            .build())
        .addPolicyLines(PolicyLine.builder().id("raised-targets").name("Raised targets")
            .adopted(HistoricalDate.ofYear(1958)).amends("first-plan").addEras("first-plan-era")
            .addEncoderNotes(EncoderNote.of("Amends, not replaces: the targets were raised.")).build())
        .addClaims(Claim.builder().id("plan-set").statement("The plan set steel output at 1.5 million tons by 1961.")
            .kind(ClaimKind.OBJECTIVE).assertedBy("The Party").addAbout(EntityRef.policyLine("first-plan"))
            .anchor(Anchor.builder().source("report-en").exact("1.5 million tons").prefix("steel output at ")
                .suffix(" by 1961").start(310).end(326).build())
            .addFigures(Figure.builder().indicator("steel output").sector("steel").wording("1.5 million tons")
                .statedAs(StatedAs.EXACT).amount(new BigDecimal("1.5")).unit("million tons").ucum("10*6.t")
                .period(Period.parse("1961")).status(FigureStatus.TARGET).build())
            .build())
        .addClaims(Claim.builder().id("plan-surpassed")
            .statement("Steel output reached 5.35 million tons in 1961, four times that of 1956, surpassing the plan.")
            .kind(ClaimKind.STATISTIC).assertedBy("The Party").extractedBy("test fixture")
            .addAbout(EntityRef.era("first-plan-era"), EntityRef.sector("steel"))
            .addCauses(EntityRef.policyLine("first-plan")).addEffects(EntityRef.sector("steel"))
            .refersTo(Period.parse("1961"))
            .anchor(Anchor.builder().source("report-en").exact("reached 5.35 million tons, 4 times that of 1956")
                .prefix("eel output ").suffix(", both surpassing").build())
            .addOtherAnchors(Anchor.builder().source("report-ko").exact("535만 톤").start(88).end(94).build())
            .addFigures(Figure.builder().indicator("steel output").sector("steel").wording("5.35 million tons")
                .statedAs(StatedAs.EXACT).amount(new BigDecimal("5.35")).unit("million tons")
                .period(Period.parse("1961")).status(FigureStatus.RESULT).build())
            .addFigures(Figure.builder().indicator("steel output").wording("4 times that of 1956")
                .statedAs(StatedAs.MULTIPLE).amount(new BigDecimal("4")).period(Period.parse("1961"))
                .baselinePeriod(Period.parse("1956")).baselineAmount(new BigDecimal("1.3375E+6"))
                .status(FigureStatus.RESULT).build())
            .addFigures(Figure.builder().indicator("steel output").wording("between 5 and 6 million tons")
                .statedAs(StatedAs.RANGE).amount(new BigDecimal("5.000")).upTo(new BigDecimal("6"))
                .period(Period.between(HistoricalDate.ofDecade(1960).withWording("the early sixties",
                    CalendarModel.GREGORIAN), HistoricalDate.ofYear(1961)))
                .status(FigureStatus.PLAN).build())
            .addRelations(ClaimRelation.of(RelationType.FULFILS, "plan-set"))
            .addEncoderNotes(EncoderNote.builder().text("The English edition rounds the Korean figure.")
                .author("A. Encoder").build())
            .addAssessments(Assessment.builder().assessor("Independent historians").verdict(Verdict.DISPUTED)
                .note("Output data were not published in absolute terms.").addReferences("A study (2004), p. 41")
                .build())
            .build())
        .addClaims(Claim.builder().id("why-the-line").statement("The plan was set out to cope with the situation.")
            .kind(ClaimKind.JUSTIFICATION).assertedBy("The Party").addAbout(EntityRef.event("third-congress"))
            .addJustifies(EntityRef.policyLine("first-plan"))
            .anchor(Anchor.builder().source("report-en").exact("to cope with the prevailing situation").build())
            .build())
        .addClaims(Claim.builder().id("ally-aided").statement("A fraternal state aided reconstruction.")
            .kind(ClaimKind.fromCode("foreign-aid")).assertedBy("The Party").addAbout(EntityRef.actor("ally"))
            .anchor(Anchor.builder().source("report-en").exact("with the aid of").suffix(" \"fraternal\" states")
                .build())
            .addRelations(ClaimRelation.of(RelationType.fromCode("qualifies"), "plan-surpassed"))
            .build())
        .addClaims(Claim.builder().id("floods-overcome").statement("Successive natural disasters were overcome.")
            .kind(ClaimKind.ACHIEVEMENT).assertedBy("The Party").addAbout(EntityRef.event("floods"))
            .anchor(Anchor.builder().source("report-en").exact("overcome")
                .prefix("\"disasters\", after \"floods\" were ").build())
            .build())
        .addVocabulary(CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND).code("foreign-aid").label("Foreign aid")
            .definition("The source says another state gave aid.").broader("characterisation").build())
        .addVocabulary(CodeDefinition.builder().scheme(CodeScheme.PRIORITY_MODE).code("socialist-transformation")
            .label("Socialist transformation").definition("The line changes the sector's ownership.").build())
        .addVocabulary(CodeDefinition.builder().scheme(CodeScheme.RELATION_TYPE).code("qualifies")
            .label("Qualifies").broader("elaborates").build())
        .build();
  }
}
