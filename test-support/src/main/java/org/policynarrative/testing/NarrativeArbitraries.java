package org.policynarrative.testing;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.policynarrative.core.Actor;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Figure;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.Source;
import org.policynarrative.core.Verdict;

/**
 * The shared jqwik arbitraries for the whole model, for every module's property tests (module
 * test-support).
 *
 * <p>Every generated value satisfies the model's own invariants, and every generated
 * {@link Narrative} is one that {@code NarrativeValidator.validate(n).isValid()} accepts: ids are
 * unique per kind, every reference resolves, broader sectors and superseded or continued lines
 * form no cycle (nor do amended lines, translated sources and broader codes), a policy line's adoption date lies in one of its eras, and anchors name existing
 * sources; actors, events, declared codes, figures, claim relations (to earlier claims only, so
 * none cycles), other anchors, identifiers and encoder's notes are drawn too. Free text is drawn from {@link #hostileStrings() a hostile alphabet}.
 *
 * <pre>{@code
 * @Property(tries = 1000)
 * void roundTrips(@ForAll("narratives") Narrative narrative) { ... }
 *
 * @Provide
 * Arbitrary<Narrative> narratives() {
 *   return NarrativeArbitraries.narratives();
 * }
 * }</pre>
 *
 * <p>Sizes are small by default (up to {@value #DEFAULT_MAX_PER_LIST} entities per list, empty
 * lists included) so that a thousand tries stay cheap; {@link #narratives(int)} makes bigger ones.
 */
public final class NarrativeArbitraries {

  /** The default largest number of entries in each of a narrative's lists. */
  public static final int DEFAULT_MAX_PER_LIST = 5;

  private static final List<String> LANGUAGE_TAGS = List.of(
      "en", "ko", "ko-KP", "ko-KR", "ja", "zh-Hans", "zh-Hant-TW", "ru", "de-CH", "fr", "ar", "he", "fa",
      "sr-Latn", "es-419", "en-GB", "de-CH-1996", "ko-Kore-KP");

  private NarrativeArbitraries() {}

  // ---------------------------------------------------------------- strings, ids, tags

  /**
   * Hostile free text: Markdown and JSON syntax, HTML and script tags, control characters (NUL
   * included), surrogate pairs, Korean, right-to-left text and bidi controls, leading and trailing
   * spaces, {@code \n}, {@code \r\n} and {@code \r}. May be empty or blank. Always well-formed
   * UTF-16 (no lone surrogate).
   */
  public static Arbitrary<String> hostileStrings() {
    return HostileStrings.any(8);
  }

  /** Like {@link #hostileStrings()}, but never blank, so it fits every required text attribute of the model. */
  public static Arbitrary<String> nonBlankStrings() {
    return hostileStrings().filter(s -> !s.isBlank());
  }

  /**
   * Ids: slugs ({@code [a-z0-9][a-z0-9-]*}), short and long, with runs of hyphens and leading
   * digits.
   */
  public static Arbitrary<String> ids() {
    Arbitrary<String> first = Arbitraries.strings().withCharRange('a', 'z').numeric().ofLength(1);
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-')
        .ofMaxLength(24);
    return Combinators.combine(first, rest).as(String::concat);
  }

  /** Well-formed BCP 47 language tags, such as {@code en}, {@code ko-KP} and {@code zh-Hant-TW}. */
  public static Arbitrary<String> languageTags() {
    return Arbitraries.of(LANGUAGE_TAGS);
  }

  /** Lower-case hexadecimal SHA-256 digests (64 characters). */
  public static Arbitrary<String> sha256s() {
    return Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofLength(64);
  }

  // ---------------------------------------------------------------- dates and periods

  /**
   * Every kind of date: every form of EDTF levels 0 and 1 ({@link #edtfDates()}); years in the
   * wording of every calendar ({@code Juche 42 (1953)}, {@code 주체42년}, {@code 民國元年},
   * {@code 昭和二十八年}, {@code พ.ศ. ๒๔๙๖}), some of them qualified; and dates that carry free
   * wording of the source (via {@link HistoricalDate#withWording}), which {@code parse(text())}
   * does not recover.
   */
  public static Arbitrary<HistoricalDate> historicalDates() {
    Arbitrary<HistoricalDate> qualifiedCalendarYears = DateArbitraries.calendarDates()
        .map(d -> d.withQualifiers(true, false));
    return Arbitraries.frequencyOf(
        Tuple.of(6, edtfDates()),
        Tuple.of(2, DateArbitraries.calendarDates()),
        Tuple.of(1, qualifiedCalendarYears),
        Tuple.of(2, DateArbitraries.wordedDates(nonBlankStrings())));
  }

  /**
   * Dates written in Gregorian EDTF or in a parseable calendar wording: those for which
   * {@code HistoricalDate.parse(d.text())} equals {@code d}.
   */
  public static Arbitrary<HistoricalDate> parseableDates() {
    return Arbitraries.oneOf(edtfDates(), DateArbitraries.calendarDates())
        .filter(d -> HistoricalDate.parse(d.text()).equals(d));
  }

  /**
   * Gregorian EDTF dates of every form of levels 0 and 1: decades and centuries, years of four
   * digits (negative too) and beyond ({@code Y12000}), months, seasons, days, unspecified months
   * and days ({@code 1953-XX}, {@code 1985-04-XX}), dates and times to the minute or second with
   * and without an offset; qualified wherever EDTF allows a qualifier.
   */
  public static Arbitrary<HistoricalDate> edtfDates() {
    return DateArbitraries.edtfDates();
  }

  /**
   * Periods: single dates, closed intervals (start never after end), and intervals open
   * ({@code 2000/..}, {@code ../1953}) or unknown ({@code 1985/}, {@code /1985}) at either end.
   * Ends are drawn from {@link #historicalDates()}.
   */
  public static Arbitrary<Period> periods() {
    return periods(historicalDates());
  }

