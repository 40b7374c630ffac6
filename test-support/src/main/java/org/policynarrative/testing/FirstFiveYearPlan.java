package org.policynarrative.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import org.policynarrative.core.SourceText;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.Verdict;

/**
 * The fixture behind {@link SampleNarratives#firstFiveYearPlan()}: an invented report on the first
 * five-year plan of an invented state, Hanmaru, in an invented Korean original and its English
 * translation. Nothing in it is data about any real state, party, person or plan. It exists to use
 * every feature of model v2 at least once, in a narrative that validates against its texts.
 */
final class FirstFiveYearPlan {

  static final String ORIGINAL_ID = "report-ko";
  static final String TRANSLATION_ID = "report-en";

  /** What the narrative and both sources say about themselves, so no reader takes it for data. */
  static final String FIXTURE = "A test fixture invented for policy-narrative: Hanmaru, its parties, people, plans"
      + " and figures are fictional, and nothing here is data about any real state.";

  /** The invented original, in Korean. One sentence a line; the translation leaves out the sentence on the premier's report. */
  static final String ORIGINAL = """
      제1차 5개년계획 수행 총화 보고
      제1차 5개년계획은 3개년 복구계획(1954-1956)을 이어받았다.
      계획은 서하늘 총리의 지도 밑에 작성되었으며 1956년 4월 수도 동마루에서 열린 한마루 통일당 제3차대회에서 채택되었다.
      1955년 가을 대홍수의 피해를 가시고 공업화의 토대를 닦기 위하여 당은 계획을 내놓았다.
      계획은 기계제작공업을 우선적으로 발전시키면서 경공업과 농업을 동시에 발전시켰다.
      개인수공업 작업장들은 협동적소유의 궤도에 올라섰으나 개인상인들은 이를 반대하였다.
      계획은 1961년까지 강철 120만t, 알곡 300만-350만t을 생산할 목표를 내세웠다.
      공업투자는 국가예산의 약 40%로 계획되었다.
      국가계획위원회가 계획을 수행하였으며 벨마르크련방은 이를 지지하였다.
      1959년 여름 당은 강철 목표를 150만t 이상으로 높였다.
      벨마르크련방의 원조와 호상무역리사회를 통하여 한마루는 40개의 새 공장을 건설하였다.
      계획은 4년 만에 수행되었으며 1960년 강철생산은 162만t으로서 1956년의 4배에 이르렀다.
      알곡수확고는 해마다 늘어났다.
      1960년 알곡생산은 180만t이던 1956년 수준의 180%였다.
      발전량은 해마다 50억kWh를 넘지 않았다.
      인민생활은 뚜렷이 높아졌다.
      1960년 제강소들은 150만t을 생산하였다.
      총리는 1962년 1월 10일 국가회의에서 계획수행 정형을 보고하였다.
      1961년 9월에 채택된 7개년계획은 제1차 5개년계획의 로선을 이어나가며 금속공업을 중심고리로 한다.
      1962년 12월 당은 경제건설과 국방건설을 어느 하나도 앞세우지 않고 병진시키는 로선을 내놓았다.
      다시 말하여 제1차 5개년계획은 앞당겨 수행되었다.
      """;

