package org.policynarrative.examples.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.ClaimRelation;
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

/**
 * The reference narrative of policy-narrative, authored in code: the DPRK's account of its line
 * of economic construction from 1953 to the Seventh Party Congress (May 2016), as told by an
 * English-language page apparently from an official portal, {@code economic-construction.txt}
 * (shipped beside this class with its provenance note, {@code SOURCE.md}).
 *
 * <p>Every sentence of the text that asserts something is a {@link Claim}, attributed to the text's
 * unrecorded publisher and anchored to its exact quote (a sentence that says several things of
 * different kinds is one claim per part); anchors are computed from the text by
 * {@link SourceText#anchor(String)}, so a quote that is missing or ambiguous fails at once. No
 * claim carries an assessment: nothing here has been checked against an independent reference,
 * so every claim reads as "asserted by the source, unverified".
 *
 * <p>Statements say what their quotes say, no more and no less, and keep the source's loaded terms
 * in quotation marks as the source's ("Juche-oriented", "Sengun politics", the era of "Mallima", the
 * "US imperialists" and their "nuclear stick"): translating them into neutral words would change
 * what the source says. Actors and events carry the text's own names, loaded terms included, with an
 * encoder's note that the data set does not adopt them.
 *
 * <p>Eras follow the text's own divisions: a year (Juche 42 (1953)), the decades it names (the
 * 1960s, the 2000s), the Arduous March it places in the 1990s and the era of Mallima it says has
 * been ushered in. Wherever the data set, not the text, names or dates something, or infers a link
 * the text leaves implicit (a priority attached to a line by its position in the text, a reason
 * given in the sentence before), an {@link EncoderNote} says so. A policy line the text does not
 * date lists no era, so that the timeline never shows a line at a date the text does not give.
 * Sectors are mapped to ISIC rev. 4 or COFOG only where a relation holds (the same, a close, a
 * broader or a narrower concept of the same kind); a sector that merely overlaps a class, or a
 * production sector beside a function of government spending, is left unmapped.
 *
 * <p>The shipped {@code economic-construction.json} and {@code economic-construction.md} are
 * written by the library from {@link #narrative()} ({@link GenerateReferenceData}); tests fail
 * when they drift apart.
 */
public final class ReferenceNarrative {

  /** The id of the narrative and of its one source. */
  public static final String ID = "economic-construction";

  /**
   * Who asserts every claim of the data set: the text's publisher, who was not recorded; the text
   * is only apparently from an official DPRK portal.
   */
  public static final String ASSERTED_BY = "the text's unrecorded publisher, apparently an official DPRK portal";

  /** Who extracted the claims, and wrote the encoder's notes. */
  public static final String EXTRACTED_BY = "policy-narrative reference data set";

  /** The file name of the source text among this class's resources. */
  public static final String TEXT_RESOURCE = "economic-construction.txt";

  /** The id of the actor the text calls the Workers’ Party of Korea. */
  private static final String PARTY_ID = "workers-party-of-korea";

  private static final String SOURCE_NOTE = "English-language web page, apparently from an official DPRK"
      + " portal. Only the page's navigation link and cookie banner were removed; the article body is"
      + " byte-for-byte as published (UTF-8, LF line endings). Publisher, URL and retrieval date were"
      + " not recorded with the text.";

  private ReferenceNarrative() {}

