package org.policynarrative.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * An attributed assertion, never a fact: what a source says, by whom, about which entities,
 * anchored to the exact span of the source that says it. With no {@link #assessments()} a claim
 * reads as "asserted by the source, unverified".
 */
@Value.Immutable
@NarrativeStyle
public abstract class Claim {

  /** {@return the id, a slug unique among the narrative's claims} */
  public abstract String id();

  /**
   * {@return the assertion, paraphrased or quoted, in the narrative's language; empty while the claim
   * is a draft (see {@link #isDraft()})}
   */
  public abstract Optional<String> statement();

  /** {@return what sort of assertion it is; empty while the claim is a draft (see {@link #isDraft()})} */
  public abstract Optional<ClaimKind> kind();

  /** {@return the entities the claim is about} */
  public abstract List<EntityRef> about();

  /** {@return for a causal claim: the entities it names as causes} */
  public abstract List<EntityRef> causes();

  /** {@return for a causal claim: the entities it names as effects} */
  public abstract List<EntityRef> effects();

  /**
   * {@return the lines or decisions whose reason the claim gives: "to cope with the prevailing
   * situation ..., the Party set out the strategic line" justifies the line; a reason given is not a
   * cause shown}
   */
  public abstract List<EntityRef> justifies();

  /**
   * {@return who asserts it, such as "DPRK official portal"; empty while the claim is a draft (see
   * {@link #isDraft()})}
   */
  public abstract Optional<String> assertedBy();

  /** {@return who extracted it from the source into this data set} */
  public abstract Optional<String> extractedBy();

  /** {@return the time the claim refers to} */
  public abstract Optional<Period> refersTo();

  /** {@return where the source says it: the passage the {@link #statement()} paraphrases} */
  public abstract Anchor anchor();

  /**
   * {@return where else it is said: the same claim in the original of a translation, in another
   * translation or in another edition, each anchor checked against its own source's text}
   */
  public abstract List<Anchor> otherAnchors();

  /** {@return the quantities the claim states} */
  public abstract List<Figure> figures();

  /** {@return how the claim relates to other claims: fulfils, revises, contradicts, repeats, elaborates} */
  public abstract List<ClaimRelation> relations();

  /** {@return the encoder's notes: doubts and remarks about the encoding, not assessments} */
  public abstract List<EncoderNote> encoderNotes();

  /** {@return independent assessments of the claim; empty means unverified} */
  public abstract List<Assessment> assessments();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Claim}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code Claim}, so that {@code Claim.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }

  /**
   * Whether the claim is still being encoded: a draft lacks its {@link #statement()}, its
   * {@link #kind()} or who {@link #assertedBy() asserts} it. A draft reads, writes and validates like
   * any claim; {@link NarrativeValidator} lists what it lacks as to-dos
   * ({@link ValidationReport#toDos()}), not as problems, so that a half-encoded document is normal
   * (the {@code init} command of the command-line tool writes one claim draft per sentence).
   *
   * @return true when the statement, the kind or who asserts it is missing
   */
  public boolean isDraft() {
    return statement().isEmpty() || kind().isEmpty() || assertedBy().isEmpty();
  }

  /**
   * {@return the statement, or while the claim is a draft without one, its anchor's quote: a line of
   * text to show for the claim in a list or report}
   */
  public String statementOrQuote() {
    return statement().orElseGet(() -> anchor().exact());
  }

  /**
   * The verdict to show for this claim: {@link Verdict#UNVERIFIED} when no assessment exists,
   * otherwise the verdict of the last assessment.
   *
   * @return the verdict to show for this claim
   */
  public Verdict verdict() {
    List<Assessment> all = assessments();
    return all.isEmpty() ? Verdict.UNVERIFIED : all.get(all.size() - 1).verdict();
  }

  /** {@return every anchor: {@link #anchor()} first, then {@link #otherAnchors()}} */
  public List<Anchor> anchors() {
    List<Anchor> others = otherAnchors();
    if (others.isEmpty()) {
      return List.of(anchor());
    }
    List<Anchor> all = new ArrayList<>(others.size() + 1);
    all.add(anchor());
    all.addAll(others);
    return List.copyOf(all);
  }

  /**
   * {@return true when the claim refers to {@code ref} as subject, cause, effect or what it justifies}
   *
   * @param ref the entity referred to
   */
  public boolean mentions(EntityRef ref) {
    return Stream.of(about(), causes(), effects(), justifies()).anyMatch(refs -> refs.contains(ref));
  }

  @Value.Check
  void check() {
    Invariants.slug("Claim", "id", id());
    statement().ifPresent(s -> Invariants.notBlank("Claim", "statement", s));
    assertedBy().ifPresent(a -> Invariants.notBlank("Claim", "assertedBy", a));
    extractedBy().ifPresent(e -> Invariants.notBlank("Claim", "extractedBy", e));
    for (ClaimRelation relation : relations()) {
      if (relation.claim().equals(id())) {
        throw new InvalidValueException("Claim", "relations", "must not relate the claim to itself ('" + id() + "')");
      }
    }
  }
}