  /** The invented English translation of {@link #ORIGINAL}. */
  static final String TRANSLATION = """
      Report on the Fulfilment of the First Five-Year Plan
      The First Five-Year Plan took over from the Three-Year Plan of reconstruction (1954–1956).
      It was drafted under the direction of Premier Seo Haneul and adopted by the Third Congress of the Unity Party of Hanmaru, held in the capital, Dongmaru, in April 1956.
      To repair the damage of the great flood of the autumn of 1955 and to lay the foundations of industrialisation, the Party set out the plan.
      The plan developed the machine-building industry preferentially and light industry and agriculture simultaneously beside it.
      Private workshops were put on the track of co-operative ownership, although private traders opposed the change.
      The plan set the targets of producing 1.2 million tons of steel and between 3.0 and 3.5 million tons of grain by 1961.
      Investment in industry was planned at about 40 per cent of the state budget.
      The State Planning Commission carried out the plan, and the Federation of Velmark endorsed it.
      In the summer of 1959 the Party raised the steel target to at least 1.5 million tons.
      With the aid of the Federation of Velmark and through the Council for Mutual Trade, Hanmaru built 40 new factories.
      The plan was fulfilled in four years, and steel output in 1960 reached 1.62 million tons, 4 times that of 1956.
      Harvests grew year after year.
      Grain output in 1960 was 180 per cent of the 1956 level, which had been 1.8 million tons.
      Electricity generation stayed below 5 billion kilowatt-hours a year.
      The people's living standards rose markedly.
      In 1960 the steel works turned out 1.5 million tons.
      The Seven-Year Plan, adopted in September 1961, carries on the course of the First Five-Year Plan with metallurgy as its leading link.
      In December 1962 the Party set out the line of developing the economy and defence side by side, neither before the other.
      Once again: the First Five-Year Plan was fulfilled ahead of time.
      """;

  private static final String ASSERTED_BY = "Hanmaru State Planning Commission (fictional)";
  private static final String EXTRACTED_BY = "policy-narrative test suite";
  private static final String FIXTURE_URI = "https://example.org/fixture/hanmaru/";

  private FirstFiveYearPlan() {}

  static List<SourceText> texts() {
    return List.of(SourceText.of(ORIGINAL_ID, ORIGINAL), SourceText.of(TRANSLATION_ID, TRANSLATION));
  }

  static Narrative narrative() {
    SourceText original = SourceText.of(ORIGINAL_ID, ORIGINAL);
    SourceText translation = SourceText.of(TRANSLATION_ID, TRANSLATION);
    return Narrative.builder()
        .id("hanmaru-first-five-year-plan")
        .title("Hanmaru's First Five-Year Plan, as its planners report it (a fictional fixture)")
        .language("en")
        .version("1")
        .description(FIXTURE + " It uses every feature of model v2 at least once.")
        .addSources(Source.builder()
            .id(ORIGINAL_ID)
            .title("제1차 5개년계획 수행 총화 보고")
            .publisher("한마루 국가계획위원회 (fictional)")
            .published(HistoricalDate.ofYear(1962))
            .language("ko")
            .sha256(original.sha256())
            .note(FIXTURE)
            .build())
        .addSources(Source.builder()
            .id(TRANSLATION_ID)
            .title("Report on the Fulfilment of the First Five-Year Plan")
            .language("en")
            .sha256(translation.sha256())
            .note(FIXTURE + " The English translation of report-ko.")
            .translationOf(ORIGINAL_ID)
            .addEncoderNotes(EncoderNote.builder()
                .text("The translation leaves out the original's sentence on the premier's report of January 1962.")
                .author(EXTRACTED_BY).build())
            .build())
        .addAllEras(eras())
        .addAllSectors(sectors())
        .addAllPolicyLines(policyLines())
        .addAllActors(actors())
        .addAllEvents(events())
        .addAllVocabulary(vocabulary())
        .addAllClaims(new Claims(translation, original).all())
        .build();
  }

  private static List<Era> eras() {
    return List.of(
        Era.builder().id("reconstruction").name("Reconstruction after the flood")
            .putLabels("ko", "복구건설시기")
            .period(Period.parse("1954/1956-03"))
            .source(TRANSLATION_ID)
            .addIdentifiers(FIXTURE_URI + "era/reconstruction")
            .build(),
        Era.builder().id("first-plan-years").name("Years of the First Five-Year Plan")
            .putLabels("ko", "제1차 5개년계획 시기")
            .period(Period.parse("1956-04/1961"))
            .summary("From the plan's adoption to its last planned year.")
            .source(TRANSLATION_ID)
            .addIdentifiers("fixture:era-first-plan")
            .addEncoderNotes(EncoderNote.of("The report gives no start for the era; it is dated here from the"
                + " plan's adoption."))
            .build(),
        Era.builder().id("seven-year-plan-years").name("Years of the Seven-Year Plan")
            .putLabels("ko", "7개년계획 시기")
            .period(Period.parse("1961-09/1967"))
            .build());
  }

