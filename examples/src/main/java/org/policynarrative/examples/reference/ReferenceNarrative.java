package org.policynarrative.examples.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
 * of economic construction from 1953 to the Seventh Party Congress (May 2016), as an official
 * portal tells it in {@code economic-construction.txt} (shipped beside this class with its
 * provenance note, {@code SOURCE.md}).
 *
 * <p>Every sentence of the text that asserts something is a {@link Claim}, attributed to the
 * portal and anchored to its exact quote (a sentence that both gives a reason for a line and
 * reports its adoption is two claims, one per part); anchors are computed from the text by
 * {@link SourceText#anchor(String)}, so a quote that is missing or ambiguous fails at once. No
 * claim carries an assessment: nothing here has been checked against an independent reference,
 * so every claim reads as "asserted by the source, unverified".
 *
 * <p>The actors and events are those the text names, under the text's own names: the DPRK, the
 * Workers' Party of Korea, "the US imperialists" (the source's term, kept as the actor's name, as
 * the model keeps every source's terms) and "imperialist allied forces"; the Seventh Congress of the
 * Workers' Party of Korea (May 2016, the month the text gives) and the two other causes the text
 * gives for the Arduous March. Policy lines name the party in typed roles, the five-year strategy
 * the congress it was set forth at; the two lines that develop two things "simultaneously" with
 * neither preferred are {@link PriorityMode#PARALLEL parallel}, unlike light industry developed
 * {@link PriorityMode#SIMULTANEOUS simultaneously} beside a preferred heavy industry. "Reducing ten
 * years to one" is encoded as the figure it states (a multiple of 10) with an encoder's note that it
 * is a slogan of speed, not a measured figure.
 *
 * <p>What the text leaves unsaid stays unsaid: the source's publisher, URL and date are absent;
 * an era the text does not date is dated only as far as the text allows, and its summary says so.
 * Where this data set adds something of its own (a label such as "post-war", its placing of a
 * sector in the hierarchy), the description says it is the encoder's. Sectors are mapped to ISIC
 * rev. 4 or COFOG only where a relation holds (same, broader or narrower concept); a sector that
 * merely overlaps a class is left unmapped.
 *
 * <p>The shipped {@code economic-construction.json} and {@code economic-construction.md} are
 * written by the library from {@link #narrative()} ({@link GenerateReferenceData}); tests fail
 * when they drift apart.
 */
public final class ReferenceNarrative {

  /** The id of the narrative and of its one source. */
  public static final String ID = "economic-construction";

  /** Who asserts every claim of the data set. */
  public static final String ASSERTED_BY = "DPRK official portal (publisher unrecorded)";

  /** Who extracted the claims. */
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
        .title("The DPRK's line of economic construction, 1953 to 2016, as an official portal tells it")
        .language("en")
        .version("2")
        .description("The reference data set of policy-narrative: every era, policy line, sector, actor and"
            + " event the source text names, and every sentence that asserts something as an attributed,"
            + " anchored, unverified claim.")
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
        .build();
  }

  // ---------------------------------------------------------------------------------------- eras

  private static List<Era> eras() {
    return List.of(
        Era.builder().id("post-war-1953").name("Post-war construction")
            .period(Period.of(HistoricalDate.parse("Juche 42 (1953)")))
            .summary("The text names no era here: it says the basic line of socialist economic construction"
                + " was put forward in Juche 42 (1953) and that foundations were laid 'in a short period'."
                + " 'Post-war' is this data set's label, not the source's; the era is dated by the year the"
                + " line was put forward, as the text gives no end.")
            .source(ID)
            .build(),
        Era.builder().id("the-1960s").name("The 1960s")
            .period(Period.parse("196X"))
            .summary("The decade in which, the text says, the Workers’ Party of Korea advanced the line of"
                + " simultaneous economic construction and defence buildup.")
            .source(ID)
            .build(),
        Era.builder().id("arduous-march").name("Arduous March")
            .putLabels("ko", "고난의 행군")
            .period(Period.parse("199X"))
            .summary("The hardship of the 1990s, which the text attributes to the disintegration of the socialist"
                + " market, hostile foreign moves and natural disasters, and says was concluded with Sengun"
                + " politics. The text dates it only to the decade.")
            .source(ID)
            .build(),
        Era.builder().id("sengun-era").name("Sengun era")
            .putLabels("ko", "선군시대")
            .period(Period.parse("200X"))
            .summary("The 2000s as the text describes them, under the line of economic construction of the"
                + " Sengun era.")
            .source(ID)
            .build(),
        Era.builder().id("mallima-era").name("Era of Mallima")
            .putLabels("ko", "만리마 시대")
            .period(Period.parse("201X?/.."))
            .summary("The text gives no date: it says the era of Mallima was ushered in under the strategic line"
                + " of economic construction and nuclear forces, after its account of the 2000s and in the"
                + " present tense. Dated here as starting in the 2010s, uncertain, and open-ended; both are"
                + " this data set's reading, not the source's words.")
            .source(ID)
            .build(),
        Era.builder().id("five-year-strategy").name("Five-year strategy for national economic development")
            .period(Period.parse("2016-05/.."))
            .summary("From the Seventh Congress of the Workers’ Party of Korea, held in May 2016, which set forth"
                + " the strategy. The text gives the month it was set forth, not the years it covers, so the"
                + " end is left open.")
            .source(ID)
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
            .addEncoderNotes(EncoderNote.builder().text("The name is the source's own term, kept as it stands as"
                + " the model keeps every source's terms; the data set does not adopt it.")
                .author(EXTRACTED_BY).build())
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
            .build());
  }

  private static List<Event> events() {
    return List.of(
        Event.builder().id("disintegration-of-the-socialist-market").name("Disintegration of the socialist market")
            .summary("Named by the text as a cause of the Arduous March, which it places in the 1990s; the text"
                + " gives the disintegration no date of its own.")
            .build(),
        Event.builder().id("successive-natural-disasters").name("Successive natural disasters")
            .summary("Named by the text as a cause of the Arduous March, which it places in the 1990s; the text"
                + " gives the disasters no date of their own.")
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
        sector("national-economy", "National economy", null,
            "The economy as a whole: 'the national economy' and its 'several sectors' in the text."),
        sector("industry", "Industry", "national-economy",
            "Industry as a whole; the text speaks of 'industrial establishments' and 'a socialist industrial state'.",
            SectorMapping.of("ISIC-4", "C", MappingRelation.NARROWER)),
        sector("heavy-industry", "Heavy industry", "industry",
            "The sector the 1953 line developed 'preferentially'. Not mapped: it overlaps ISIC sections B"
                + " (mining) and C (manufacturing) without matching, containing or lying within either."),
        sector("basic-industries", "Basic industries", "heavy-industry",
            "'The vanguard sectors of the national economy'. The text does not list them; placing them under"
                + " heavy industry is this data set's reading."),
        sector("light-industry", "Light industry", "industry",
            "Consumer-goods industry, developed 'simultaneously' under the 1953 and Sengun-era lines and"
                + " prioritised under the line for an economic giant.",
            SectorMapping.of("ISIC-4", "C", MappingRelation.BROADER)),
        sector("defence-industry", "Defence industry", "industry",
            "The sector the Sengun-era line developed 'preferentially'.",
            SectorMapping.of("ISIC-4", "2520", MappingRelation.NARROWER),
            SectorMapping.of("ISIC-4", "3040", MappingRelation.NARROWER)),
        sector("high-tech-industries", "High-tech industries", "industry",
            "'Such high-tech industries as information, nanotechnology and biological industries'."),
        sector("information-industry", "Information industry", "high-tech-industries",
            "Named by the text among the high-tech industries.",
            SectorMapping.of("ISIC-4", "J", MappingRelation.CLOSE)),
        sector("nanotechnology", "Nanotechnology", "high-tech-industries",
            "Named by the text among the high-tech industries; no ISIC class matches it."),
        sector("biological-industry", "Biological industry", "high-tech-industries",
            "Named by the text among the high-tech industries; no ISIC class matches it."),
        sector("agriculture", "Agriculture", "national-economy",
            "Developed 'simultaneously' under the 1953 and Sengun-era lines and prioritised under the line"
                + " for an economic giant.",
            SectorMapping.of("ISIC-4", "A", MappingRelation.BROADER),
            SectorMapping.of("COFOG", "04.2", MappingRelation.BROADER)),
        sector("science-and-technology", "Science and technology", "national-economy",
            "'The sector of science and technology', which the text says has been set as a top priority.",
            SectorMapping.of("ISIC-4", "72", MappingRelation.CLOSE)),
        sector("cnc-technology", "CNC technology", "science-and-technology",
            "Computer numerical control, which the text says all sectors strive to introduce in their"
                + " equipment and production lines."),
        sector("livelihood-sectors", "Sectors of the people's livelihood", "national-economy",
            "'The sectors that directly influence the people’s livelihood'; the text does not list them."),
        sector("defence", "Defence", null,
            "Defence buildup and defence potential, outside the national economy in this data set's hierarchy.",
            SectorMapping.of("COFOG", "02", MappingRelation.CLOSE)),
        sector("nuclear-forces", "Nuclear forces", "defence",
            "'The nuclear forces', which the text calls the pivot of the country's defences.",
            SectorMapping.of("COFOG", "02.1", MappingRelation.BROADER)));
  }

  private static Sector sector(String id, String name, String broader, String description,
      SectorMapping... mappings) {
    Sector.Builder sector = Sector.builder().id(id).name(name).description(description).addMappings(mappings);
    if (broader != null) {
      sector.broader(broader);
    }
    return sector.build();
  }

  // -------------------------------------------------------------------------------- policy lines

  private static List<PolicyLine> policyLines() {
    return List.of(
        PolicyLine.builder().id("independent-national-economy")
            .name("Line of building an independent national economy")
            .statement("building an independent national economy in economic construction")
            .addEras("post-war-1953", "the-1960s", "arduous-march", "sengun-era", "mallima-era",
                "five-year-strategy")
            .build(),
        PolicyLine.builder().id("basic-line-1953")
            .name("Basic line of socialist economic construction")
            .statement("developing the heavy industry preferentially and ensuring the simultaneous development of"
                + " light industry and agriculture")
            .adopted(HistoricalDate.parse("Juche 42 (1953)"))
            .addEras("post-war-1953")
            .addPriorities(
                priority("heavy-industry", PriorityMode.PREFERENTIAL, "developing the heavy industry preferentially"),
                priority("light-industry", PriorityMode.SIMULTANEOUS,
                    "ensuring the simultaneous development of light industry and agriculture"),
                priority("agriculture", PriorityMode.SIMULTANEOUS,
                    "ensuring the simultaneous development of light industry and agriculture"))
            .build(),
        PolicyLine.builder().id("parallel-line-1960s")
            .name("Line of simultaneous economic construction and defence buildup")
            .statement("simultaneously carrying on the economic construction and defence buildup")
            .adopted(HistoricalDate.parse("196X"))
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, PARTY_ID))
            .addEras("the-1960s")
            // "Simultaneously carrying on" two things, neither preferred: parallel, not simultaneous.
            .addPriorities(
                priority("national-economy", PriorityMode.PARALLEL, "the economic construction"),
                priority("defence", PriorityMode.PARALLEL, "defence buildup"))
            .build(),
        PolicyLine.builder().id("sengun-politics")
            .name("Sengun politics")
            .addEras("arduous-march")
            .build(),
        PolicyLine.builder().id("sengun-era-line")
            .name("Line of economic construction of the Sengun era")
            .statement("preferential development of the defence industry and simultaneous development of light"
                + " industry and agriculture")
            .addEras("sengun-era")
            .addPriorities(
                priority("defence-industry", PriorityMode.PREFERENTIAL,
                    "preferential development of the defence industry"),
                priority("light-industry", PriorityMode.SIMULTANEOUS,
                    "simultaneous development of light industry and agriculture"),
                priority("agriculture", PriorityMode.SIMULTANEOUS,
                    "simultaneous development of light industry and agriculture"))
            .build(),
        PolicyLine.builder().id("economy-and-nuclear-forces")
            .name("Strategic line of simultaneous economic construction and nuclear forces")
            .statement("simultaneously conducting economic construction and building up the nuclear forces")
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, PARTY_ID))
            .addEras("mallima-era")
            // "Simultaneously conducting" two things, neither preferred: parallel, not simultaneous.
            .addPriorities(
                priority("national-economy", PriorityMode.PARALLEL, "economic construction"),
                priority("nuclear-forces", PriorityMode.PARALLEL, "building up the nuclear forces"))
            .durability(Durability.PERMANENT)
            .build(),
        PolicyLine.builder().id("economic-giant-line")
            .name("Strategic line for building an economic giant")
            .statement("to make the national economy Juche-oriented, modern, IT-based and scientific at a high"
                + " level by maintaining the spirit of self-reliance and self-development and by relying on"
                + " science and technology, and to provide the people with affluent and cultured living"
                + " conditions")
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, PARTY_ID))
            .addEras("mallima-era")
            .addPriorities(
                priority("science-and-technology", PriorityMode.TOP_PRIORITY, "set as a top priority"),
                priority("basic-industries", PriorityMode.PRIORITIZED,
                    "the vanguard sectors of the national economy, the basic industries"),
                priority("agriculture", PriorityMode.PRIORITIZED, "prioritizes agriculture and light industry"),
                priority("light-industry", PriorityMode.PRIORITIZED, "prioritizes agriculture and light industry"),
                priority("livelihood-sectors", PriorityMode.PRIORITIZED,
                    "prioritizes the development of the sectors that directly influence the people’s livelihood"))
            .build(),
        PolicyLine.builder().id("five-year-strategy-2016")
            .name("Five-year strategy for national economic development")
            .statement("to give a powerful impetus to the building of a socialist economic giant")
            .adopted(HistoricalDate.ofMonth(2016, 5))
            .adoptedAtEvent("seventh-congress")
            .addRoles(LineRole.of(ActorRole.ADOPTED_BY, PARTY_ID))
            .addEras("five-year-strategy")
            .build());
  }

  private static SectorPriority priority(String sector, PriorityMode mode, String wording) {
    return SectorPriority.builder().sector(sector).mode(mode).wording(wording).build();
  }

  // -------------------------------------------------------------------------------------- claims

  /** The claims, in the order of the text. */
  private static final class Claims {

    private final SourceText text;
    private final List<Claim> claims = new java.util.ArrayList<>();

    Claims(SourceText text) {
      this.text = text;
    }

    List<Claim> all() {
      claim("independent-economy-adhered-to", ClaimKind.POLICY_DESCRIPTION,
          "The DPRK consistently adheres to the line of building an independent national economy in economic"
              + " construction.",
          "The country has always kept to the line of building an independent national economy.",
          null, line("independent-national-economy"), sector("national-economy"), actor("dprk"));

      claim("basic-line-put-forward", ClaimKind.POLICY_ADOPTION,
          "True to the basic line of socialist economic construction put forward in Juche 42 (1953) which means"
              + " developing the heavy industry preferentially and ensuring the simultaneous development of light"
              + " industry and agriculture,",
          "A basic line of socialist economic construction was put forward in 1953: heavy industry first, light"
              + " industry and agriculture alongside.",
          "Juche 42 (1953)", line("basic-line-1953"), sector("heavy-industry"), sector("light-industry"),
          sector("agriculture"));
      claim("foundations-laid-in-short-period", ClaimKind.ACHIEVEMENT,
          "the country laid rock-solid material and technical foundations for the building of an independent"
              + " national economy in a short period.",
          "Following the basic line, the country quickly laid solid material and technical foundations for an"
              + " independent national economy.",
          "Juche 42 (1953)", era("post-war-1953"), line("basic-line-1953"), line("independent-national-economy"));

      claim("us-aggression-1960s", ClaimKind.THREAT_PERCEPTION,
          "In the 1960s when the US moves of aggression became undisguised,",
          "In the 1960s, moves of aggression by the US became open.",
          "196X", era("the-1960s"), actor("us-imperialists"));
      claim("parallel-line-advanced", ClaimKind.POLICY_ADOPTION,
          "the Workers’ Party of Korea advanced the line of simultaneously carrying on the economic construction"
              + " and defence buildup.",
          "The Workers' Party of Korea advanced a line of economic construction and defence buildup at the same"
              + " time.",
          "196X", line("parallel-line-1960s"), actor(PARTY_ID), sector("national-economy"), sector("defence"));
      claim("industrial-state-established", ClaimKind.ACHIEVEMENT,
          "According to this line, the country established a socialist industrial state while increasing the"
              + " defence potentialities.",
          "Under the parallel line, the country became a socialist industrial state and increased its defence"
              + " potential.",
          "196X", line("parallel-line-1960s"), sector("industry"), sector("defence"));

      causal("arduous-march-causes",
          "In the 1990s the country underwent the Arduous March owing to the disintegration of the socialist"
              + " market, the imperialist allied forces’ undisguised moves to isolate and stifle the nation and"
              + " successive natural disasters.",
          "The Arduous March of the 1990s was caused by the disintegration of the socialist market, moves by"
              + " imperialist allied forces to isolate the country, and successive natural disasters.",
          "199X", List.of(event("disintegration-of-the-socialist-market"), actor("imperialist-allied-forces"),
              event("successive-natural-disasters")),
          List.of(era("arduous-march")), era("arduous-march"));
      claim("isolation-moves-1990s", ClaimKind.THREAT_PERCEPTION,
          "the imperialist allied forces’ undisguised moves to isolate and stifle the nation",
          "In the 1990s, imperialist allied forces openly moved to isolate and stifle the country.",
          "199X", era("arduous-march"), actor("imperialist-allied-forces"));
      causal("arduous-march-concluded",
          "But the Arduous March was concluded with the successful administration of Sengun politics.",
          "Sengun politics brought the Arduous March to an end.",
          "199X", List.of(line("sengun-politics")), List.of(era("arduous-march")),
          era("arduous-march"), line("sengun-politics"));

      claim("sengun-era-line-pursued", ClaimKind.POLICY_DESCRIPTION,
          "In the 2000s, in compliance with the line of economic construction of the Sengun era, which pursues"
              + " preferential development of the defence industry and simultaneous development of light industry"
              + " and agriculture,",
          "In the 2000s the line of economic construction of the Sengun era put the defence industry first, with"
              + " light industry and agriculture alongside.",
          "200X", line("sengun-era-line"), era("sengun-era"), sector("defence-industry"),
          sector("light-industry"), sector("agriculture"));
      claim("steady-progress-2000s", ClaimKind.ACHIEVEMENT,
          "the economy made steady progress, laying a solid foundation for the building of an economic giant,"
              + " and an industrial revolution of the new century started.",
          "In the 2000s the economy progressed steadily, laid a foundation for an economic giant and began an"
              + " industrial revolution of the new century.",
          "200X", era("sengun-era"), line("sengun-era-line"), sector("national-economy"), sector("industry"));
      claim("science-and-modernisation-progress", ClaimKind.ONGOING_EFFORT,
          "The DPRK is making rapid progress in the sector of cutting-edge science and technology and pushing"
              + " forward the modernization of industrial establishments, while encouraging several sectors of"
              + " the national economy to rely on locally-available raw and other materials.",
          "The country is advancing cutting-edge science and technology and modernising industry, and has"
              + " sectors of the economy rely on local raw materials.",
          null, sector("science-and-technology"), sector("industry"), sector("national-economy"), actor("dprk"));

      claim("sanctions-and-nuclear-threat", ClaimKind.THREAT_PERCEPTION,
          "It is building an economic giant in a tense situation in which the US imperialists are threatening the"
              + " country by wielding the nuclear stick and imposing economic sanctions and blockade upon it to"
              + " isolate and stifle it.",
          "The country builds an economic giant while the US threatens it with nuclear weapons and imposes"
              + " sanctions and a blockade.",
          null, line("economic-giant-line"), actor("us-imperialists"));
      // The reason for the line is a justification, not a cause: a claim of its own, beside the adoption.
      claims.add(base("nuclear-line-justified", ClaimKind.JUSTIFICATION,
          "To cope with the prevailing situation and meet the demands of the developing revolution,",
          "The line of economic construction and nuclear forces was set out to cope with the prevailing situation"
              + " and meet the demands of the developing revolution.",
          null, line("economy-and-nuclear-forces"))
          .addJustifies(line("economy-and-nuclear-forces"))
          .build());
      claim("nuclear-line-set-out", ClaimKind.POLICY_ADOPTION,
          "the Workers’ Party of Korea set out the strategic line of simultaneously conducting economic"
              + " construction and building up the nuclear forces.",
          "The Workers' Party of Korea set out a strategic line of economic construction and nuclear forces at"
              + " the same time.",
          null, line("economy-and-nuclear-forces"), actor(PARTY_ID), sector("national-economy"),
          sector("nuclear-forces"));
      claims.add(base("nuclear-line-permanent", ClaimKind.POLICY_DESCRIPTION,
          "This strategic line is not a temporary countermeasure adopted to cope with the rapidly-changing"
              + " situation, but a strategic line the Party holds fast to permanently.",
          "The line of economic construction and nuclear forces is declared permanent, not a temporary"
              + " countermeasure.",
          null, line("economy-and-nuclear-forces"), actor(PARTY_ID))
          .addRelations(ClaimRelation.of(RelationType.ELABORATES, "nuclear-line-set-out"))
          .build());
      claim("defences-with-nuclear-pivot", ClaimKind.ACHIEVEMENT,
          "According to this strategic line, the country has stepped up economic construction at the same time"
              + " as building up its defences with the nuclear forces as the pivot.",
          "Under that line, the country has stepped up economic construction while building up its defences"
              + " around the nuclear forces.",
          null, line("economy-and-nuclear-forces"), sector("national-economy"), sector("defence"),
          sector("nuclear-forces"));
      causal("mallima-era-ushered-in",
          "Thus it has ushered in the era of Mallima, a golden age for building a powerful socialist country, in"
              + " which it advances reducing ten years to one.",
          "The line of economic construction and nuclear forces ushered in the era of Mallima.",
          null, List.of(line("economy-and-nuclear-forces")), List.of(era("mallima-era")), era("mallima-era"));
      claims.add(base("mallima-golden-age", ClaimKind.CHARACTERISATION,
          "a golden age for building a powerful socialist country, in which it advances reducing ten years to one",
          "The era of Mallima is a golden age in which the country does ten years' work in one.",
          null, era("mallima-era"))
          .addFigures(Figure.builder()
              .indicator("pace of advance")
              .wording("reducing ten years to one")
              .statedAs(StatedAs.MULTIPLE)
              .amount(BigDecimal.TEN)
              .status(FigureStatus.RESULT)
              .build())
          .addEncoderNotes(EncoderNote.builder()
              .text("'Reducing ten years to one' is a slogan of speed, not a measured figure. It is encoded as a"
                  + " multiple of 10, reported as what the country does (the text's present tense), only to keep"
                  + " the slogan's wording and its arithmetic together; the text gives no indicator, unit, period"
                  + " or baseline, and nothing here says that output or productivity grew tenfold.")
              .author(EXTRACTED_BY)
              .build())
          .build());

      claim("economic-giant-aim", ClaimKind.OBJECTIVE,
          "It is making efforts to build an economic giant that is strong in terms of its independence and Juche"
              + " character and is developing with science and technology as the main productive force.",
          "The aim is an economic giant that is independent and grows with science and technology as its main"
              + " productive force.",
          null, line("economic-giant-line"), sector("science-and-technology"));
      claim("economic-giant-line-defined", ClaimKind.POLICY_DESCRIPTION,
          "The Party’s strategic line for building an economic giant is to make the national economy"
              + " Juche-oriented, modern, IT-based and scientific at a high level by maintaining the spirit of"
              + " self-reliance and self-development and by relying on science and technology, and to provide the"
              + " people with affluent and cultured living conditions.",
          "The Party's line for an economic giant is a self-reliant, modern, IT-based and scientific economy"
              + " resting on science and technology, and affluent living conditions for the people.",
          null, line("economic-giant-line"), actor(PARTY_ID), sector("national-economy"),
          sector("science-and-technology"));
      claim("basic-industries-modernised", ClaimKind.ONGOING_EFFORT,
          "It is striving to make the vanguard sectors of the national economy, the basic industries,"
              + " Juche-based and modern at a higher level and ensure their maximum production.",
          "The country strives to modernise the basic industries and maximise their output.",
          null, sector("basic-industries"), line("economic-giant-line"));
      claim("agriculture-and-light-industry-prioritised", ClaimKind.POLICY_DESCRIPTION,
          "It prioritizes agriculture and light industry to bring about a decisive improvement in the people’s"
              + " living standards.",
          "Agriculture and light industry are prioritised to improve living standards decisively.",
          null, sector("agriculture"), sector("light-industry"), line("economic-giant-line"));
      claim("domestic-materials-and-equipment", ClaimKind.ACHIEVEMENT,
          "The country has set up production and technical processes to turn out essential materials and fuels"
              + " by relying on domestic resources, and is manufacturing cutting-edge equipment and other"
              + " indispensable technical means as suited to its actual conditions.",
          "The country has set up processes making essential materials and fuels from domestic resources, and"
              + " makes cutting-edge equipment itself.",
          null, sector("industry"));
      claim("knowledge-economy-aim", ClaimKind.OBJECTIVE,
          "It endeavours to develop itself into a knowledge economy powered by science and technology, and to"
              + " improve economic guidance and management in line with the requirements of the developing"
              + " reality.",
          "The country aims to become a knowledge economy driven by science and technology and to improve"
              + " economic management.",
          null, sector("national-economy"), sector("science-and-technology"));
      claim("science-top-priority", ClaimKind.POLICY_DESCRIPTION,
          "The sector of science and technology has been set as a top priority and all sectors of the national"
              + " economy combine their production with science and technology to boost production.",
          "Science and technology is the top priority, and every sector combines its production with it.",
          null, sector("science-and-technology"), sector("national-economy"), line("economic-giant-line"));
      claim("cnc-and-automation", ClaimKind.ONGOING_EFFORT,
          "They also strive to introduce CNC technology in their equipment and production lines and achieve"
              + " their full automation.",
          "All sectors strive to introduce CNC technology and fully automate their production lines.",
          null, sector("cnc-technology"), sector("national-economy"));
      claim("high-tech-industries-established", ClaimKind.ONGOING_EFFORT,
          "The country is establishing such high-tech industries as information, nanotechnology and biological"
              + " industries on a large scale to increase their share of, and enhance their pivotal role in, the"
              + " country’s economic development.",
          "Information, nanotechnology and biological industries are being established on a large scale.",
          null, sector("high-tech-industries"), sector("information-industry"), sector("nanotechnology"),
          sector("biological-industry"));
      claim("livelihood-prioritised", ClaimKind.POLICY_DESCRIPTION,
          "It prioritizes the development of the sectors that directly influence the people’s livelihood,"
              + " furnishes working people with excellent conditions for their working and material life, and"
              + " expands the scope of people-oriented policies to steadily improve the people’s standard of"
              + " living.",
          "The sectors that bear on people's livelihood are prioritised, and people-oriented policies widened,"
              + " to raise the standard of living.",
          null, sector("livelihood-sectors"), line("economic-giant-line"));

      claim("five-year-strategy-set-forth", ClaimKind.POLICY_ADOPTION,
          "The Seventh Congress of the Workers’ Party of Korea, held in May 2016, set forth the five-year strategy"
              + " for national economic development to give a powerful impetus to the building of a socialist"
              + " economic giant.",
          "The Seventh Congress of the Workers' Party of Korea, in May 2016, set forth a five-year strategy for"
              + " national economic development.",
          "2016-05", line("five-year-strategy-2016"), event("seventh-congress"), actor(PARTY_ID), era("five-year-strategy"),
          sector("national-economy"));
      return List.copyOf(claims);
    }

    private void claim(String id, ClaimKind kind, String quote, String statement, String refersTo,
        EntityRef... about) {
      claims.add(base(id, kind, quote, statement, refersTo, about).build());
    }

    private void causal(String id, String quote, String statement, String refersTo, List<EntityRef> causes,
        List<EntityRef> effects, EntityRef... about) {
      claims.add(base(id, ClaimKind.CAUSAL_ATTRIBUTION, quote, statement, refersTo, about)
          .addAllCauses(causes).addAllEffects(effects).build());
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