  /**
   * The source text every anchor of {@link #narrative()} points into, read from this module's
   * resources.
   *
   * @return the source text every anchor of {@link #narrative()} points into
   * @throws UncheckedIOException when the resource cannot be read (a broken build)
   */
  public static SourceText sourceText() {
    try (InputStream in = ReferenceNarrative.class.getResourceAsStream(TEXT_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + TEXT_RESOURCE + " is missing"));
      }
      return SourceText.of(ID, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + TEXT_RESOURCE, e);
    }
  }

  /**
   * {@return the complete reference narrative. Each call builds it afresh from the source text}
   *
   * @throws IllegalArgumentException when a quote no longer occurs exactly once in the source text
   */
  public static Narrative narrative() {
    SourceText text = sourceText();
    return Narrative.builder()
        .id(ID)
        .title("The DPRK's line of economic construction, 1953 to 2016, as a page apparently from an official"
            + " portal tells it")
        .language("en")
        .version("2")
        .description("The reference data set of policy-narrative: one English-language text, apparently from an"
            + " official DPRK portal, encoded in full. Its eras are the text's own divisions (a year, the decades"
            + " it names, the Arduous March and the era of Mallima); where the data set names or dates an era,"
            + " an event or a link that the text does not, an encoder's note says so. It holds the policy lines,"
            + " sectors, actors and events the text names, and every sentence that asserts something as an"
            + " attributed, anchored, unverified claim.")
        .addSources(source(text))
        .addAllEras(eras())
        .addAllSectors(sectors())
        .addAllPolicyLines(policyLines())
        .addAllActors(actors())
        .addAllEvents(events())
        .addAllClaims(new Claims(text).all())
        .build();
  }

  private static Source source(SourceText text) {
    return Source.builder()
        .id(ID)
        .language("en")
        .sha256(text.sha256())
        .note(SOURCE_NOTE)
        .addEncoderNotes(note("Every claim is asserted by the text's publisher, who was not recorded: the text"
            + " is only apparently from an official DPRK portal, so no claim names a publisher, a portal or an"
            + " agency as its author."))
        .build();
  }

  /** An encoder's note, signed by {@link #EXTRACTED_BY}. */
  private static EncoderNote note(String text) {
    return EncoderNote.builder().text(text).author(EXTRACTED_BY).build();
  }

  // ---------------------------------------------------------------------------------------- eras

  private static List<Era> eras() {
    return List.of(
        Era.builder().id("from-1953").name("From Juche 42 (1953)")
            .period(Period.parse("Juche 42 (1953)/"))
            .summary("The text's first division: the basic line of socialist economic construction put forward in"
                + " Juche 42 (1953), true to which the country laid foundations 'in a short period'.")
            .source(ID)
            .addEncoderNotes(note("The text names no era here and gives no end. The era's name and its start in"
                + " the year the basic line was put forward are this data set's; its end is unknown (the text's"
                + " next date is the 1960s, but it does not say that this period lasted until then). The data set"
                + " does not call it 'post-war': the text does not mention the war."))
            .build(),
        Era.builder().id("the-1960s").name("The 1960s")
            .period(Period.parse("196X"))
            .summary("The decade in which, the text says, the Workers’ Party of Korea advanced the line of"
                + " simultaneously carrying on the economic construction and defence buildup.")
            .source(ID)
            .build(),
        Era.builder().id("arduous-march").name("Arduous March")
            .putLabels("ko", "고난의 행군")
            .period(Period.parse("199X"))
            .summary("The text says the country underwent the Arduous March in the 1990s, owing to 'the"
                + " disintegration of the socialist market, the imperialist allied forces’ undisguised moves to"
                + " isolate and stifle the nation and successive natural disasters', and that it 'was concluded"
                + " with the successful administration of Sengun politics'.")
            .source(ID)
            .addEncoderNotes(note("'Arduous March' is the source's name for the period, kept as it stands; the"
                + " data set does not adopt it and records nothing about the period beyond what the text says."
                + " The era is dated to the decade the text names ('In the 1990s'); the text does not say that it"
                + " lasted the whole decade, nor when it began or ended."))
            .build(),
        Era.builder().id("the-2000s").name("The 2000s")
            .period(Period.parse("200X"))
            .summary("The decade in which, the text says, the economy made steady progress 'in compliance with the"
                + " line of economic construction of the Sengun era', and 'an industrial revolution of the new"
                + " century started'.")
            .source(ID)
            .addEncoderNotes(note("The text divides this part of its account by decade ('In the 2000s'). It"
                + " uses 'Sengun era' only in the name of the line complied with then, and says that the Arduous"
                + " March of the 1990s was concluded through Sengun politics; so the data set dates no Sengun era"
                + " and does not call the 2000s one."))
            .build(),
        Era.builder().id("mallima-era").name("Era of Mallima")
            .putLabels("ko", "만리마시대")
            .period(Period.parse("201X?/.."))
            .summary("The era the text says the country has ushered in under the strategic line of economic"
                + " construction and nuclear forces: 'a golden age for building a powerful socialist country, in"
                + " which it advances reducing ten years to one'.")
            .source(ID)
            .addEncoderNotes(
                note("The text gives no date. It tells of the era of Mallima after its account of the 2000s, in"
                    + " the present tense, in a text that speaks of May 2016 in the past. The start (the 2010s,"
                    + " uncertain) is this data set's reading, not the source's; the open end says only that the"
                    + " text speaks of the era as present. No policy line lists this era, so no line stands at"
                    + " this date on the timeline."),
                note("'Mallima' (만리마, 'ten-thousand-li horse') is left untranslated, as the text leaves it: a"
                    + " horse of legend said to run ten thousand li a day, a name that outruns Chollima (천리마,"
                    + " 'thousand-li horse'), the emblem of the DPRK's production campaign of the late 1950s. The"
                    + " text does not explain the name; this note does."))
            .build());
  }

  // ------------------------------------------------------------------------------ actors, events

  private static List<Actor> actors() {
    return List.of(
        Actor.builder().id("dprk").name("DPRK").kind(ActorKind.STATE)
            .addAlternativeNames("the country")
            .description("The state the text is about. It names it 'the DPRK' twice and otherwise 'the country'"
                + " or 'it'.")
            .build(),
        Actor.builder().id("us-imperialists").name("US imperialists").kind(ActorKind.STATE)
            .addAlternativeNames("the US")
            .description("The text's term for the United States in its account of the present ('the US"
                + " imperialists are threatening the country'); of the 1960s it says 'the US'.")
            .addEncoderNotes(note("The name is the source's own term, kept as it stands as the model keeps every"
                + " source's terms; the data set does not adopt it."))
            .build(),
        Actor.builder().id(PARTY_ID).name("Workers’ Party of Korea").kind(ActorKind.PARTY)
            .addAlternativeNames("the Party")
            .description("The party that, the text says, advanced the line of the 1960s, set out the line of"
                + " economic construction and nuclear forces, and whose Seventh Congress set forth the five-year"
                + " strategy.")
            .build(),
        Actor.builder().id("imperialist-allied-forces").name("Imperialist allied forces").kind(ActorKind.OTHER)
            .description("Named by the text among the causes of the Arduous March, for their 'undisguised moves to"
                + " isolate and stifle the nation'. The text does not say whom it means, so the actor is not"
                + " identified with any state.")
            .addEncoderNotes(note("The name is the source's own term, kept as it stands as the model keeps every"
                + " source's terms; the data set does not adopt it."))
            .build());
  }

  private static List<Event> events() {
    return List.of(
        Event.builder().id("disintegration-of-the-socialist-market").name("Disintegration of the socialist market")
            .summary("Named by the text as a cause of the Arduous March, which it places in the 1990s; the text"
                + " gives the disintegration no date of its own.")
            .build(),
        Event.builder().id("moves-to-isolate-and-stifle-the-nation")
            .name("Undisguised moves to isolate and stifle the nation")
            .addParticipants("imperialist-allied-forces")
            .summary("'The imperialist allied forces’ undisguised moves to isolate and stifle the nation', named by"
                + " the text as a cause of the Arduous March; the text gives them no date of their own.")
            .build(),
        Event.builder().id("successive-natural-disasters").name("Successive natural disasters")
            .summary("Named by the text as a cause of the Arduous March, which it places in the 1990s; the text"
                + " gives the disasters no date of their own.")
            .build(),
        Event.builder().id("industrial-revolution-of-the-new-century").name("Industrial revolution of the new century")
            .when(Period.parse("200X/"))
            .summary("The text says that in the 2000s 'an industrial revolution of the new century started', and"
                + " says nothing more of it.")
            .addEncoderNotes(note("The name is the source's term. The data set records it as an event because the"
                + " text says it 'started'; it is dated from the decade the text gives for its start, and its end"
                + " is left unknown: the text does not say whether or when it ended."))
            .build(),
        Event.builder().id("seventh-congress").name("Seventh Congress of the Workers’ Party of Korea")
            .when(Period.parse("2016-05"))
            .addParticipants(PARTY_ID)
            .summary("Held in May 2016, the text says; it set forth the five-year strategy for national economic"
                + " development. The text gives no place and no day.")
            .build());
  }

  // ------------------------------------------------------------------------------------- sectors

  private static List<Sector> sectors() {
    return List.of(
        sector("national-economy", "National economy", null, null,
            "The economy as a whole: 'the national economy' and its 'several sectors' in the text.").build(),
        sector("industry", "Industry", "national-economy", null,
            "Industry as a whole; the text speaks of 'industrial establishments' and 'a socialist industrial state'.",
            SectorMapping.of("ISIC-4", "C", MappingRelation.NARROWER)).build(),
        sector("heavy-industry", "Heavy industry", "industry", "중공업",
            "The sector the basic line of 1953 developed 'preferentially'. Not mapped: it overlaps ISIC sections B"
                + " (mining) and C (manufacturing) without matching, containing or lying within either.").build(),
        sector("basic-industries", "Basic industries", "heavy-industry", null,
            "'The vanguard sectors of the national economy, the basic industries'. The text does not list them.")
            .addEncoderNotes(note("Placing the basic industries under heavy industry is this data set's reading;"
                + " the text does not say which industries it means. The text gives them no priority (it says the"
                + " country strives to make them 'Juche-based and modern at a higher level'), so no line ranks"
                + " them."))
            .build(),
        sector("light-industry", "Light industry", "industry", "경공업",
            "Developed 'simultaneously' beside a preferred sector under the basic line of 1953 and 'the line of"
                + " economic construction of the Sengun era'; 'prioritized', the text says, to improve the people’s"
                + " living standards.",
            SectorMapping.of("ISIC-4", "C", MappingRelation.BROADER)).build(),
        sector("defence-industry", "Defence industry", "industry", "국방공업",
            "The sector that 'the line of economic construction of the Sengun era' develops 'preferentially'.",
            SectorMapping.of("ISIC-4", "2520", MappingRelation.NARROWER),
            SectorMapping.of("ISIC-4", "3040", MappingRelation.NARROWER)).build(),
        sector("high-tech-industries", "High-tech industries", "industry", null,
            "'Such high-tech industries as information, nanotechnology and biological industries'.").build(),
        sector("information-industry", "Information industry", "high-tech-industries", null,
            "Named by the text among the high-tech industries. Not mapped: ISIC section J (information and"
                + " communication) holds publishing, broadcasting, telecommunications and IT services, while"
                + " computers and electronics are made in section C; the text's term overlaps both without"
                + " matching, containing or lying within either.").build(),
        sector("nanotechnology", "Nanotechnology", "high-tech-industries", null,
            "Named by the text among the high-tech industries; no ISIC class matches it.").build(),
        sector("biological-industry", "Biological industry", "high-tech-industries", null,
            "Named by the text among the high-tech industries; no ISIC class matches it.").build(),
        sector("agriculture", "Agriculture", "national-economy", null,
            "Developed 'simultaneously' beside a preferred sector under the basic line of 1953 and 'the line of"
                + " economic construction of the Sengun era'; 'prioritized', the text says, to improve the people’s"
                + " living standards. Not mapped to COFOG, which classifies government spending by function, not"
                + " sectors of production.",
            SectorMapping.of("ISIC-4", "A", MappingRelation.BROADER)).build(),
        sector("science-and-technology", "Science and technology", "national-economy", null,
            "'The sector of science and technology', which the text says has been set as a top priority.",
            SectorMapping.of("ISIC-4", "72", MappingRelation.CLOSE)).build(),
        sector("cnc-technology", "CNC technology", null, null,
            "Computer numerical control, which the text says all sectors of the national economy strive to"
                + " introduce in their equipment and production lines.")
            .addEncoderNotes(note("CNC is a technology that the text says every sector strives to introduce, a"
                + " campaign across sectors, not a sector of the economy. It is listed among the sectors only so"
                + " that claims can name it; it has no broader sector and no mapping, and no line ranks it."))
            .build(),
        sector("livelihood-sectors", "Sectors of the people's livelihood", "national-economy", null,
            "'The sectors that directly influence the people’s livelihood'; the text does not list them.").build(),
        sector("defence", "Defence", null, null,
            "Defence buildup and defence potential, outside the national economy in this data set's hierarchy.",
            SectorMapping.of("COFOG", "02", MappingRelation.CLOSE)).build(),
        sector("nuclear-forces", "Nuclear forces", "defence", "핵무력",
            "'The nuclear forces', which the text calls the pivot of the country's defences.",
            SectorMapping.of("COFOG", "02.1", MappingRelation.BROADER)).build());
  }

  private static Sector.Builder sector(String id, String name, String broader, String korean, String description,
      SectorMapping... mappings) {
    Sector.Builder sector = Sector.builder().id(id).name(name).description(description).addMappings(mappings);
    if (broader != null) {
      sector.broader(broader);
    }
    if (korean != null) {
      sector.putLabels("ko", korean);
    }
    return sector;
  }

  // -------------------------------------------------------------------------------- policy lines

  /** The encoder's note on the Korean label 병진로선, which the text, in English, does not give. */
  private static final String BYUNGJIN_NOTE = "The Korean label, 병진로선 (byungjin line: a line of advancing two"
      + " things side by side), is the short name official usage gives both lines of simultaneous advance, that of"
      + " the 1960s and that of economic construction and nuclear forces; the English text does not give it.";

  private static List<PolicyLine> policyLines() {
    return List.of(
        PolicyLine.builder().id("independent-national-economy")
            .name("Line of building an independent national economy")
            .statement("building an independent national economy in economic construction")
            .addEncoderNotes(note("The text gives no date for this line: 'consistently adheres' says that the DPRK"
                + " keeps to it, not since when. The line lists no era, so the timeline does not show it."))
            .build(),
        PolicyLine.builder().id("basic-line-1953")
            .name("Basic line of socialist economic construction")
            .statement("developing the heavy industry preferentially and ensuring the simultaneous development of"
                + " light industry and agriculture")
            .adopted(HistoricalDate.parse("Juche 42 (1953)"))
            .addEras("from-1953")
            .addPriorities(
                priority("heavy-industry", PriorityMode.PREFERENTIAL, "developing the heavy industry preferentially"),
                priority("light-industry", PriorityMode.SIMULTANEOUS,
                    "ensuring the simultaneous development of light industry and agriculture"),
                priority("agriculture", PriorityMode.SIMULTANEOUS,
                    "ensuring the simultaneous development of light industry and agriculture"))
            .addEncoderNotes(note("The text says the line was 'put forward' in Juche 42 (1953), not by whom, so the"
                + " line names no actor."))
            .build(),
        PolicyLine.builder().id("parallel-line-1960s")
            .name("Line of simultaneous economic construction and defence buildup")
            .putLabels("ko", "병진로선")
            .statement("simultaneously carrying on the economic construction and defence buildup")
            .adopted(HistoricalDate.parse("196X"))
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, PARTY_ID))
            .addEras("the-1960s")
            // "Simultaneously carrying on" two things, neither preferred: parallel, not simultaneous.
            .addPriorities(
                priority("national-economy", PriorityMode.PARALLEL, "the economic construction"),
                priority("defence", PriorityMode.PARALLEL, "defence buildup"))
            .addEncoderNotes(note(BYUNGJIN_NOTE))
            .build(),
        PolicyLine.builder().id("sengun-politics")
            .name("Sengun politics")
            .putLabels("ko", "선군정치")
            .putLabels("ko-Latn", "Sŏn'gun chŏngch'i")
            .addEras("arduous-march")
            .addEncoderNotes(
                note("'Sengun' is the source's spelling of 선군 ('military first'). The same term is written Songun"
                    + " in most English-language texts and Sŏn'gun in McCune–Reischauer romanisation (the ko-Latn"
                    + " label); policy lines have no alternative names in the model, so the other spellings are"
                    + " recorded here."),
                note("The text ties Sengun politics to one period only: the Arduous March of the 1990s was"
                    + " 'concluded with the successful administration of Sengun politics'. It gives no start or"
                    + " end for it, so the line lists only the Arduous March, the era through which the text dates"
                    + " it."))
            .build(),
        PolicyLine.builder().id("sengun-era-line")
            .name("Line of economic construction of the Sengun era")
            .statement("preferential development of the defence industry and simultaneous development of light"
                + " industry and agriculture")
            .addEras("the-2000s")
            .addPriorities(
                priority("defence-industry", PriorityMode.PREFERENTIAL,
                    "preferential development of the defence industry"),
                priority("light-industry", PriorityMode.SIMULTANEOUS,
                    "simultaneous development of light industry and agriculture"),
                priority("agriculture", PriorityMode.SIMULTANEOUS,
                    "simultaneous development of light industry and agriculture"))
            .addEncoderNotes(note("'Sengun era' is part of the line's name in the text, which dates no such era:"
                + " it says only that the economy acted in compliance with the line 'in the 2000s'. The line lists"
                + " the 2000s, the decade the text gives, and the data set has no Sengun era."))
            .build(),
        PolicyLine.builder().id("economy-and-nuclear-forces")
            .name("Strategic line of simultaneous economic construction and nuclear forces")
            .putLabels("ko", "병진로선")
            .statement("simultaneously conducting economic construction and building up the nuclear forces")
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, PARTY_ID))
            // "Simultaneously conducting" two things, neither preferred: parallel, not simultaneous.
            .addPriorities(
                priority("national-economy", PriorityMode.PARALLEL, "economic construction"),
                priority("nuclear-forces", PriorityMode.PARALLEL, "building up the nuclear forces"))
            .durability(Durability.PERMANENT)
            .addEncoderNotes(
                note("The text dates neither the line nor the era of Mallima. It says the line ushered that era"
                    + " in, so the line came before it, and that the Party holds fast to it permanently, so it is in"
                    + " force in it too. Listing only the era of Mallima would place the line inside the era it"
                    + " ushered in, and listing any era would show the line on the timeline at a date the text does"
                    + " not give; so the line lists no era, and the claims link it to the era of Mallima as its"
                    + " cause."),
                note(BYUNGJIN_NOTE))
            .build(),
        PolicyLine.builder().id("economic-giant-line")
            .name("Strategic line for building an economic giant")
            .statement("to make the national economy Juche-oriented, modern, IT-based and scientific at a high"
                + " level by maintaining the spirit of self-reliance and self-development and by relying on"
                + " science and technology, and to provide the people with affluent and cultured living"
                + " conditions")
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, PARTY_ID))
            .addPriorities(
                priority("science-and-technology", PriorityMode.TOP_PRIORITY, "set as a top priority"),
                priority("agriculture", PriorityMode.PRIORITIZED, "prioritizes agriculture and light industry"),
                priority("light-industry", PriorityMode.PRIORITIZED, "prioritizes agriculture and light industry"),
                priority("livelihood-sectors", PriorityMode.PRIORITIZED,
                    "prioritizes the development of the sectors that directly influence the people’s livelihood"))
            .addEncoderNotes(
                note("The priorities are the encoder's attachment, not the text's: the sentences that state them"
                    + " ('It prioritizes ...', 'The sector of science and technology has been set as a top"
                    + " priority') name no line, and are attached to this one because they follow the text's account"
                    + " of it. The vanguard sectors, the basic industries, are given no priority: the text states"
                    + " none for them."),
                note("The text speaks of this line in the present tense and gives it no date, so the line lists no"
                    + " era and the timeline does not show it."))
            .build(),
        PolicyLine.builder().id("five-year-strategy-2016")
            .name("Five-year strategy for national economic development")
            .statement("to give a powerful impetus to the building of a socialist economic giant")
            .adopted(HistoricalDate.ofMonth(2016, 5))
            .adoptedAtEvent("seventh-congress")
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, PARTY_ID))
            .addEncoderNotes(note("A policy line, not an era. The text gives the month it was set forth, not the"
                + " five years it covers, so the line has no in-force period and lists no era."))
            .build());
  }

  private static SectorPriority priority(String sector, PriorityMode mode, String wording) {
    return SectorPriority.builder().sector(sector).mode(mode).wording(wording).build();
  }

  // -------------------------------------------------------------------------------------- claims

  /** The claims, in the order of the text. */
  private static final class Claims {

    private final SourceText text;
    private final List<Claim> claims = new ArrayList<>();

    Claims(SourceText text) {
      this.text = text;
    }

    List<Claim> all() {
      claim("independent-economy-adhered-to", ClaimKind.POLICY_DESCRIPTION,
          "The DPRK consistently adheres to the line of building an independent national economy in economic"
              + " construction.",
          "The DPRK consistently adheres to the line of building an independent national economy in economic"
              + " construction.",
          null, line("independent-national-economy"), sector("national-economy"), actor("dprk"));

      claim("basic-line-put-forward", ClaimKind.POLICY_ADOPTION,
          "True to the basic line of socialist economic construction put forward in Juche 42 (1953) which means"
              + " developing the heavy industry preferentially and ensuring the simultaneous development of light"
              + " industry and agriculture,",
          "The basic line of socialist economic construction was put forward in \"Juche 42 (1953)\"; it means"
              + " developing the heavy industry preferentially and ensuring the simultaneous development of light"
              + " industry and agriculture.",
          "Juche 42 (1953)", line("basic-line-1953"), sector("heavy-industry"), sector("light-industry"),
          sector("agriculture"));
      add(base("foundations-laid-in-short-period", ClaimKind.ACHIEVEMENT,
          "the country laid rock-solid material and technical foundations for the building of an independent"
              + " national economy in a short period.",
          "True to the basic line, the country laid rock-solid material and technical foundations for the"
              + " building of an independent national economy in a short period.",
          "Juche 42 (1953)/", era("from-1953"), line("basic-line-1953"), line("independent-national-economy"))
          .addEncoderNotes(note("The text dates the foundations only as laid 'in a short period' true to the"
              + " basic line put forward in Juche 42 (1953): the claim refers to a period from that year, with an"
              + " end the text does not give.")));

      add(base("us-aggression-1960s", ClaimKind.THREAT_PERCEPTION,
          "In the 1960s when the US moves of aggression became undisguised,",
          "In the 1960s the \"US moves of aggression\" became undisguised.",
          "196X", era("the-1960s"), actor("us-imperialists"))
          .addEncoderNotes(note("The text gives the US moves as the time of the line of the 1960s ('when'), not"
              + " expressly as its reason, so this claim does not justify the line.")));
      claim("parallel-line-advanced", ClaimKind.POLICY_ADOPTION,
          "the Workers’ Party of Korea advanced the line of simultaneously carrying on the economic construction"
              + " and defence buildup.",
          "In the 1960s the Workers’ Party of Korea advanced the line of simultaneously carrying on the economic"
              + " construction and defence buildup.",
          "196X", line("parallel-line-1960s"), actor(PARTY_ID), sector("national-economy"), sector("defence"));
      add(base("industrial-state-established", ClaimKind.ACHIEVEMENT,
          "According to this line, the country established a socialist industrial state while increasing the"
              + " defence potentialities.",
          "According to the line of simultaneously carrying on the economic construction and defence buildup, the"
              + " country established a socialist industrial state while increasing the defence potentialities.",
          null, line("parallel-line-1960s"), sector("industry"), sector("defence"))
          .addEncoderNotes(note("The text does not say when the socialist industrial state was established, only"
              + " that it was 'according to' the line advanced in the 1960s; the claim is left undated.")));

      causal("arduous-march-causes",
          "In the 1990s the country underwent the Arduous March owing to the disintegration of the socialist"
              + " market, the imperialist allied forces’ undisguised moves to isolate and stifle the nation and"
              + " successive natural disasters.",
          "In the 1990s the country underwent the \"Arduous March\" owing to the disintegration of the socialist"
              + " market, the undisguised moves of the \"imperialist allied forces\" to isolate and stifle the"
              + " nation, and successive natural disasters.",
          "199X", List.of(event("disintegration-of-the-socialist-market"),
              event("moves-to-isolate-and-stifle-the-nation"), event("successive-natural-disasters")),
          List.of(era("arduous-march")), era("arduous-march"), actor("imperialist-allied-forces"));
      claim("isolation-moves-1990s", ClaimKind.THREAT_PERCEPTION,
          "the imperialist allied forces’ undisguised moves to isolate and stifle the nation",
          "The \"imperialist allied forces\" made undisguised moves to isolate and stifle the nation.",
          "199X", event("moves-to-isolate-and-stifle-the-nation"), actor("imperialist-allied-forces"),
          era("arduous-march"));
      causal("arduous-march-concluded",
          "But the Arduous March was concluded with the successful administration of Sengun politics.",
          "The \"Arduous March\" was concluded with the successful administration of \"Sengun politics\".",
          "199X", List.of(line("sengun-politics")), List.of(era("arduous-march")),
          era("arduous-march"), line("sengun-politics"));

      claim("sengun-era-line-pursued", ClaimKind.POLICY_DESCRIPTION,
          "In the 2000s, in compliance with the line of economic construction of the Sengun era, which pursues"
              + " preferential development of the defence industry and simultaneous development of light industry"
              + " and agriculture,",
          "The line of economic construction of the \"Sengun era\", complied with in the 2000s, pursues"
              + " preferential development of the defence industry and simultaneous development of light industry"
              + " and agriculture.",
          "200X", line("sengun-era-line"), era("the-2000s"), sector("defence-industry"),
          sector("light-industry"), sector("agriculture"));
      claim("steady-progress-2000s", ClaimKind.ACHIEVEMENT,
          "the economy made steady progress, laying a solid foundation for the building of an economic giant,",
          "In the 2000s the economy made steady progress, laying a solid foundation for the building of an"
              + " \"economic giant\".",
          "200X", era("the-2000s"), line("sengun-era-line"), sector("national-economy"));
      claim("industrial-revolution-started", ClaimKind.ACHIEVEMENT,
          "and an industrial revolution of the new century started.",
          "In the 2000s an \"industrial revolution of the new century\" started.",
          "200X", event("industrial-revolution-of-the-new-century"), era("the-2000s"), sector("industry"));
      claim("science-rapid-progress", ClaimKind.ACHIEVEMENT,
          "The DPRK is making rapid progress in the sector of cutting-edge science and technology",
          "The DPRK is making rapid progress in the sector of cutting-edge science and technology.",
          null, sector("science-and-technology"), actor("dprk"));
      claim("modernisation-and-local-materials", ClaimKind.ONGOING_EFFORT,
          "and pushing forward the modernization of industrial establishments, while encouraging several sectors"
              + " of the national economy to rely on locally-available raw and other materials.",
          "The DPRK is pushing forward the modernization of industrial establishments, while encouraging several"
              + " sectors of the national economy to rely on locally-available raw and other materials.",
          null, sector("industry"), sector("national-economy"), actor("dprk"));

      // The situation this sentence describes is the one the next gives as the line's reason.
      add(base("sanctions-and-nuclear-threat", ClaimKind.THREAT_PERCEPTION,
          "It is building an economic giant in a tense situation in which the US imperialists are threatening the"
              + " country by wielding the nuclear stick and imposing economic sanctions and blockade upon it to"
              + " isolate and stifle it.",
          "The country is building an \"economic giant\" in a tense situation in which the \"US imperialists\" are"
              + " threatening it \"by wielding the nuclear stick\" and imposing economic sanctions and blockade"
              + " upon it to isolate and stifle it.",
          null, actor("us-imperialists"), line("economic-giant-line"), line("economy-and-nuclear-forces"))
          .addJustifies(line("economy-and-nuclear-forces"))
          .addEncoderNotes(note("The next sentence gives 'the prevailing situation' as a reason for the strategic"
              + " line of economic construction and nuclear forces. The data set reads that situation as the one"
              + " this sentence describes, and records this claim as justifying the line; the text does not link"
              + " the two sentences in so many words.")));
      // The reason for the line is a justification, not a cause: a claim of its own, beside the adoption.
      add(base("nuclear-line-justified", ClaimKind.JUSTIFICATION,
          "To cope with the prevailing situation and meet the demands of the developing revolution,",
          "The strategic line of simultaneously conducting economic construction and building up the nuclear"
              + " forces was set out to cope with the prevailing situation and meet the demands of the developing"
              + " revolution.",
          null, line("economy-and-nuclear-forces"))
          .addJustifies(line("economy-and-nuclear-forces")));
      add(base("nuclear-line-set-out", ClaimKind.POLICY_ADOPTION,
          "the Workers’ Party of Korea set out the strategic line of simultaneously conducting economic"
              + " construction and building up the nuclear forces.",
          "The Workers’ Party of Korea set out the strategic line of simultaneously conducting economic"
              + " construction and building up the nuclear forces.",
          null, line("economy-and-nuclear-forces"), actor(PARTY_ID), sector("national-economy"),
          sector("nuclear-forces"))
          .addEncoderNotes(note("The text does not say when the line was set out; the claim is undated.")));
      add(base("nuclear-line-permanent", ClaimKind.POLICY_DESCRIPTION,
          "This strategic line is not a temporary countermeasure adopted to cope with the rapidly-changing"
              + " situation, but a strategic line the Party holds fast to permanently.",
          "The strategic line of economic construction and nuclear forces is not a temporary countermeasure"
              + " adopted to cope with the rapidly-changing situation, but a strategic line the Party holds fast"
              + " to permanently.",
          null, line("economy-and-nuclear-forces"), actor(PARTY_ID))
          .addRelations(ClaimRelation.of(RelationType.ELABORATES, "nuclear-line-set-out")));
      claim("defences-with-nuclear-pivot", ClaimKind.ACHIEVEMENT,
          "According to this strategic line, the country has stepped up economic construction at the same time"
              + " as building up its defences with the nuclear forces as the pivot.",
          "According to the strategic line of economic construction and nuclear forces, the country has stepped"
              + " up economic construction at the same time as building up its defences with the nuclear forces"
              + " as the pivot.",
          null, line("economy-and-nuclear-forces"), sector("national-economy"), sector("defence"),
          sector("nuclear-forces"));
      add(causalBase("mallima-era-ushered-in",
          "Thus it has ushered in the era of Mallima,",
          "Thus, under the strategic line of economic construction and nuclear forces, the country has ushered in"
              + " the era of \"Mallima\".",
          null, List.of(line("economy-and-nuclear-forces")), List.of(era("mallima-era")), era("mallima-era"))
          .addEncoderNotes(note("'Thus' points back to the previous sentence, on what the country has done"
              + " according to the strategic line; the data set names that line as the cause.")));
      add(base("mallima-golden-age", ClaimKind.CHARACTERISATION,
          "a golden age for building a powerful socialist country, in which it advances reducing ten years to one.",
          "The era of \"Mallima\" is a golden age for building a powerful socialist country, in which the country"
              + " \"advances reducing ten years to one\".",
          null, era("mallima-era"))
          .addFigures(Figure.builder()
              .indicator("pace of advance")
              .wording("reducing ten years to one")
              .statedAs(StatedAs.MULTIPLE)
              .amount(BigDecimal.TEN)
              .status(FigureStatus.RESULT)
              .build())
          .addEncoderNotes(note("'Reducing ten years to one' is a slogan of speed, not a measured figure. It is"
              + " encoded as a multiple of 10, reported as what the country does (the text's present tense), only"
              + " to keep the slogan's wording and its arithmetic together; the text gives no indicator, unit,"
              + " period or baseline, and nothing here says that output or productivity grew tenfold.")));

      claim("economic-giant-aim", ClaimKind.OBJECTIVE,
          "It is making efforts to build an economic giant that is strong in terms of its independence and Juche"
              + " character and is developing with science and technology as the main productive force.",
          "The country is making efforts to build an \"economic giant\" that is strong in terms of its"
              + " independence and \"Juche character\" and is developing with science and technology as the main"
              + " productive force.",
          null, line("economic-giant-line"), sector("science-and-technology"));
      claim("economic-giant-line-defined", ClaimKind.POLICY_DESCRIPTION,
          "The Party’s strategic line for building an economic giant is to make the national economy"
              + " Juche-oriented, modern, IT-based and scientific at a high level by maintaining the spirit of"
              + " self-reliance and self-development and by relying on science and technology, and to provide the"
              + " people with affluent and cultured living conditions.",
          "The Party’s strategic line for building an \"economic giant\" is to make the national economy"
              + " \"Juche-oriented\", modern, IT-based and scientific at a high level by maintaining the spirit of"
              + " self-reliance and self-development and by relying on science and technology, and to provide the"
              + " people with affluent and cultured living conditions.",
          null, line("economic-giant-line"), actor(PARTY_ID), sector("national-economy"),
          sector("science-and-technology"));
      claim("basic-industries-modernised", ClaimKind.ONGOING_EFFORT,
          "It is striving to make the vanguard sectors of the national economy, the basic industries,"
              + " Juche-based and modern at a higher level and ensure their maximum production.",
          "The country is striving to make the vanguard sectors of the national economy, the basic industries,"
              + " \"Juche-based\" and modern at a higher level and ensure their maximum production.",
          null, sector("basic-industries"));
      add(base("agriculture-and-light-industry-prioritised", ClaimKind.POLICY_DESCRIPTION,
          "It prioritizes agriculture and light industry to bring about a decisive improvement in the people’s"
              + " living standards.",
          "The country prioritizes agriculture and light industry to bring about a decisive improvement in the"
              + " people’s living standards.",
          null, sector("agriculture"), sector("light-industry"), line("economic-giant-line"))
          .addEncoderNotes(note(POSITIONAL_LINK)));
      claim("domestic-materials-and-equipment", ClaimKind.ACHIEVEMENT,
          "The country has set up production and technical processes to turn out essential materials and fuels"
              + " by relying on domestic resources, and is manufacturing cutting-edge equipment and other"
              + " indispensable technical means as suited to its actual conditions.",
          "The country has set up production and technical processes to turn out essential materials and fuels"
              + " by relying on domestic resources, and is manufacturing cutting-edge equipment and other"
              + " indispensable technical means as suited to its actual conditions.",
          null, sector("industry"));
      claim("knowledge-economy-aim", ClaimKind.OBJECTIVE,
          "It endeavours to develop itself into a knowledge economy powered by science and technology, and to"
              + " improve economic guidance and management in line with the requirements of the developing"
              + " reality.",
          "The country endeavours to develop itself into a knowledge economy powered by science and technology,"
              + " and to improve economic guidance and management in line with the requirements of the developing"
              + " reality.",
          null, sector("national-economy"), sector("science-and-technology"));
      add(base("science-top-priority", ClaimKind.POLICY_DESCRIPTION,
          "The sector of science and technology has been set as a top priority and all sectors of the national"
              + " economy combine their production with science and technology to boost production.",
          "The sector of science and technology has been set as a top priority, and all sectors of the national"
              + " economy combine their production with science and technology to boost production.",
          null, sector("science-and-technology"), sector("national-economy"), line("economic-giant-line"))
          .addEncoderNotes(note(POSITIONAL_LINK)));
      claim("cnc-and-automation", ClaimKind.ONGOING_EFFORT,
          "They also strive to introduce CNC technology in their equipment and production lines and achieve"
              + " their full automation.",
          "All sectors of the national economy also strive to introduce CNC technology in their equipment and"
              + " production lines and achieve their full automation.",
          null, sector("cnc-technology"), sector("national-economy"));
      claim("high-tech-industries-established", ClaimKind.ONGOING_EFFORT,
          "The country is establishing such high-tech industries as information, nanotechnology and biological"
              + " industries on a large scale to increase their share of, and enhance their pivotal role in, the"
              + " country’s economic development.",
          "The country is establishing such high-tech industries as information, nanotechnology and biological"
              + " industries on a large scale to increase their share of, and enhance their pivotal role in, the"
              + " country’s economic development.",
          null, sector("high-tech-industries"), sector("information-industry"), sector("nanotechnology"),
          sector("biological-industry"));
      add(base("livelihood-prioritised", ClaimKind.POLICY_DESCRIPTION,
          "It prioritizes the development of the sectors that directly influence the people’s livelihood,",
          "The country prioritizes the development of the sectors that directly influence the people’s"
              + " livelihood.",
          null, sector("livelihood-sectors"), line("economic-giant-line"))
          .addEncoderNotes(note(POSITIONAL_LINK)));
      claim("excellent-conditions-furnished", ClaimKind.ACHIEVEMENT,
          "furnishes working people with excellent conditions for their working and material life,",
          "The country furnishes working people with \"excellent conditions\" for their working and material"
              + " life.",
          null, actor("dprk"));
      claim("people-oriented-policies-expanded", ClaimKind.POLICY_DESCRIPTION,
          "and expands the scope of people-oriented policies to steadily improve the people’s standard of living.",
          "The country expands the scope of \"people-oriented policies\" to steadily improve the people’s"
              + " standard of living.",
          null, actor("dprk"), sector("livelihood-sectors"));

      claim("five-year-strategy-set-forth", ClaimKind.POLICY_ADOPTION,
          "The Seventh Congress of the Workers’ Party of Korea, held in May 2016, set forth the five-year strategy"
              + " for national economic development to give a powerful impetus to the building of a socialist"
              + " economic giant.",
          "The Seventh Congress of the Workers’ Party of Korea, held in May 2016, set forth the five-year strategy"
              + " for national economic development to give a powerful impetus to the building of a socialist"
              + " \"economic giant\".",
          "2016-05", line("five-year-strategy-2016"), event("seventh-congress"), actor(PARTY_ID),
          sector("national-economy"));
      return List.copyOf(claims);
    }

    /** The encoder's note on a claim linked to the line for an economic giant by its place in the text. */
    private static final String POSITIONAL_LINK = "The sentence names no line; the data set links it to the"
        + " strategic line for building an economic giant because it follows the text's account of that line."
        + " The link is the encoder's reading, not the text's.";

    private void add(Claim.Builder claim) {
      claims.add(claim.build());
    }

    private void claim(String id, ClaimKind kind, String quote, String statement, String refersTo,
        EntityRef... about) {
      add(base(id, kind, quote, statement, refersTo, about));
    }

    private void causal(String id, String quote, String statement, String refersTo, List<EntityRef> causes,
        List<EntityRef> effects, EntityRef... about) {
      add(causalBase(id, quote, statement, refersTo, causes, effects, about));
    }

    private Claim.Builder causalBase(String id, String quote, String statement, String refersTo,
        List<EntityRef> causes, List<EntityRef> effects, EntityRef... about) {
      return base(id, ClaimKind.CAUSAL_ATTRIBUTION, quote, statement, refersTo, about)
          .addAllCauses(causes).addAllEffects(effects);
    }

    private Claim.Builder base(String id, ClaimKind kind, String quote, String statement, String refersTo,
        EntityRef... about) {
      Claim.Builder claim = Claim.builder()
          .id(id)
          .kind(kind)
          .statement(statement)
          .addAbout(about)
          .assertedBy(ASSERTED_BY)
          .extractedBy(EXTRACTED_BY)
          .anchor(text.anchor(quote));
      if (refersTo != null) {
        claim.refersTo(Period.parse(refersTo));
      }
      return claim;
    }

    private static EntityRef era(String id) {
      return EntityRef.era(id);
    }

    private static EntityRef sector(String id) {
      return EntityRef.sector(id);
    }

    private static EntityRef line(String id) {
      return EntityRef.policyLine(id);
    }

    private static EntityRef actor(String id) {
      return EntityRef.actor(id);
    }

    private static EntityRef event(String id) {
      return EntityRef.event(id);
    }
  }
}