  private static List<Sector> sectors() {
    return List.of(
        Sector.builder().id("industry").name("Industry").putLabels("ko", "공업")
            .addMappings(SectorMapping.of("ISIC-4", "C", MappingRelation.BROADER)).build(),
        Sector.builder().id("machine-building").name("Machine-building industry").putLabels("ko", "기계제작공업")
            .broader("industry").addMappings(SectorMapping.of("ISIC-4", "28", MappingRelation.CLOSE))
            .addIdentifiers(FIXTURE_URI + "sector/machine-building").build(),
        Sector.builder().id("metallurgy").name("Metallurgy").putLabels("ko", "금속공업").broader("industry")
            .addEncoderNotes(EncoderNote.of("The original says 금속공업 (metal industry); the translation says"
                + " 'metallurgy'. Steel output is counted here."))
            .build(),
        Sector.builder().id("light-industry").name("Light industry").putLabels("ko", "경공업").broader("industry")
            .build(),
        Sector.builder().id("handicrafts").name("Handicrafts").putLabels("ko", "수공업").broader("industry").build(),
        Sector.builder().id("power").name("Electric power").putLabels("ko", "전력공업").build(),
        Sector.builder().id("agriculture").name("Agriculture").putLabels("ko", "농업")
            .addMappings(SectorMapping.of("COFOG", "04.2", MappingRelation.BROADER)).build(),
        Sector.builder().id("economy").name("Economic construction").putLabels("ko", "경제건설").build(),
        Sector.builder().id("defence").name("Defence").putLabels("ko", "국방건설")
            .addMappings(SectorMapping.of("COFOG", "02", MappingRelation.CLOSE)).build());
  }

