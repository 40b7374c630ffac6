package org.policynarrative.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reviewer's judgement of a {@link Claim}, after schema.org ClaimReview: a normalised
 * verdict beside the reviewer's own rating. Any verdict but {@link Verdict#UNVERIFIED} must cite
 * at least one independent reference.
 */
@Value.Immutable
@NarrativeStyle
public abstract class Assessment {

  /** Who made the assessment. */
  public abstract String assessor();

  /** The normalised verdict. */
  public abstract Verdict verdict();

  /** The assessor's own rating label, such as "Mostly false". */
  public abstract Optional<String> ratingLabel();

  /** When the assessment was made. */
  public abstract Optional<HistoricalDate> date();

  /** Why. */
  public abstract Optional<String> note();

  /** The independent references the verdict rests on (citations or URLs). */
  public abstract List<String> references();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}; {@code build()} throws {@link InvalidValueException} naming the type and attribute when a value is invalid or a required one is missing. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.notBlank("Assessment", "assessor", assessor());
    ratingLabel().ifPresent(r -> Invariants.notBlank("Assessment", "ratingLabel", r));
    note().ifPresent(n -> Invariants.notBlank("Assessment", "note", n));
    references().forEach(r -> Invariants.notBlank("Assessment", "references", r));
    if (verdict() != Verdict.UNVERIFIED && references().isEmpty()) {
      throw new InvalidValueException("Assessment", "references", "must not be empty when the verdict is '"
          + verdict().code() + "': only an independent reference can move a claim off 'unverified'");
    }
  }
}
