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

  /** {@return who made the assessment} */
  public abstract String assessor();

  /** {@return the normalised verdict} */
  public abstract Verdict verdict();

  /** {@return the assessor's own rating label, such as "Mostly false"} */
  public abstract Optional<String> ratingLabel();

  /** {@return when the assessment was made} */
  public abstract Optional<HistoricalDate> date();

  /** {@return why} */
  public abstract Optional<String> note();

  /** {@return the independent references the verdict rests on (citations or URLs)} */
  public abstract List<String> references();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Assessment}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code Assessment}, so that {@code Assessment.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
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