  private static List<PolicyLine> policyLines() {
    return List.of(
        PolicyLine.builder().id("three-year-plan").name("Three-Year Plan of reconstruction")
            .putLabels("ko", "3개년 복구계획")
            .inForce(Period.parse("1954/1956"))
            .addEras("reconstruction")
            .build(),
        PolicyLine.builder().id("first-five-year-plan").name("First Five-Year Plan")
            .putLabels("ko", "제1차 5개년계획")
            .statement("developing the machine-building industry preferentially and light industry and agriculture"
                + " simultaneously beside it")
            .adopted(HistoricalDate.ofMonth(1956, 4))
            .adoptedAtEvent("third-congress")
            .addRoles(LineRole.of(ActorRole.DRAFTED_BY, "premier-seo"),
                LineRole.of(ActorRole.ADOPTED_BY, "unity-party"),
                LineRole.of(ActorRole.IMPLEMENTED_BY, "state-planning-commission"),
                LineRole.of(ActorRole.ENDORSED_BY, "velmark"),
                LineRole.of(ActorRole.OPPOSED_BY, "private-traders"))
            .inForce(Period.parse("1957/1961"))
            .addEras("first-plan-years")
            .addPriorities(
                SectorPriority.builder().sector("machine-building").mode(PriorityMode.PREFERENTIAL).rank(1)
                    .wording("developed the machine-building industry preferentially").build(),
                SectorPriority.builder().sector("light-industry").mode(PriorityMode.SIMULTANEOUS).rank(2)
                    .wording("light industry and agriculture simultaneously beside it").build(),
                SectorPriority.builder().sector("agriculture").mode(PriorityMode.SIMULTANEOUS).rank(2)
                    .wording("light industry and agriculture simultaneously beside it").build(),
                SectorPriority.builder().sector("handicrafts").mode(PriorityMode.fromCode("ownership-transformation"))
                    .wording("put on the track of co-operative ownership").build())
            .durability(Durability.TEMPORARY)
            .supersedes("three-year-plan")
            .addIdentifiers(FIXTURE_URI + "line/first-five-year-plan", "fixture:line-1")
            .addEncoderNotes(EncoderNote.builder().text("The plan's years (1957 to 1961) are the encoder's reading"
                + " of 'by 1961' and 'fulfilled in four years'.").author(EXTRACTED_BY).build())
            .build(),
        PolicyLine.builder().id("raised-steel-target").name("Raised steel target")
            .putLabels("ko", "강철 목표 상향")
            .adopted(HistoricalDate.parse("1959-22").withWording("in the summer of 1959", CalendarModel.GREGORIAN))
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, "unity-party"))
            .inForce(Period.parse("1959/1961"))
            .addEras("first-plan-years")
            .addPriorities(SectorPriority.of("metallurgy", PriorityMode.PRIORITIZED))
            .amends("first-five-year-plan")
            .build(),
        PolicyLine.builder().id("seven-year-plan").name("Seven-Year Plan")
            .putLabels("ko", "7개년계획")
            .adopted(HistoricalDate.ofMonth(1961, 9))
            .inForce(Period.parse("1961/1967"))
            .addEras("seven-year-plan-years")
            .addPriorities(SectorPriority.builder().sector("metallurgy").mode(PriorityMode.fromCode("leading-link"))
                .wording("with metallurgy as its leading link").build())
            .continues("first-five-year-plan")
            .build(),
        PolicyLine.builder().id("economy-and-defence").name("Line of developing the economy and defence side by side")
            .putLabels("ko", "경제건설과 국방건설 병진로선")
            .statement("developing the economy and defence side by side, neither before the other")
            .adopted(HistoricalDate.ofMonth(1962, 12))
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, "unity-party"))
            .addEras("seven-year-plan-years")
            .addPriorities(SectorPriority.builder().sector("economy").mode(PriorityMode.PARALLEL)
                    .wording("side by side, neither before the other").build(),
                SectorPriority.builder().sector("defence").mode(PriorityMode.PARALLEL)
                    .wording("side by side, neither before the other").build())
            .durability(Durability.PERMANENT)
            .build());
  }

  private static List<Actor> actors() {
    return List.of(
        Actor.builder().id("premier-seo").name("Premier Seo Haneul").putLabels("ko", "서하늘 총리")
            .kind(ActorKind.PERSON).addIdentifiers(FIXTURE_URI + "actor/premier-seo")
            .addEncoderNotes(EncoderNote.of("The report never gives the premier's full title; 'Premier' is the"
                + " translation's word."))
            .build(),
        Actor.builder().id("unity-party").name("Unity Party of Hanmaru").putLabels("ko", "한마루 통일당")
            .kind(ActorKind.PARTY).addAlternativeNames("the Party").addIdentifiers("fixture:unity-party").build(),
        Actor.builder().id("state-planning-commission").name("State Planning Commission")
            .putLabels("ko", "국가계획위원회").kind(ActorKind.ORGANISATION).build(),
        Actor.builder().id("hanmaru").name("Hanmaru").putLabels("ko", "한마루").kind(ActorKind.STATE)
            .description("The fictional state of the fixture.").build(),
        Actor.builder().id("velmark").name("Federation of Velmark").putLabels("ko", "벨마르크련방")
            .kind(ActorKind.STATE).description("A fictional ally.").build(),
        Actor.builder().id("council-for-mutual-trade").name("Council for Mutual Trade")
            .putLabels("ko", "호상무역리사회").kind(ActorKind.INTERNATIONAL_BODY).build(),
        Actor.builder().id("private-traders").name("Private traders").putLabels("ko", "개인상인들")
            .kind(ActorKind.OTHER).build());
  }

  private static List<Event> events() {
    return List.of(
        Event.builder().id("third-congress").name("Third Congress of the Unity Party")
            .putLabels("ko", "통일당 제3차대회")
            .when(Period.parse("1956-04"))
            .place("Dongmaru, the capital")
            .addParticipants("unity-party", "premier-seo")
            .summary("Adopted the First Five-Year Plan.")
            .addIdentifiers(FIXTURE_URI + "event/third-congress")
            .build(),
        Event.builder().id("great-flood").name("Great flood of 1955").putLabels("ko", "1955년 대홍수")
            .when(Period.parse("1955-23"))
            .addEncoderNotes(EncoderNote.of("'The autumn of 1955' is encoded as the EDTF season 1955-23."))
            .build(),
        Event.builder().id("premier-report").name("The premier's report to the State Assembly")
            .putLabels("ko", "국가회의 보고")
            .when(Period.parse("1962-01-10"))
            .place("State Assembly")
            .addParticipants("premier-seo")
            .build());
  }

  private static List<CodeDefinition> vocabulary() {
    return List.of(
        code(CodeScheme.CLAIM_KIND, "plan-fulfilment", "Plan fulfilment",
            "The source reports that a plan, or one of its targets, was fulfilled.", "achievement"),
        code(CodeScheme.CLAIM_KIND, "overfulfilment", "Overfulfilment",
            "The source reports a plan fulfilled ahead of time or beyond its targets.", "plan-fulfilment"),
        code(CodeScheme.PRIORITY_MODE, "ownership-transformation", "Ownership transformation",
            "The line changes who owns the sector rather than ranking its growth.", null),
        code(CodeScheme.PRIORITY_MODE, "leading-link", "Leading link",
            "The sector that pulls the others along: the plan's first priority in its own words.", "top-priority"),
        code(CodeScheme.RELATION_TYPE, "quantifies", "Quantifies",
            "The claim gives in figures what the other claim says in words.", "elaborates"));
  }

  private static CodeDefinition code(CodeScheme scheme, String code, String label, String definition, String broader) {
    CodeDefinition.Builder b = CodeDefinition.builder().scheme(scheme).code(code).label(label).definition(definition);
    if (broader != null) {
      b.broader(broader);
    }
    return b.build();
  }

  /** The claims, in the order of the translation; each is anchored in the translation and, again, in the original. */
  private static final class Claims {

    private final SourceText translation;
    private final SourceText original;
    private final List<Claim> claims = new ArrayList<>();

    Claims(SourceText translation, SourceText original) {
      this.translation = translation;
      this.original = original;
    }

    List<Claim> all() {
      add(claim("took-over", ClaimKind.POLICY_DESCRIPTION,
          "The First Five-Year Plan took over from the Three-Year Plan of reconstruction (1954–1956).",
          "제1차 5개년계획은 3개년 복구계획(1954-1956)을 이어받았다.",
          "The First Five-Year Plan followed the Three-Year Plan of reconstruction.",
          line("first-five-year-plan"), line("three-year-plan")));
      add(claim("plan-adopted", ClaimKind.POLICY_ADOPTION,
          "It was drafted under the direction of Premier Seo Haneul and adopted by the Third Congress of the Unity"
              + " Party of Hanmaru, held in the capital, Dongmaru, in April 1956.",
          "계획은 서하늘 총리의 지도 밑에 작성되었으며 1956년 4월 수도 동마루에서 열린 한마루 통일당 제3차대회에서 채택되었다.",
          "Drafted under the premier, the plan was adopted by the party's Third Congress in April 1956.",
          line("first-five-year-plan"), event("third-congress"), actor("premier-seo"), actor("unity-party"))
          .refersTo(Period.parse("1956-04")));
      add(claim("flood-and-industrialisation", ClaimKind.JUSTIFICATION,
          "To repair the damage of the great flood of the autumn of 1955 and to lay the foundations of"
              + " industrialisation, the Party set out the plan.",
          "1955년 가을 대홍수의 피해를 가시고 공업화의 토대를 닦기 위하여 당은 계획을 내놓았다.",
          "The plan was set out to repair the flood damage of 1955 and to found industrialisation.",
          event("great-flood"))
          .addJustifies(line("first-five-year-plan")));
      add(claim("machine-building-first", ClaimKind.POLICY_DESCRIPTION,
          "The plan developed the machine-building industry preferentially and light industry and agriculture"
              + " simultaneously beside it.",
          "계획은 기계제작공업을 우선적으로 발전시키면서 경공업과 농업을 동시에 발전시켰다.",
          "Machine-building came first, with light industry and agriculture developed beside it.",
          line("first-five-year-plan"), sector("machine-building"), sector("light-industry"), sector("agriculture"))
          .addRelations(ClaimRelation.of(RelationType.ELABORATES, "plan-adopted")));
      add(claim("workshops-transformed", ClaimKind.POLICY_DESCRIPTION,
          "Private workshops were put on the track of co-operative ownership, although private traders opposed the"
              + " change.",
          "개인수공업 작업장들은 협동적소유의 궤도에 올라섰으나 개인상인들은 이를 반대하였다.",
          "Private workshops became co-operatives, against the opposition of private traders.",
          sector("handicrafts"), actor("private-traders")));
      add(claim("targets-set", ClaimKind.OBJECTIVE,
          "The plan set the targets of producing 1.2 million tons of steel and between 3.0 and 3.5 million tons of"
              + " grain by 1961.",
          "계획은 1961년까지 강철 120만t, 알곡 300만-350만t을 생산할 목표를 내세웠다.",
          "The targets for 1961 were 1.2 million tons of steel and 3.0 to 3.5 million tons of grain.",
          line("first-five-year-plan"), sector("metallurgy"), sector("agriculture"))
          .addFigures(
              figure("steel output", "metallurgy", "1.2 million tons of steel", StatedAs.EXACT, "1.2", FigureStatus.TARGET)
                  .unit("million tons").ucum("10*6.t").period(Period.parse("1961")).build(),
              figure("grain output", "agriculture", "between 3.0 and 3.5 million tons of grain", StatedAs.RANGE, "3.0",
                  FigureStatus.TARGET)
                  .upTo(new BigDecimal("3.5")).unit("million tons").ucum("10*6.t").period(Period.parse("1961")).build()));
      add(claim("investment-planned", ClaimKind.STATISTIC,
          "Investment in industry was planned at about 40 per cent of the state budget.",
          "공업투자는 국가예산의 약 40%로 계획되었다.",
          "About 40 per cent of the state budget was to be invested in industry.",
          sector("industry"))
          .addFigures(figure("share of the state budget invested in industry", "industry", "about 40 per cent",
              StatedAs.APPROXIMATE, "40", FigureStatus.PLAN).unit("per cent of the state budget").ucum("%").build()));
      add(claim("carried-out-and-endorsed", ClaimKind.POLICY_DESCRIPTION,
          "The State Planning Commission carried out the plan, and the Federation of Velmark endorsed it.",
          "국가계획위원회가 계획을 수행하였으며 벨마르크련방은 이를 지지하였다.",
          "The State Planning Commission carried out the plan; Velmark endorsed it.",
          line("first-five-year-plan"), actor("state-planning-commission"), actor("velmark")));
      add(claim("steel-target-raised", ClaimKind.POLICY_ADOPTION,
          "In the summer of 1959 the Party raised the steel target to at least 1.5 million tons.",
          "1959년 여름 당은 강철 목표를 150만t 이상으로 높였다.",
          "In 1959 the steel target was raised to at least 1.5 million tons.",
          line("raised-steel-target"), sector("metallurgy"))
          .addFigures(figure("steel output", "metallurgy", "at least 1.5 million tons", StatedAs.AT_LEAST, "1.5",
              FigureStatus.TARGET).unit("million tons").ucum("10*6.t").period(Period.parse("1961")).build())
          .addRelations(ClaimRelation.of(RelationType.REVISES, "targets-set")));
      add(claim("aid-built-factories", ClaimKind.CAUSAL_ATTRIBUTION,
          "With the aid of the Federation of Velmark and through the Council for Mutual Trade, Hanmaru built 40 new"
              + " factories.",
          "벨마르크련방의 원조와 호상무역리사회를 통하여 한마루는 40개의 새 공장을 건설하였다.",
          "Velmark's aid and the Council for Mutual Trade helped Hanmaru build 40 new factories.",
          actor("hanmaru"))
          .addCauses(actor("velmark"), actor("council-for-mutual-trade"))
          .addEffects(sector("machine-building"))
          .addFigures(figure("new factories built", "industry", "40 new factories", StatedAs.EXACT, "40",
              FigureStatus.RESULT).unit("factories").ucum("{factory}").period(Period.parse("1957/1961")).build()));
      add(claim("fulfilled-in-four-years", ClaimKind.fromCode("overfulfilment"),
          "The plan was fulfilled in four years, and steel output in 1960 reached 1.62 million tons, 4 times that of"
              + " 1956.",
          "계획은 4년 만에 수행되었으며 1960년 강철생산은 162만t으로서 1956년의 4배에 이르렀다.",
          "The plan was fulfilled a year early; steel output in 1960 was 1.62 million tons, four times that of 1956.",
          line("first-five-year-plan"), sector("metallurgy"))
          .refersTo(Period.parse("1960"))
          .addFigures(
              figure("steel output", "metallurgy", "1.62 million tons", StatedAs.EXACT, "1.62", FigureStatus.RESULT)
                  .unit("million tons").ucum("10*6.t").period(Period.parse("1960")).build(),
              figure("steel output", "metallurgy", "4 times that of 1956", StatedAs.MULTIPLE, "4",
                  FigureStatus.RESULT).period(Period.parse("1960")).baselinePeriod(Period.parse("1956")).build())
          .addRelations(ClaimRelation.of(RelationType.FULFILS, "steel-target-raised"))
          .addAssessments(Assessment.builder().assessor("Fixture reviewer (fictional)").verdict(Verdict.DISPUTED)
              .note("Invented for the fixture: the same report gives 1.5 million tons elsewhere.")
              .addReferences(FIXTURE_URI + "review").build()));
      add(claim("harvests-grew", ClaimKind.ACHIEVEMENT,
          "Harvests grew year after year.",
          "알곡수확고는 해마다 늘어났다.",
          "Harvests grew every year.",
          sector("agriculture")));
      add(claim("grain-180-per-cent", ClaimKind.STATISTIC,
          "Grain output in 1960 was 180 per cent of the 1956 level, which had been 1.8 million tons.",
          "1960년 알곡생산은 180만t이던 1956년 수준의 180%였다.",
          "Grain output in 1960 was 180 per cent of 1956's 1.8 million tons.",
          sector("agriculture"))
          .addFigures(figure("grain output", "agriculture", "180 per cent of the 1956 level", StatedAs.PERCENTAGE,
              "180", FigureStatus.RESULT).unit("per cent").ucum("%").period(Period.parse("1960"))
              .baselinePeriod(Period.parse("1956")).baselineAmount(new BigDecimal("1.8")).build())
          .addRelations(ClaimRelation.of(RelationType.fromCode("quantifies"), "harvests-grew")));
      add(claim("power-below-5-billion", ClaimKind.STATISTIC,
          "Electricity generation stayed below 5 billion kilowatt-hours a year.",
          "발전량은 해마다 50억kWh를 넘지 않았다.",
          "Electricity generation never reached 5 billion kilowatt-hours a year.",
          sector("power"))
          .addFigures(figure("electricity generation", "power", "below 5 billion kilowatt-hours a year",
              StatedAs.AT_MOST, "5", FigureStatus.RESULT).unit("billion kilowatt-hours a year").ucum("10*9.kW.h/a")
              .period(Period.parse("1957/1961")).build()));
      add(claim("living-standards-rose", ClaimKind.CHARACTERISATION,
          "The people's living standards rose markedly.",
          "인민생활은 뚜렷이 높아졌다.",
          "Living standards rose markedly.",
          line("first-five-year-plan"))
          .addFigures(figure("living standards", null, "rose markedly", StatedAs.UNQUANTIFIED, null,
              FigureStatus.RESULT).build()));
      add(claim("steel-works-1960", ClaimKind.STATISTIC,
          "In 1960 the steel works turned out 1.5 million tons.",
          "1960년 제강소들은 150만t을 생산하였다.",
          "The steel works produced 1.5 million tons in 1960.",
          sector("metallurgy"))
          .addFigures(figure("steel output", "metallurgy", "1.5 million tons", StatedAs.EXACT, "1.5",
              FigureStatus.RESULT).unit("million tons").ucum("10*6.t").period(Period.parse("1960")).build())
          .addRelations(ClaimRelation.of(RelationType.CONTRADICTS, "fulfilled-in-four-years"))
          .addEncoderNotes(EncoderNote.builder().text("This disagrees with the 1.62 million tons for 1960 given"
              + " earlier in the same report; both are recorded as the source gives them.").author(EXTRACTED_BY)
              .build()));
      // Only in the original: anchored there alone, and the note says why.
      claims.add(Claim.builder().id("premier-reported").kind(ClaimKind.ACHIEVEMENT)
          .statement("The premier reported on the plan's fulfilment to the State Assembly on 10 January 1962.")
          .addAbout(event("premier-report"), actor("premier-seo"))
          .assertedBy(ASSERTED_BY).extractedBy(EXTRACTED_BY)
          .refersTo(Period.parse("1962-01-10"))
          .anchor(original.anchor("총리는 1962년 1월 10일 국가회의에서 계획수행 정형을 보고하였다."))
          .addEncoderNotes(EncoderNote.of("The English translation leaves this sentence out; the claim is anchored"
              + " in the original only."))
          .build());
      add(claim("seven-year-plan-continues", ClaimKind.POLICY_ADOPTION,
          "The Seven-Year Plan, adopted in September 1961, carries on the course of the First Five-Year Plan with"
              + " metallurgy as its leading link.",
          "1961년 9월에 채택된 7개년계획은 제1차 5개년계획의 로선을 이어나가며 금속공업을 중심고리로 한다.",
          "The Seven-Year Plan of September 1961 carries on the First Five-Year Plan, led by metallurgy.",
          line("seven-year-plan"), line("first-five-year-plan"), sector("metallurgy")));
      add(claim("economy-and-defence-side-by-side", ClaimKind.POLICY_ADOPTION,
          "In December 1962 the Party set out the line of developing the economy and defence side by side, neither"
              + " before the other.",
          "1962년 12월 당은 경제건설과 국방건설을 어느 하나도 앞세우지 않고 병진시키는 로선을 내놓았다.",
          "In December 1962 the party adopted a line of economy and defence side by side.",
          line("economy-and-defence"), actor("unity-party"), sector("economy"), sector("defence")));
      add(claim("fulfilled-ahead-of-time", ClaimKind.fromCode("plan-fulfilment"),
          "Once again: the First Five-Year Plan was fulfilled ahead of time.",
          "다시 말하여 제1차 5개년계획은 앞당겨 수행되었다.",
          "The plan was fulfilled ahead of time.",
          line("first-five-year-plan"))
          .addRelations(ClaimRelation.of(RelationType.REPEATS, "fulfilled-in-four-years")));
      return List.copyOf(claims);
    }

    private void add(Claim.Builder claim) {
      claims.add(claim.build());
    }

    /** A claim anchored in the translation (which its statement paraphrases) and in the original. */
    private Claim.Builder claim(String id, ClaimKind kind, String quote, String originalQuote, String statement,
        EntityRef... about) {
      Anchor inOriginal = original.anchor(originalQuote);
      return Claim.builder().id(id).kind(kind).statement(statement).addAbout(about)
          .assertedBy(ASSERTED_BY).extractedBy(EXTRACTED_BY)
          .anchor(translation.anchor(quote))
          .addOtherAnchors(inOriginal);
    }

    private static Figure.Builder figure(String indicator, String sector, String wording, StatedAs statedAs,
        String amount, FigureStatus status) {
      Figure.Builder figure = Figure.builder().indicator(indicator).wording(wording).statedAs(statedAs).status(status);
      if (sector != null) {
        figure.sector(sector);
      }
      if (amount != null) {
        figure.amount(new BigDecimal(amount));
      }
      return figure;
    }

    private static EntityRef line(String id) {
      return EntityRef.policyLine(id);
    }

    private static EntityRef sector(String id) {
      return EntityRef.sector(id);
    }

    private static EntityRef actor(String id) {
      return EntityRef.actor(id);
    }

    private static EntityRef event(String id) {
      return EntityRef.event(id);
    }
  }
}