  /** Periods whose ends are drawn from {@code dates}. */
  public static Arbitrary<Period> periods(Arbitrary<HistoricalDate> dates) {
    return DateArbitraries.periods(dates);
  }

  // ---------------------------------------------------------------- entities on their own

  /** Eras with fresh ids and no source reference. */
  public static Arbitrary<Era> eras() {
    return NarrativeDrafts.eras().map(d -> NarrativeDrafts.era(d, d.id(), List.of()));
  }

  /** Sectors with fresh ids and no broader sector. */
  public static Arbitrary<Sector> sectors() {
    return NarrativeDrafts.sectors().map(d -> NarrativeDrafts.sector(d, d.id(), List.of()));
  }

  /** Sources with fresh ids. */
  public static Arbitrary<Source> sources() {
    Arbitrary<Optional<String>> text = nonBlankStrings().optional();
    return Combinators.combine(ids(), text, text, historicalDates().optional(), text,
            languageTags().optional(), sha256s().optional(), text)
        .as((id, title, publisher, published, url, language, sha256, note) -> Source.builder().id(id)
            .title(title).publisher(publisher).published(published).url(url).language(language)
            .sha256(sha256).note(note).build());
  }

  /**
   * Claims with fresh ids; the entities they mention and the source they quote are arbitrary ids,
   * so they only resolve inside a narrative built for them (see {@link #narratives()}).
   */
  public static Arbitrary<Claim> claims() {
    Arbitrary<List<EntityRef>> pool = Combinators.combine(Arbitraries.of(org.policynarrative.core.EntityKind.class),
        ids()).as(EntityRef::of).list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(NarrativeDrafts.claims(), ids(), pool)
        .as((draft, source, refs) -> NarrativeDrafts.claim(draft, draft.id(), List.of(source), refs));
  }

  /** Anchors into the source with id {@code sourceId}, with and without offsets and context. */
  public static Arbitrary<Anchor> anchors(String sourceId) {
    Arbitrary<String> exact = hostileStrings().filter(s -> !s.isEmpty());
    Arbitrary<Optional<String>> context = hostileStrings().filter(s -> !s.isEmpty()).optional();
    Arbitrary<Optional<Integer>> start = Arbitraries.integers().between(0, 1_000_000).optional();
    return Combinators.combine(exact, context, context, start).as((text, prefix, suffix, offset) -> {
      Anchor.Builder anchor = Anchor.builder().source(sourceId).exact(text).prefix(prefix).suffix(suffix);
      offset.ifPresent(s -> anchor.start(s).end(s + text.codePointCount(0, text.length())));
      return anchor.build();
    });
  }

  /** Actors with fresh ids, every attribute drawn. */
  public static Arbitrary<Actor> actors() {
    return ModelV2Drafts.actors();
  }

  /** Figures of every form ({@code statedAs}), with hostile wording and decimals of every scale; no sector. */
  public static Arbitrary<Figure> figures() {
    return ModelV2Drafts.figures().map(ModelV2Drafts.FigureDraft::figure);
  }

  /** Assessments; any verdict but {@code unverified} cites at least one reference. */
  public static Arbitrary<Assessment> assessments() {
    return Combinators.combine(nonBlankStrings(), Arbitraries.of(Verdict.class), nonBlankStrings().optional(),
            historicalDates().optional(), nonBlankStrings().optional(), nonBlankStrings().list().ofMaxSize(3),
            nonBlankStrings())
        .as((assessor, verdict, label, date, note, references, fallback) -> Assessment.builder()
            .assessor(assessor).verdict(verdict).ratingLabel(label).date(date).note(note)
            .addAllReferences(verdict != Verdict.UNVERIFIED && references.isEmpty() ? List.of(fallback) : references)
            .build());
  }

  // ---------------------------------------------------------------- narratives

  /** Valid narratives with up to {@value #DEFAULT_MAX_PER_LIST} entities per list. */
  public static Arbitrary<Narrative> narratives() {
    return narratives(DEFAULT_MAX_PER_LIST);
  }

  /**
   * Valid narratives with up to {@code maxPerList} sources, eras, sectors, policy lines and
   * claims each (each list may be empty). Large values make large narratives; generation cost
   * grows linearly.
   */
  public static Arbitrary<Narrative> narratives(int maxPerList) {
    // Every part is generated independently (cheap, and it shrinks well); references are then
    // drawn from "choice" numbers taken modulo what exists, so they always resolve.
    return Combinators.combine(header(), sources().list().ofMaxSize(maxPerList),
            NarrativeDrafts.eras().list().ofMaxSize(maxPerList),
            NarrativeDrafts.sectors().list().ofMaxSize(maxPerList),
            NarrativeDrafts.lines().list().ofMaxSize(maxPerList),
            NarrativeDrafts.claims().list().ofMaxSize(maxPerList), ModelV2Drafts.parts(maxPerList))
        .as(NarrativeDrafts::assemble);
  }

  private static Arbitrary<Narrative.Builder> header() {
    return Combinators.combine(ids(), nonBlankStrings(), languageTags(), nonBlankStrings(),
            nonBlankStrings().optional())
        .as((id, title, language, version, description) -> Narrative.builder()
            .id(id).title(title).language(language).version(version).description(description));
  }

  static Arbitrary<java.util.Map<String, String>> labels() {
    return Arbitraries.maps(languageTags(), nonBlankStrings()).ofMaxSize(3);
  }

  static Arbitrary<SectorMapping> sectorMappings() {
    return Combinators.combine(nonBlankStrings(), nonBlankStrings(), Arbitraries.of(MappingRelation.class))
        .as(SectorMapping::of);
  }

}
