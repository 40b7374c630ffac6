package org.policynarrative.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureSeries;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriorityMatrix;
import org.policynarrative.core.SourceCoverage;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.TextSpan;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.TimelineEntry;
import org.policynarrative.core.ValidationReport;
import org.policynarrative.core.Verdict;

class ReferenceNarrativeTest {

  private static final Narrative NARRATIVE = ReferenceNarrative.narrative();
  private static final SourceText TEXT = ReferenceNarrative.sourceText();

  @Test
  void shippedTextHasTheHashOfItsProvenanceNote() throws IOException {
    String note;
    try (InputStream in = ReferenceNarrative.class.getResourceAsStream("SOURCE.md")) {
      assertThat(in).as("SOURCE.md beside the text").isNotNull();
      note = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("sha256: ([0-9a-f]{64})").matcher(note);
    assertThat(m.find()).as("SOURCE.md records a sha256").isTrue();
    assertThat(TEXT.sha256()).isEqualTo(m.group(1));
    assertThat(NARRATIVE.source(ReferenceNarrative.ID).orElseThrow().sha256()).contains(m.group(1));
  }

  @Test
  void validatorWithTheSourceTextReportsNoProblem() {
    ValidationReport report = NarrativeValidator.validate(NARRATIVE, List.of(TEXT));
    assertThat(report.problems()).as(report.toString()).isEmpty();
  }

  @Test
  void everyAnchorQuotesTheTextAtItsOffsets() {
    for (Claim claim : NARRATIVE.claims()) {
      Anchor anchor = claim.anchor();
      assertThat(anchor.start()).as(claim.id()).isPresent();
      assertThat(TEXT.slice(anchor.start().get(), anchor.end().get()))
          .as(claim.id()).contains(anchor.exact());
      assertThat(TEXT.occurrences(anchor.exact())).as(claim.id() + " quote is unique").hasSize(1);
    }
  }

  @Test
  void theSplitterFindsTheTextsTwentyFourSentences() {
    List<Sentences.Sentence> sentences = Sentences.split(TEXT.text());
    assertThat(sentences).hasSize(24);
    assertThat(sentences.get(0).text()).startsWith("The DPRK consistently adheres").endsWith("construction.");
    assertThat(sentences.get(23).text()).startsWith("The Seventh Congress").endsWith("economic giant.");
    for (Sentences.Sentence s : sentences) {
      assertThat(TEXT.slice(s.start(), s.end())).contains(s.text());
    }
  }

  @Test
  void coresSentencesAndCoverageAgreeWithThisTestsRuleOnTheReferenceText() {
    // Core's rule (SourceText.sentences, for the coverage command and the HTML report) knows more terminals and
    // blank lines; on this text it must find the same sentences, and the same uncovered one without a claim.
    assertThat(TEXT.sentences()).extracting(s -> s.start() + ".." + s.end())
        .containsExactlyElementsOf(Sentences.split(TEXT.text()).stream().map(s -> s.start() + ".." + s.end()).toList());
    assertThat(SourceCoverage.of(NARRATIVE, TEXT).sentenceShare()).isEqualTo(1.0);
    Narrative fewer = Narrative.builder().from(NARRATIVE).claims(NARRATIVE.claims().stream()
        .filter(c -> !c.id().equals("foundations-laid-in-short-period")).toList()).build();
    assertThat(SourceCoverage.of(fewer, TEXT).uncoveredSentences()).extracting(TextSpan::start)
        .containsExactlyElementsOf(Coverage.uncovered(TEXT.text(), ReferenceNarrative.ID, fewer.claims()).stream()
            .map(Sentences.Sentence::start).toList());
  }

  @Test
  void claimAnchorsCoverEverySentence() {
    List<Sentences.Sentence> missing = Coverage.uncovered(TEXT.text(), ReferenceNarrative.ID, NARRATIVE.claims());
    assertThat(missing).as("sentences not fully covered by claim anchors").isEmpty();
    assertThat(Coverage.share(TEXT.text(), ReferenceNarrative.ID, NARRATIVE.claims())).isEqualTo(1.0);
  }

  @Test
  void coverageDropsWhenAClaimIsLeftOut() {
    // The coverage check can fail: without the claim that quotes the second half of sentence 2,
    // that sentence is only partly covered and counts as uncovered.
    List<Claim> fewer = NARRATIVE.claims().stream()
        .filter(c -> !c.id().equals("foundations-laid-in-short-period"))
        .collect(Collectors.toList());
    List<Sentences.Sentence> missing = Coverage.uncovered(TEXT.text(), ReferenceNarrative.ID, fewer);
    assertThat(missing).singleElement().satisfies(s -> assertThat(s.text()).startsWith("True to the basic line"));
    assertThat(Coverage.share(TEXT.text(), ReferenceNarrative.ID, fewer)).isEqualTo(23 / 24.0);
  }

  @Test
  void everyClaimIsAttributedAndUnverified() {
    assertThat(NARRATIVE.claims()).hasSizeGreaterThanOrEqualTo(24).allSatisfy(claim -> {
      assertThat(claim.assertedBy()).contains(ReferenceNarrative.ASSERTED_BY);
      assertThat(claim.extractedBy()).contains(ReferenceNarrative.EXTRACTED_BY);
      assertThat(claim.assessments()).isEmpty();
      assertThat(claim.verdict()).isEqualTo(Verdict.UNVERIFIED);
      assertThat(claim.about()).isNotEmpty();
    });
    assertThat(NARRATIVE.claims()).filteredOn(c -> c.kind().equals(Optional.of(ClaimKind.CAUSAL_ATTRIBUTION)))
        .allSatisfy(c -> assertThat(c.effects()).isNotEmpty());
  }

  @Test
  void theSourceRecordsOnlyWhatIsKnown() {
    var source = NARRATIVE.source(ReferenceNarrative.ID).orElseThrow();
    assertThat(source.language()).contains("en");
    assertThat(source.note()).hasValueSatisfying(n -> assertThat(n).contains("not recorded"));
    assertThat(source.publisher()).isEmpty();
    assertThat(source.url()).isEmpty();
    assertThat(source.published()).isEmpty();
  }

  @Test
  void attributionAndDescriptionSayNoMoreThanIsKnown() {
    // The provenance note says "apparently" from an official portal; the attribution says no more.
    assertThat(ReferenceNarrative.ASSERTED_BY).contains("apparently").contains("unrecorded");
    assertThat(NARRATIVE.source(ReferenceNarrative.ID).orElseThrow().encoderNotes()).singleElement()
        .satisfies(n -> assertThat(n.text()).contains("apparently"));
    assertThat(NARRATIVE.title()).contains("apparently");
    assertThat(NARRATIVE.description()).hasValueSatisfying(d -> assertThat(d)
        .contains("apparently", "the text's own divisions", "an encoder's note says so")
        .doesNotContain("every era"));
  }

  // ------------------------------------------------------------------- the source's loaded terms

  /** Loaded terms that a statement keeps in quotation marks, as the source's, when its quote has them. */
  private static final List<String> LOADED_TERMS =
      List.of("Juche", "Sengun", "Mallima", "imperialist", "Arduous March", "economic giant");

  /** The sentence-initial words of the quotes, which are capitalised only because a sentence starts there. */
  private static final Set<String> SENTENCE_STARTS =
      Set.of("The", "It", "In", "But", "True", "To", "This", "According", "Thus", "They");

  @Test
  void everyStatementKeepsTheLoadedAndCapitalisedTermsOfItsQuote() {
    assertThat(NARRATIVE.claims()).allSatisfy(claim -> assertThat(termsDropped(claim)).as(claim.id()).isEmpty());
    // The terms the specialist's reading found translated away are there, as the source's.
    assertThat(statement("economic-giant-aim")).contains("\"Juche character\"");
    assertThat(statement("economic-giant-line-defined")).contains("\"Juche-oriented\"", "cultured");
    assertThat(statement("basic-industries-modernised")).contains("\"Juche-based\"");
    assertThat(statement("sanctions-and-nuclear-threat")).contains("\"US imperialists\"",
        "\"by wielding the nuclear stick\"");
    assertThat(statement("isolation-moves-1990s")).contains("\"imperialist allied forces\"");
  }

  @Test
  void aStatementThatDropsALoadedTermFailsUnlessANoteExplainsIt() {
    Claim claim = NARRATIVE.claim("economic-giant-aim").orElseThrow();
    Claim cleaned = Claim.builder().from(claim).statement("The country is making efforts to build an independent"
        + " \"economic giant\" that develops with science and technology as the main productive force.").build();
    assertThat(termsDropped(cleaned)).containsExactly("Juche");
    Claim unquoted = Claim.builder().from(claim).statement(claim.statement().orElseThrow().replace("\"Juche character\"",
        "Juche character")).build();
    assertThat(termsDropped(unquoted)).containsExactly("Juche");
    Claim explained = Claim.builder().from(cleaned).addEncoderNotes(EncoderNote.of("'Juche' is left out because"
        + " ...")).build();
    assertThat(termsDropped(explained)).isEmpty();
    Claim capitalised = Claim.builder().from(NARRATIVE.claim("five-year-strategy-set-forth").orElseThrow())
        .statement("A party congress set forth a five-year strategy.").build();
    assertThat(termsDropped(capitalised)).contains("Seventh", "Congress", "Workers", "Party", "Korea", "May");
  }

  /**
   * The terms of a claim's quote that its statement leaves out, and that no encoder's note on the
   * claim mentions: every loaded term (which the statement must quote) and every capitalised word
   * but a sentence's first.
   */
  private static List<String> termsDropped(Claim claim) {
    String quote = claim.anchor().exact().replace('’', '\'');
    String statement = claim.statement().orElseThrow().replace('’', '\'');
    String notes = claim.encoderNotes().stream().map(EncoderNote::text).collect(Collectors.joining("\n"));
    List<String> quoted = new ArrayList<>();
    Matcher q = Pattern.compile("\"([^\"]*)\"").matcher(statement);
    while (q.find()) {
      quoted.add(q.group(1).toLowerCase(Locale.ROOT));
    }
    Set<String> dropped = new LinkedHashSet<>();
    for (String term : LOADED_TERMS) {
      String t = term.toLowerCase(Locale.ROOT);
      if (quote.toLowerCase(Locale.ROOT).contains(t) && quoted.stream().noneMatch(s -> s.contains(t))) {
        dropped.add(term);
      }
    }
    Matcher word = Pattern.compile("\\b\\p{Lu}\\p{L}*").matcher(quote);
    while (word.find()) {
      String w = word.group();
      if (!(word.start() == 0 && SENTENCE_STARTS.contains(w))
          && !Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(statement).find()) {
        dropped.add(w);
      }
    }
    dropped.removeIf(term -> notes.contains(term));
    return List.copyOf(dropped);
  }

  private static String statement(String claimId) {
    return NARRATIVE.claim(claimId).orElseThrow().statement().orElseThrow();
  }

  @Test
  void statementsKeepTheStrengthOfTheirQuotes() {
    assertThat(statement("science-top-priority")).contains("a top priority").doesNotContain("the top priority");
    assertThat(statement("independent-economy-adhered-to")).contains("consistently adheres");
    assertThat(statement("modernisation-and-local-materials")).contains("encouraging several sectors");
    assertThat(statement("nuclear-line-justified")).contains("meet the demands of the developing revolution");
    assertThat(statement("sengun-era-line-pursued")).contains("pursues");
    assertThat(statement("basic-line-put-forward")).contains("preferentially").doesNotContain("first");
    assertThat(statement("mallima-golden-age")).contains("\"advances reducing ten years to one\"")
        .doesNotContain("work");
    // "Making rapid progress" is an achievement as the text frames it; the rest of its sentence is an effort.
    assertThat(NARRATIVE.claim("science-rapid-progress").orElseThrow().kind()).isEqualTo(Optional.of(ClaimKind.ACHIEVEMENT));
    assertThat(NARRATIVE.claim("modernisation-and-local-materials").orElseThrow().kind())
        .isEqualTo(Optional.of(ClaimKind.ONGOING_EFFORT));
  }

  // ---------------------------------------------------------------------------- eras and dates

  /** The dates the text gives, as EDTF, each with the words of the text that give it. */
  private static final Map<String, String> DATES_THE_TEXT_GIVES = Map.of(
      "1953", "Juche 42 (1953)", "196X", "In the 1960s", "199X", "In the 1990s", "200X", "In the 2000s",
      "2016-05", "May 2016");

  @Test
  void theDatesTheTextGivesAreInTheText() {
    DATES_THE_TEXT_GIVES.values().forEach(words -> assertThat(TEXT.occurrences(words)).as(words).hasSize(1));
  }

  @Test
  void theTimelineShowsNoLineAtADateTheTextDoesNotGive() {
    List<TimelineEntry> lines = Timeline.of(NARRATIVE).entries().stream()
        .filter(e -> e.ref().kind() == EntityKind.POLICY_LINE).toList();
    assertThat(lines).extracting(e -> e.ref().id() + " " + e.when().text()).containsExactly(
        "basic-line-1953 Juche 42 (1953)", "parallel-line-1960s 196X", "sengun-politics 199X",
        "sengun-era-line 200X", "five-year-strategy-2016 2016-05");
    for (TimelineEntry entry : lines) {
      String words = DATES_THE_TEXT_GIVES.get(entry.when().toEdtf());
      assertThat(words).as(entry.ref() + " stands at " + entry.when().text()).isNotNull();
      // The date is the text's for this line: it is in the paragraph of a claim about the line.
      assertThat(NARRATIVE.claimsAbout(entry.ref())).as(entry.ref() + " dated by '" + words + "'")
          .anySatisfy(claim -> assertThat(paragraphOf(claim)).contains(words));
    }
    // The lines the text does not date list no era, and a note says why.
    for (String id : List.of("independent-national-economy", "economy-and-nuclear-forces", "economic-giant-line")) {
      PolicyLine line = NARRATIVE.policyLine(id).orElseThrow();
      assertThat(line.eras()).as(id).isEmpty();
      assertThat(line.adopted()).as(id).isEmpty();
      assertThat(line.inForce()).as(id).isEmpty();
      assertThat(line.encoderNotes()).as(id).anySatisfy(n -> assertThat(n.text()).contains("no era"));
    }
  }

  @Test
  void whatTheDataSetRatherThanTheTextDatesSaysSo() {
    for (Era era : NARRATIVE.eras()) {
      if (!DATES_THE_TEXT_GIVES.containsKey(era.period().toEdtf())) {
        assertThat(era.encoderNotes()).as(era.id() + " at " + era.period().text()).isNotEmpty();
      }
    }
    for (Event event : NARRATIVE.events()) {
      event.when().filter(w -> !DATES_THE_TEXT_GIVES.containsKey(w.toEdtf()))
          .ifPresent(w -> assertThat(event.encoderNotes()).as(event.id() + " at " + w.text()).isNotEmpty());
    }
    for (Claim claim : NARRATIVE.claims()) {
      claim.refersTo().filter(w -> !DATES_THE_TEXT_GIVES.containsKey(w.toEdtf()))
          .ifPresent(w -> assertThat(claim.encoderNotes()).as(claim.id() + " at " + w.text()).isNotEmpty());
    }
  }

  @Test
  void erasAreTheTextsOwnDivisions() {
    assertThat(NARRATIVE.eras()).extracting(e -> e.id() + " " + e.period().text()).containsExactly(
        "from-1953 Juche 42 (1953)/", "the-1960s 196X", "arduous-march 199X", "the-2000s 200X",
        "mallima-era 201X?/..");
    // No Sengun era (the text names one only inside a line's name and dates none), no era for a line.
    assertThat(NARRATIVE.eras()).extracting(Era::name).noneMatch(n -> n.contains("Sengun") || n.contains("strategy"));
    assertThat(NARRATIVE.eras()).extracting(Era::name).noneMatch(n -> n.toLowerCase(Locale.ROOT).contains("post-war"));
    // The first era starts in the year the text gives and has the end it does not give: unknown.
    var first = NARRATIVE.era("from-1953").orElseThrow();
    assertThat(first.period().start().orElseThrow().calendar()).isEqualTo(CalendarModel.JUCHE);
    assertThat(first.period().start().orElseThrow().text()).isEqualTo("Juche 42 (1953)");
    assertThat(first.period().toEdtf()).isEqualTo("1953/");
    assertThat(first.period().end()).isEmpty();
    assertThat(first.encoderNotes()).singleElement().satisfies(n -> assertThat(n.text()).contains("'post-war'"));
    var mallima = NARRATIVE.era("mallima-era").orElseThrow();
    assertThat(mallima.period().start().orElseThrow().isUncertain()).isTrue();
    assertThat(mallima.encoderNotes()).anySatisfy(n -> assertThat(n.text()).contains("gives no date"));
    // The industrial state is tied to the line of the 1960s, not dated to them.
    assertThat(NARRATIVE.claim("industrial-state-established").orElseThrow().refersTo()).isEmpty();
    // The economy-and-nuclear line came before the era it ushered in, and is not placed inside it.
    assertThat(NARRATIVE.policyLine("economy-and-nuclear-forces").orElseThrow().eras()).doesNotContain("mallima-era");
    assertThat(NARRATIVE.claim("mallima-era-ushered-in").orElseThrow().causes())
        .containsExactly(EntityRef.policyLine("economy-and-nuclear-forces"));
  }

  @Test
  void policyLinesCarryTheSourcesPriorities() {
    SectorPriorityMatrix matrix = SectorPriorityMatrix.of(NARRATIVE);
    assertThat(matrix.priority("heavy-industry", "from-1953")).contains(PriorityMode.PREFERENTIAL);
    assertThat(matrix.priority("light-industry", "from-1953")).contains(PriorityMode.SIMULTANEOUS);
    assertThat(matrix.priority("national-economy", "the-1960s")).contains(PriorityMode.PARALLEL);
    assertThat(matrix.priority("defence", "the-1960s")).contains(PriorityMode.PARALLEL);
    assertThat(matrix.priority("defence-industry", "the-2000s")).contains(PriorityMode.PREFERENTIAL);
    assertThat(matrix.priority("agriculture", "the-2000s")).contains(PriorityMode.SIMULTANEOUS);
    // Undated lines stand in no era, so the matrix shows nothing in the era of Mallima.
    assertThat(matrix.sectors()).allSatisfy(s -> assertThat(matrix.priority(s.id(), "mallima-era")).isEmpty());
    assertThat(NARRATIVE.policyLine("economy-and-nuclear-forces").orElseThrow().durability())
        .isEqualTo(Durability.PERMANENT);
    assertThat(NARRATIVE.policyLine("five-year-strategy-2016").orElseThrow().adopted().orElseThrow().toEdtf())
        .isEqualTo("2016-05");
  }

  @Test
  void prioritiesTheTextDoesNotAttachToALineAreTheEncodersOrDropped() {
    PolicyLine giant = NARRATIVE.policyLine("economic-giant-line").orElseThrow();
    assertThat(giant.priorities()).extracting(p -> p.sector() + " " + p.mode().code()).containsExactly(
        "science-and-technology top-priority", "agriculture prioritized", "light-industry prioritized",
        "livelihood-sectors prioritized");
    // "The vanguard sectors ..., the basic industries" has no word of priority: no line ranks them.
    assertThat(NARRATIVE.policyLines()).flatExtracting(PolicyLine::priorities)
        .noneMatch(p -> p.sector().equals("basic-industries"));
    assertThat(giant.encoderNotes()).anySatisfy(n -> assertThat(n.text()).contains("the encoder's attachment"));
    for (String id : List.of("agriculture-and-light-industry-prioritised", "science-top-priority",
        "livelihood-prioritised")) {
      assertThat(NARRATIVE.claim(id).orElseThrow().encoderNotes()).as(id)
          .singleElement().satisfies(n -> assertThat(n.text()).contains("encoder's reading"));
    }
  }

  @Test
  void twoThingsDevelopedSimultaneouslyWithNeitherPreferredAreParallel() {
    // "simultaneously carrying on the economic construction and defence buildup" (1960s) and
    // "simultaneously conducting economic construction and building up the nuclear forces": parallel.
    for (String id : List.of("parallel-line-1960s", "economy-and-nuclear-forces")) {
      assertThat(NARRATIVE.policyLine(id).orElseThrow().priorities()).as(id)
          .hasSize(2).allSatisfy(p -> assertThat(p.mode()).isEqualTo(PriorityMode.PARALLEL));
    }
    // Beside a preferred sector, "simultaneous development" stays simultaneous (1953, the 2000s).
    for (String id : List.of("basic-line-1953", "sengun-era-line")) {
      assertThat(NARRATIVE.policyLine(id).orElseThrow().priorities()).as(id)
          .extracting(p -> p.mode()).containsExactly(PriorityMode.PREFERENTIAL, PriorityMode.SIMULTANEOUS,
              PriorityMode.SIMULTANEOUS);
    }
  }

  // ------------------------------------------------------------------------------ terms, labels

  @Test
  void koreanLabelsAreTheEstablishedOfficialTerms() {
    assertThat(NARRATIVE.era("arduous-march").orElseThrow().labels()).containsExactly(entry("ko", "고난의 행군"));
    assertThat(NARRATIVE.era("mallima-era").orElseThrow().labels()).containsExactly(entry("ko", "만리마시대"));
    assertThat(NARRATIVE.policyLine("parallel-line-1960s").orElseThrow().labels()).containsEntry("ko", "병진로선");
    assertThat(NARRATIVE.policyLine("economy-and-nuclear-forces").orElseThrow().labels()).containsEntry("ko", "병진로선");
    assertThat(NARRATIVE.policyLine("sengun-politics").orElseThrow().labels())
        .containsEntry("ko", "선군정치").containsEntry("ko-Latn", "Sŏn'gun chŏngch'i");
    assertThat(NARRATIVE.sector("heavy-industry").orElseThrow().labels()).containsEntry("ko", "중공업");
    assertThat(NARRATIVE.sector("light-industry").orElseThrow().labels()).containsEntry("ko", "경공업");
    assertThat(NARRATIVE.sector("defence-industry").orElseThrow().labels()).containsEntry("ko", "국방공업");
    assertThat(NARRATIVE.sector("nuclear-forces").orElseThrow().labels()).containsEntry("ko", "핵무력");
    // Official usage writes 만리마시대 and 선군정치 without a space; no label splits such a compound.
    List<String> labels = new ArrayList<>();
    NARRATIVE.eras().forEach(e -> labels.addAll(e.labels().values()));
    NARRATIVE.policyLines().forEach(l -> labels.addAll(l.labels().values()));
    NARRATIVE.sectors().forEach(s -> labels.addAll(s.labels().values()));
    assertThat(labels).noneMatch(l -> l.matches(".*(만리마|선군) .*"));
  }

  @Test
  void sengunIsSpelledAsTheSourceSpellsItAndTheOtherSpellingsAreRecorded() {
    PolicyLine sengun = NARRATIVE.policyLine("sengun-politics").orElseThrow();
    assertThat(sengun.name()).isEqualTo("Sengun politics");
    assertThat(sengun.encoderNotes()).anySatisfy(n -> assertThat(n.text()).contains("Songun", "Sŏn'gun"));
    assertThat(NARRATIVE.era("mallima-era").orElseThrow().encoderNotes())
        .anySatisfy(n -> assertThat(n.text()).contains("'Mallima' (만리마", "ten thousand li"));
  }

  @Test
  void theActorsAreThoseTheTextNamesUnderItsOwnNames() {
    assertThat(NARRATIVE.actors()).extracting(Actor::id, Actor::kind).containsExactly(
        tuple("dprk", ActorKind.STATE),
        tuple("us-imperialists", ActorKind.STATE),
        tuple("workers-party-of-korea", ActorKind.PARTY),
        tuple("imperialist-allied-forces", ActorKind.OTHER));
    assertThat(NARRATIVE.actor("us-imperialists").orElseThrow().name()).isEqualTo("US imperialists");
    // Both of the text's loaded names for actors are marked as the source's, not the data set's.
    for (String id : List.of("us-imperialists", "imperialist-allied-forces")) {
      assertThat(NARRATIVE.actor(id).orElseThrow().encoderNotes()).as(id).singleElement()
          .satisfies(n -> assertThat(n.text()).contains("the source's own term", "does not adopt it"));
    }
    // Every name and alternative name of an actor or event is the text's own wording.
    String text = TEXT.text().toLowerCase(Locale.ROOT);
    for (Actor actor : NARRATIVE.actors()) {
      assertThat(text).as(actor.id()).contains(actor.name().toLowerCase(Locale.ROOT));
      actor.alternativeNames().forEach(n -> assertThat(text).as(actor.id()).contains(n.toLowerCase(Locale.ROOT)));
    }
    for (Event event : NARRATIVE.events()) {
      assertThat(text).as(event.id()).contains(event.name().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void thePartyHasTypedRolesAndNoLineKeepsFreeTextAdoption() {
    assertThat(NARRATIVE.policyLines()).allSatisfy(line -> {
      assertThat(line.adoptedBy()).as(line.id()).isEmpty();
      assertThat(line.adoptedAt()).as(line.id()).isEmpty();
    });
    assertThat(NARRATIVE.policyLines()).filteredOn(l -> !l.roles().isEmpty()).extracting(PolicyLine::id)
        .containsExactly("parallel-line-1960s", "economy-and-nuclear-forces", "economic-giant-line",
            "five-year-strategy-2016");
    assertThat(NARRATIVE.policyLines()).flatExtracting(PolicyLine::roles)
        .containsOnly(LineRole.of(ActorRole.ADOPTED_BY, "workers-party-of-korea"));
  }

  @Test
  void theSeventhCongressIsAnEventWithThePartyAsParticipant() {
    Event congress = NARRATIVE.event("seventh-congress").orElseThrow();
    assertThat(congress.name()).isEqualTo("Seventh Congress of the Workers’ Party of Korea");
    assertThat(congress.when().orElseThrow().toEdtf()).isEqualTo("2016-05");
    assertThat(congress.participants()).containsExactly("workers-party-of-korea");
    assertThat(congress.place()).isEmpty();
    assertThat(NARRATIVE.policyLine("five-year-strategy-2016").orElseThrow().adoptedAtEvent())
        .contains("seventh-congress");
    assertThat(NARRATIVE.claimsAbout(EntityRef.event("seventh-congress"))).extracting(Claim::id)
        .containsExactly("five-year-strategy-set-forth");
  }

  @Test
  void theThreeCausesOfTheArduousMarchAreEventsEachLinkable() {
    Claim causes = NARRATIVE.claim("arduous-march-causes").orElseThrow();
    assertThat(causes.causes()).containsExactly(EntityRef.event("disintegration-of-the-socialist-market"),
        EntityRef.event("moves-to-isolate-and-stifle-the-nation"), EntityRef.event("successive-natural-disasters"));
    assertThat(causes.effects()).containsExactly(EntityRef.era("arduous-march"));
    for (EntityRef cause : causes.causes()) {
      assertThat(NARRATIVE.event(cause.id()).orElseThrow().when()).as(cause.id()).isEmpty();
      assertThat(NARRATIVE.claimsAbout(cause)).as(cause.id()).extracting(Claim::id).contains("arduous-march-causes");
    }
    assertThat(NARRATIVE.event("moves-to-isolate-and-stifle-the-nation").orElseThrow().participants())
        .containsExactly("imperialist-allied-forces");
  }

  @Test
  void theTextsOtherNamedThingsAreExtracted() {
    Event revolution = NARRATIVE.event("industrial-revolution-of-the-new-century").orElseThrow();
    assertThat(revolution.when().orElseThrow().toEdtf()).isEqualTo("200X/");
    assertThat(NARRATIVE.claimsAbout(EntityRef.event(revolution.id()))).extracting(Claim::id)
        .containsExactly("industrial-revolution-started");
    assertThat(NARRATIVE.claim("excellent-conditions-furnished").orElseThrow().anchor().exact())
        .startsWith("furnishes working people with excellent conditions");
    assertThat(NARRATIVE.claim("mallima-golden-age").orElseThrow().figures()).extracting(Figure::wording)
        .containsExactly("reducing ten years to one");
  }

  @Test
  void claimsNameTheActorsTheyAreAbout() {
    assertThat(NARRATIVE.claimsAbout(EntityRef.actor("us-imperialists"))).extracting(Claim::id)
        .containsExactly("us-aggression-1960s", "sanctions-and-nuclear-threat");
    assertThat(NARRATIVE.claimsAbout(EntityRef.actor("imperialist-allied-forces"))).extracting(Claim::id)
        .containsExactly("arduous-march-causes", "isolation-moves-1990s");
    assertThat(NARRATIVE.claimsAbout(EntityRef.actor("workers-party-of-korea"))).extracting(Claim::id)
        .contains("parallel-line-advanced", "nuclear-line-set-out", "five-year-strategy-set-forth");
  }

  @Test
  void theReasonsForTheNuclearLineJustifyItAndAreNotCauses() {
    Claim reason = NARRATIVE.claim("nuclear-line-justified").orElseThrow();
    assertThat(reason.kind()).isEqualTo(Optional.of(ClaimKind.JUSTIFICATION));
    assertThat(reason.justifies()).containsExactly(EntityRef.policyLine("economy-and-nuclear-forces"));
    assertThat(reason.causes()).isEmpty();
    assertThat(reason.anchor().exact()).startsWith("To cope with the prevailing situation");
    Claim adoption = NARRATIVE.claim("nuclear-line-set-out").orElseThrow();
    assertThat(adoption.kind()).isEqualTo(Optional.of(ClaimKind.POLICY_ADOPTION));
    assertThat(adoption.anchor().start().orElseThrow()).isEqualTo(reason.anchor().end().orElseThrow() + 1);
    assertThat(NARRATIVE.claim("nuclear-line-permanent").orElseThrow().relations())
        .containsExactly(ClaimRelation.of(RelationType.ELABORATES, "nuclear-line-set-out"));
    // The threat of the sentence before is "the prevailing situation": it justifies the line too, as a note says.
    Claim threat = NARRATIVE.claim("sanctions-and-nuclear-threat").orElseThrow();
    assertThat(threat.justifies()).containsExactly(EntityRef.policyLine("economy-and-nuclear-forces"));
    assertThat(threat.encoderNotes()).singleElement().satisfies(n -> assertThat(n.text()).contains("prevailing situation"));
    assertThat(NARRATIVE.claimsAbout(EntityRef.policyLine("economy-and-nuclear-forces"))).extracting(Claim::id)
        .contains("sanctions-and-nuclear-threat", "nuclear-line-justified");
  }

  @Test
  void reducingTenYearsToOneIsASloganEncodedWithItsWordingNotAStatistic() {
    Claim claim = NARRATIVE.claim("mallima-golden-age").orElseThrow();
    assertThat(claim.kind()).isEqualTo(Optional.of(ClaimKind.CHARACTERISATION));
    Figure figure = claim.figures().get(0);
    assertThat(claim.figures()).hasSize(1);
    assertThat(figure.wording()).isEqualTo("reducing ten years to one");
    assertThat(claim.anchor().exact()).contains(figure.wording());
    assertThat(figure.statedAs()).isEqualTo(StatedAs.MULTIPLE);
    assertThat(figure.amount()).contains(new BigDecimal("10"));
    assertThat(figure.status()).isEqualTo(FigureStatus.RESULT);
    assertThat(figure.unit()).isEmpty();
    assertThat(figure.ucum()).isEmpty();
    assertThat(figure.period()).isEmpty();
    assertThat(figure.baselinePeriod()).isEmpty();
    assertThat(figure.baselineAmount()).isEmpty();
    assertThat(claim.encoderNotes()).singleElement()
        .satisfies(n -> assertThat(n.text()).contains("slogan of speed, not a measured figure"));
    // The only figure of the data set: no other sentence of the text states a quantity.
    assertThat(FigureSeries.of(NARRATIVE).indicators()).containsExactly("pace of advance");
    assertThat(NARRATIVE.claims()).filteredOn(c -> c.kind().equals(Optional.of(ClaimKind.STATISTIC))).isEmpty();
  }

  @Test
  void sectorsFormAHierarchyFromHeavyIndustryToNanotechnology() {
    assertThat(broaderChain("basic-industries")).containsExactly("heavy-industry", "industry", "national-economy");
    assertThat(broaderChain("nanotechnology")).containsExactly("high-tech-industries", "industry", "national-economy");
    assertThat(broaderChain("nuclear-forces")).containsExactly("defence");
    assertThat(NARRATIVE.claimsAbout(EntityRef.sector("nanotechnology"))).extracting(Claim::id)
        .containsExactly("high-tech-industries-established");
  }

  @Test
  void cncIsMarkedAsATechnologyCampaignNotASector() {
    var cnc = NARRATIVE.sector("cnc-technology").orElseThrow();
    assertThat(cnc.broader()).isEmpty();
    assertThat(cnc.mappings()).isEmpty();
    assertThat(cnc.encoderNotes()).singleElement()
        .satisfies(n -> assertThat(n.text()).contains("campaign across sectors, not a sector"));
    assertThat(NARRATIVE.policyLines()).flatExtracting(PolicyLine::priorities)
        .noneMatch(p -> p.sector().equals("cnc-technology"));
  }

  @Test
  void everyNamedEntityOfTheTextIsThere() {
    assertThat(NARRATIVE.policyLines()).extracting(l -> l.id()).containsExactly("independent-national-economy",
        "basic-line-1953", "parallel-line-1960s", "sengun-politics", "sengun-era-line", "economy-and-nuclear-forces",
        "economic-giant-line", "five-year-strategy-2016");
    assertThat(NARRATIVE.events()).extracting(e -> e.id()).containsExactly("disintegration-of-the-socialist-market",
        "moves-to-isolate-and-stifle-the-nation", "successive-natural-disasters",
        "industrial-revolution-of-the-new-century", "seventh-congress");
    assertThat(NARRATIVE.sectors()).extracting(s -> s.id()).contains("heavy-industry", "light-industry",
        "agriculture", "defence-industry", "basic-industries", "science-and-technology", "cnc-technology",
        "information-industry", "nanotechnology", "biological-industry", "nuclear-forces");
  }

  @Test
  void sectorsAreMappedOnlyWhereARelationHolds() {
    // A production sector is not mapped to a function of government spending (COFOG).
    var agriculture = NARRATIVE.sector("agriculture").orElseThrow();
    assertThat(agriculture.mappings()).containsExactly(SectorMapping.of("ISIC-4", "A", MappingRelation.BROADER));
    assertThat(agriculture.description()).hasValueSatisfying(d -> assertThat(d).contains("Not mapped to COFOG"));
    assertThat(NARRATIVE.sector("defence-industry").orElseThrow().mappings())
        .extracting(SectorMapping::relation).containsOnly(MappingRelation.NARROWER);
    // Heavy industry and the information industry overlap ISIC sections without a SKOS relation: left
    // unmapped, and said so.
    for (String id : List.of("heavy-industry", "information-industry")) {
      var sector = NARRATIVE.sector(id).orElseThrow();
      assertThat(sector.mappings()).as(id).isEmpty();
      assertThat(sector.description()).as(id).hasValueSatisfying(d -> assertThat(d).contains("Not mapped"));
    }
  }

  @Test
  void aQuoteThatOccursTwiceIsRefusedNotGuessed() {
    assertThatThrownBy(() -> TEXT.anchor("It prioritizes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occurs 2 times");
  }

  /** The paragraph of the text (paragraphs are separated by a blank line) in which the claim's anchor starts. */
  private static String paragraphOf(Claim claim) {
    int[] cps = TEXT.text().codePoints().toArray();
    int at = claim.anchor().start().orElseThrow();
    String before = new String(cps, 0, at);
    String after = new String(cps, at, cps.length - at);
    int from = before.lastIndexOf("\n\n");
    int to = after.indexOf("\n\n");
    return before.substring(from < 0 ? 0 : from + 2) + (to < 0 ? after : after.substring(0, to));
  }

  private static List<String> broaderChain(String id) {
    List<String> chain = new java.util.ArrayList<>();
    var current = NARRATIVE.sector(id).orElseThrow().broader();
    while (current.isPresent()) {
      chain.add(current.get());
      current = NARRATIVE.sector(current.get()).orElseThrow().broader();
    }
    return chain;
  }
}
