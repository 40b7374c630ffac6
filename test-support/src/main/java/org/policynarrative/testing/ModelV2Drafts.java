package org.policynarrative.testing;

import static org.policynarrative.testing.NarrativeArbitraries.ids;
import static org.policynarrative.testing.NarrativeArbitraries.labels;
import static org.policynarrative.testing.NarrativeArbitraries.nonBlankStrings;
import static org.policynarrative.testing.NarrativeArbitraries.periods;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.Period;
import org.policynarrative.core.StatedAs;

/**
 * Drafts of what model v2 added (actors, events, declared codes, figures, claim relations, other
 * anchors, identifiers, encoder's notes), with references as "choice" numbers that
 * {@link NarrativeDrafts#assemble} resolves. Relations, amendments, translations and broader codes
 * only point at earlier entries, so nothing cycles.
 */
final class ModelV2Drafts {

  private ModelV2Drafts() {}

  /** An actor, complete but for its unique id. */
  record ActorDraft(Actor actor) {}

  record EventDraft(String id, String name, Map<String, String> labels, Optional<Period> when,
      Optional<String> place, List<Integer> participants, Optional<String> summary, Common common) {}

  /** A declared code; its broader code is a choice among the scheme's built-in and earlier declared codes. */
  record CodeDraft(CodeScheme scheme, String code, String label, Optional<String> definition,
      Optional<Integer> broader) {}

  /** Identifiers and encoder's notes, which every entity may carry. */
  record Common(List<String> identifiers, List<EncoderNote> notes) {}

  /** What a policy line gained: labels, roles (actor choices), event, in-force period, amendment, a declared mode. */
  record LineExtras(Map<String, String> labels, List<ActorRole> roles, List<Integer> roleActors,
      Optional<Integer> event, Optional<Period> inForce, Optional<Integer> amends, Optional<Integer> customMode,
      Common common) {}

  /** What a claim gained: what it justifies, other anchors, figures, relations, notes, a declared kind. */
  record ClaimExtras(List<Integer> justifies, List<Anchor> otherAnchors, List<Integer> otherSources,
      List<FigureDraft> figures, List<Integer> relationTargets, List<Integer> relationTypes,
      Optional<Integer> customKind, List<EncoderNote> notes) {}

  /** A figure, complete but for its sector (a choice). */
  record FigureDraft(Figure figure, Optional<Integer> sector) {}

  /** Everything above for one narrative; the lists are matched to entities by index. */
  record Parts(List<Actor> actors, List<EventDraft> events, List<CodeDraft> codes, List<LineExtras> lines,
      List<ClaimExtras> claims, List<Common> others, List<Integer> translations) {}

  static Arbitrary<Parts> parts(int maxPerList) {
    return Combinators.combine(actors().list().ofMaxSize(maxPerList), events().list().ofMaxSize(maxPerList),
            codes().list().ofMaxSize(maxPerList), lineExtras().list().ofMaxSize(maxPerList),
            claimExtras().list().ofMaxSize(maxPerList), common().list().ofMaxSize(3 * maxPerList),
            choice().list().ofMaxSize(maxPerList))
        .as(Parts::new);
  }

  static Common none() {
    return new Common(List.of(), List.of());
  }

  static Arbitrary<Integer> choice() {
    return Arbitraries.integers().between(0, 10_000);
  }

  /** External identifiers: a prefix or URI scheme, a colon, then anything but white space and controls. */
  static Arbitrary<String> identifiers() {
    Arbitrary<String> prefix = Arbitraries.of("wikidata", "http", "https", "periodo", "urn", "x-local.v2");
    // Pieces rather than chars, so that a character outside the BMP is never split into a lone surrogate.
    Arbitrary<String> local = Arbitraries.of("Q", "0", "42", "/", "#", "?", "&", "=", "<", ">", "\"", "'", "`", "*",
        "_", "[", "]", "(", ")", ".", "é", "ß", "한글", "😀", "\u200F").list().ofMinSize(1).ofMaxSize(8)
        .map(pieces -> String.join("", pieces));
    return Combinators.combine(prefix, local).as((p, l) -> p + ":" + l);
  }

  static Arbitrary<EncoderNote> encoderNotes() {
    return Combinators.combine(nonBlankStrings(), nonBlankStrings().optional())
        .as((text, author) -> EncoderNote.builder().text(text).author(author).build());
  }

  static Arbitrary<Common> common() {
    return Combinators.combine(identifiers().list().ofMaxSize(2), encoderNotes().list().ofMaxSize(2))
        .as(Common::new);
  }

