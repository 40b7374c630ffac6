package org.policynarrative.core;

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

  /** The id, a slug unique among the narrative's claims. */
  public abstract String id();

  /** The assertion, paraphrased or quoted, in the narrative's language. */
  public abstract String statement();

  /** What sort of assertion it is. */
  public abstract ClaimKind kind();

  /** The entities the claim is about. */
  public abstract List<EntityRef> about();

  /** For a causal claim: the entities it names as causes. */
  public abstract List<EntityRef> causes();

  /** For a causal claim: the entities it names as effects. */
  public abstract List<EntityRef> effects();

  /** Who asserts it, such as "DPRK official portal". */
  public abstract String assertedBy();

  /** Who extracted it from the source into this data set. */
  public abstract Optional<String> extractedBy();

  /** The time the claim refers to. */
  public abstract Optional<Period> refersTo();

  /** Where the source says it. */
  public abstract Anchor anchor();

  /** Independent assessments of the claim; empty means unverified. */
  public abstract List<Assessment> assessments();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Claim}; {@code build()} throws {@link InvalidValueException} naming the type and attribute when a value is invalid or a required one is missing. */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }

  /**
   * The verdict to show for this claim: {@link Verdict#UNVERIFIED} when no assessment exists,
   * otherwise the verdict of the last assessment.
   */
  public Verdict verdict() {
    List<Assessment> all = assessments();
    return all.isEmpty() ? Verdict.UNVERIFIED : all.get(all.size() - 1).verdict();
  }

  /** True when the claim refers to {@code ref} as subject, cause or effect. */
  public boolean mentions(EntityRef ref) {
    return Stream.of(about(), causes(), effects()).anyMatch(refs -> refs.contains(ref));
  }

  @Value.Check
  void check() {
    Invariants.slug("Claim", "id", id());
    Invariants.notBlank("Claim", "statement", statement());
    Invariants.notBlank("Claim", "assertedBy", assertedBy());
    extractedBy().ifPresent(e -> Invariants.notBlank("Claim", "extractedBy", e));
  }
}
