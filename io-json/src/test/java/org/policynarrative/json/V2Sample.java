package org.policynarrative.json;

import java.math.BigDecimal;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.CalendarModel;
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
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.StatedAs;

/**
 * A narrative built in code that uses every attribute model v2 added, for the golden file
 * {@code GoldenFilesTest/v2-full.expected.json}: a test fixture invented for the purpose, not data
 * about any state (the actors, events, figures and identifiers are made up or illustrative).
 */
final class V2Sample {

  private V2Sample() {}

  static Narrative full() {
    HistoricalDate juche45 = HistoricalDate.ofJucheYear(45);
    return Narrative.builder()
        .id("five-year-plan")
        .title("The first five-year plan, as a fixture tells it")
        .language("en")
        .version("2")
        .description("Test fixture, not data: every attribute of format version 2, with made-up content.")
        .addVocabulary(CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND).code("ownership-change")
            .label("Ownership change").definition("The source says who owns a sector changed.")
            .broader("policy-description").build())
        .addVocabulary(CodeDefinition.builder().scheme(CodeScheme.PRIORITY_MODE).code("state-capitalist-track")
            .label("On the track of state capitalism").broader("prioritized").build())
        .addVocabulary(CodeDefinition.builder().scheme(CodeScheme.RELATION_TYPE).code("quotes")
            .label("Quotes").build())
        .addSources(Source.builder().id("original").title("The original").language("ko")
            .addEncoderNotes(EncoderNote.of("Scanned copy; two pages are hard to read.")).build())
        .addSources(Source.builder().id("translation").title("The official translation").language("en")
            .translationOf("original").build())
        .addEras(Era.builder().id("plan-years").name("Years of the plan").period(Period.parse("1956/1961"))
            .addIdentifiers("periodo:p0abcde", "https://example.org/eras/plan-years")
            .addEncoderNotes(EncoderNote.builder().text("The end year is inferred.").author("Encoder A").build())
            .build())
        .addSectors(Sector.builder().id("industry").name("Industry")
            .addIdentifiers("wikidata:Q8148").build())
        .addSectors(Sector.builder().id("private-industry").name("Private industry").broader("industry")
            .addEncoderNotes(EncoderNote.of("The source never defines it.")).build())
        .addActors(Actor.builder().id("party").name("The Party").putLabels("ko", "당").kind(ActorKind.PARTY)
            .addAlternativeNames("the ruling party").description("The ruling party of the fixture.")
            .addIdentifiers("https://example.org/actors/party")
            .addEncoderNotes(EncoderNote.of("Named only by its role.")).build())
        .addActors(Actor.builder().id("premier").name("The premier").kind(ActorKind.PERSON).build())
        .addActors(Actor.builder().id("ally").name("A friendly state").kind(ActorKind.STATE).build())
        .addActors(Actor.builder().id("bloc").name("An economic bloc").kind(ActorKind.INTERNATIONAL_BODY).build())
        .addEvents(Event.builder().id("congress").name("The Third Congress").putLabels("ko", "제3차 대회")
            .when(Period.of(HistoricalDate.ofMonth(1956, 4))).place("Pyongyang").addParticipants("party", "premier")
            .summary("Where the plan was adopted.").addIdentifiers("x-local:congress-3")
            .addEncoderNotes(EncoderNote.of("The day is not given.")).build())
        .addEvents(Event.builder().id("floods").name("Successive natural disasters")
            .when(Period.of(HistoricalDate.ofDecade(1990).withWording("in the 1990s", CalendarModel.GREGORIAN)))
            .build())
        .addPolicyLines(PolicyLine.builder().id("five-year-plan").name("First five-year plan")
            .putLabels("ko", "인민경제발전 5개년계획").statement("Lay the foundations of industrialisation.")
            .adopted(juche45).adoptedAtEvent("congress")
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, "party"), LineRole.of(ActorRole.DRAFTED_BY, "premier"),
                LineRole.of(ActorRole.OPPOSED_BY, "ally"))
            .inForce(Period.parse("1957/1961")).addEras("plan-years")
            .addPriorities(SectorPriority.of("industry", PriorityMode.PARALLEL))
            .addPriorities(SectorPriority.builder().sector("private-industry")
                .mode(PriorityMode.fromCode("state-capitalist-track")).wording("on the track of state capitalism")
                .build())
            .addIdentifiers("https://example.org/lines/five-year-plan")
            .addEncoderNotes(EncoderNote.of("In force until completed early, as the source says.")).build())
        .addPolicyLines(PolicyLine.builder().id("raised-targets").name("Raised targets").amends("five-year-plan")
            .addRoles(LineRole.of(ActorRole.IMPLEMENTED_BY, "premier"), LineRole.of(ActorRole.ENDORSED_BY, "bloc"))
            .build())
        .addClaims(Claim.builder().id("targets-set").statement("The plan set targets for steel output.")
            .kind(ClaimKind.OBJECTIVE).addAbout(EntityRef.policyLine("five-year-plan"), EntityRef.event("congress"))
            .assertedBy("Official portal")
            .anchor(Anchor.builder().source("translation").exact("set targets").build())
            .addFigures(Figure.builder().indicator("steel output").sector("industry")
                .wording("between 2.5 and 3.0 million tons").statedAs(StatedAs.RANGE)
                .amount(new BigDecimal("2.5")).upTo(new BigDecimal("3.0")).unit("million tons").ucum("10*6.t")
                .period(Period.parse("1961")).status(FigureStatus.TARGET).build())
            .build())
        .addClaims(Claim.builder().id("steel-output").statement("Steel output reached 5.35 million tons in 1960.")
            .kind(ClaimKind.STATISTIC).addAbout(EntityRef.sector("industry"), EntityRef.actor("party"))
            .addCauses(EntityRef.event("floods")).addEffects(EntityRef.actor("ally"))
            .assertedBy("Official portal").refersTo(Period.parse("1960"))
            .anchor(Anchor.builder().source("translation").exact("reached 5.35 million tons").start(3).end(28)
                .build())
            .addOtherAnchors(Anchor.builder().source("original").exact("535만 톤").prefix("강철 ").build())
            .addFigures(Figure.builder().indicator("steel output").sector("industry")
                .wording("5.35 million tons").statedAs(StatedAs.EXACT).amount(new BigDecimal("5.350"))
                .unit("million tons").period(Period.parse("1960")).status(FigureStatus.RESULT).build())
            .addFigures(Figure.builder().indicator("steel output").wording("4 times that of 1952")
                .statedAs(StatedAs.MULTIPLE).amount(new BigDecimal("4")).baselinePeriod(Period.parse("1952"))
                .baselineAmount(new BigDecimal("1.34")).status(FigureStatus.RESULT).build())
            .addFigures(Figure.builder().indicator("industrial output").wording("grew by about a thousand times")
                .statedAs(StatedAs.APPROXIMATE).amount(new BigDecimal("1E+3")).status(FigureStatus.RESULT).build())
            .addFigures(Figure.builder().indicator("share of state industry").wording("at least 36.6 per cent")
                .statedAs(StatedAs.AT_LEAST).amount(new BigDecimal("36.6")).ucum("%").status(FigureStatus.PLAN)
                .build())
            .addFigures(Figure.builder().indicator("grain").wording("targets were surpassed")
                .statedAs(StatedAs.UNQUANTIFIED).status(FigureStatus.RESULT).build())
            .addRelations(ClaimRelation.of(RelationType.FULFILS, "targets-set"))
            .addEncoderNotes(EncoderNote.of("The original gives the figure in ten thousands."))
            .build())
        .addClaims(Claim.builder().id("why-the-line").statement("The Party set out the plan to cope with the situation.")
            .kind(ClaimKind.JUSTIFICATION).addJustifies(EntityRef.policyLine("five-year-plan"))
            .assertedBy("Official portal")
            .anchor(Anchor.builder().source("translation").exact("to cope with the prevailing situation").build())
            .addRelations(ClaimRelation.of(RelationType.ELABORATES, "targets-set"),
                ClaimRelation.of(RelationType.fromCode("quotes"), "steel-output"))
            .build())
        .addClaims(Claim.builder().id("ownership").statement("Private industry was put on the track of state capitalism.")
            .kind(ClaimKind.fromCode("ownership-change")).addAbout(EntityRef.sector("private-industry"))
            .assertedBy("Official portal")
            .anchor(Anchor.builder().source("translation").exact("track of state capitalism").build())
            .build())
        .build();
  }
}