  static Arbitrary<Actor> actors() {
    return Combinators.combine(ids(), nonBlankStrings(), labels(), Arbitraries.of(ActorKind.class),
            nonBlankStrings().list().ofMaxSize(2), nonBlankStrings().optional(), common())
        .as((id, name, labels, kind, alternatives, description, common) -> Actor.builder().id(id).name(name)
            .putAllLabels(labels).kind(kind).addAllAlternativeNames(alternatives).description(description)
            .addAllIdentifiers(common.identifiers()).addAllEncoderNotes(common.notes()).build());
  }

  static Arbitrary<EventDraft> events() {
    return Combinators.combine(ids(), nonBlankStrings(), labels(), periods().optional(),
            nonBlankStrings().optional(), choice().list().ofMaxSize(3), nonBlankStrings().optional(), common())
        .as(EventDraft::new);
  }

  static Arbitrary<CodeDraft> codes() {
    return Combinators.combine(Arbitraries.of(CodeScheme.class), ids().map(id -> "x-" + id), nonBlankStrings(),
            nonBlankStrings().optional(), choice().optional())
        .as(CodeDraft::new);
  }

  static Arbitrary<LineExtras> lineExtras() {
    return Combinators.combine(labels(), Arbitraries.of(ActorRole.class).list().ofMaxSize(3),
            choice().list().ofMinSize(3).ofMaxSize(3), choice().optional(), periods().optional(),
            choice().optional(), choice().optional(), common())
        .as(LineExtras::new);
  }

  static Arbitrary<ClaimExtras> claimExtras() {
    return Combinators.combine(choice().list().ofMaxSize(2),
            NarrativeArbitraries.anchors("placeholder").list().ofMaxSize(2), choice().list().ofMinSize(2).ofMaxSize(2),
            figures().list().ofMaxSize(2), choice().list().ofMaxSize(2), choice().list().ofMinSize(2).ofMaxSize(2),
            choice().optional(), encoderNotes().list().ofMaxSize(2))
        .as(ClaimExtras::new);
  }

  /** Decimals as people write them: small and huge, negative, with many places or an exponent. */
  static Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-6, 12)).as(BigDecimal::new);
  }

  static Arbitrary<FigureDraft> figures() {
    Arbitrary<Figure.Builder> head = Combinators.combine(nonBlankStrings(), nonBlankStrings(),
            Arbitraries.of(StatedAs.class), decimals(), decimals().map(BigDecimal::abs),
            Arbitraries.of(FigureStatus.class))
        .as((indicator, wording, statedAs, amount, width, status) -> {
          Figure.Builder figure = Figure.builder().indicator(indicator).wording(wording).statedAs(statedAs)
              .status(status);
          if (statedAs != StatedAs.UNQUANTIFIED) {
            figure.amount(amount);
          }
          if (statedAs == StatedAs.RANGE) {
            figure.upTo(amount.add(width).add(BigDecimal.ONE));
          }
          return figure;
        });
    Arbitrary<String> ucum = Arbitraries.of("t", "kg", "%", "[ppm]", "10*6.t", "kW.h", "a", "1");
    return Combinators.combine(head, nonBlankStrings().optional(), ucum.optional(), periods().optional(),
            periods().optional(), decimals().optional(), choice().optional())
        .as((figure, unit, code, period, baseline, baselineAmount, sector) -> {
          if (period.isPresent() && baseline.isPresent() && baseline.get().earliest().isPresent()
              && period.get().latest().isPresent()
              && baseline.get().earliest().get().isAfter(period.get().latest().get())) {
            baseline = Optional.empty(); // a baseline comes before what it is compared with
          }
          return new FigureDraft(figure.unit(unit).ucum(code).period(period).baselinePeriod(baseline)
              .baselineAmount(baselineAmount).build(), sector);
        });
  }

  /** The declared codes, each broader code a built-in one or an earlier declared one of its scheme. */
  static List<CodeDefinition> vocabulary(List<CodeDraft> drafts) {
    List<CodeDefinition> declared = new ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    for (CodeDraft d : drafts) {
      if (!used.add(d.scheme() + " " + d.code())) {
        continue;
      }
      List<String> candidates = new ArrayList<>();
      d.scheme().builtIns().forEach(c -> candidates.add(c.code()));
      declared.stream().filter(c -> c.scheme() == d.scheme()).forEach(c -> candidates.add(c.code()));
      declared.add(CodeDefinition.builder().scheme(d.scheme()).code(d.code()).label(d.label())
          .definition(d.definition()).broader(d.broader().map(b -> candidates.get(b % candidates.size())))
          .build());
    }
    return declared;
  }
}
