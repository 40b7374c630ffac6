package org.policynarrative.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The root document: one official narrative with its sources, eras, sectors, policy lines and
 * the claims it makes.
 *
 * <p>Building a narrative checks each value on its own; whether its references resolve is the
 * job of {@link NarrativeValidator}, which reports every problem at once.
 *
 * <pre>{@code
 * Narrative narrative = Narrative.builder()
 *     .id("economic-construction").title("Line of economic construction")
 *     .language("en").version("1")
 *     .addEras(Era.builder().id("post-war").name("Post-war reconstruction")
 *         .period(Period.parse("1953/1960")).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@NarrativeStyle
public abstract class Narrative {

  /** The id, a slug. */
  public abstract String id();

  /** The title. */
  public abstract String title();

  /** The BCP 47 tag of the language the narrative's own strings are written in. */
  public abstract String language();

  /** The version of this data set, such as {@code 1} or {@code 2024-05-01}. */
  public abstract String version();

  /** A short description of the data set. */
  public abstract Optional<String> description();

  /** Where the narrative's text came from. */
  public abstract List<Source> sources();

  /** The eras, in the order the data set lists them. */
  public abstract List<Era> eras();

  /** The sectors. */
  public abstract List<Sector> sectors();

  /** The policy lines. */
  public abstract List<PolicyLine> policyLines();

  /** The claims. */
  public abstract List<Claim> claims();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Narrative}; {@code build()} throws {@link InvalidValueException} naming the type and attribute when a value is invalid or a required one is missing. */
  public static final class Builder extends ImmutableNarrative.Builder {
    Builder() {}
  }

  /** The source with this id. */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(sourcesById().get(id));
  }

  /** The era with this id. */
  public Optional<Era> era(String id) {
    return Optional.ofNullable(erasById().get(id));
  }

  /** The sector with this id. */
  public Optional<Sector> sector(String id) {
    return Optional.ofNullable(sectorsById().get(id));
  }

  /** The policy line with this id. */
  public Optional<PolicyLine> policyLine(String id) {
    return Optional.ofNullable(policyLinesById().get(id));
  }

  /** The claim with this id. */
  public Optional<Claim> claim(String id) {
    return Optional.ofNullable(claimsById().get(id));
  }

  /** The claims that name {@code ref} as subject, cause or effect, in data-set order. */
  public List<Claim> claimsAbout(EntityRef ref) {
    return claims().stream().filter(c -> c.mentions(ref)).collect(Collectors.toUnmodifiableList());
  }

  /** True when an entity of that kind and id exists. */
  public boolean contains(EntityRef ref) {
    return contains(ref.kind(), ref.id());
  }

  /** True when an entity of that kind and id exists; for the validator, without making a reference. */
  boolean contains(EntityKind kind, String id) {
    // A switch expression over the enum: a new kind does not compile until it is handled here.
    return switch (kind) {
      case ERA -> erasById().containsKey(id);
      case SECTOR -> sectorsById().containsKey(id);
      case POLICY_LINE -> policyLinesById().containsKey(id);
      case SOURCE -> sourcesById().containsKey(id);
    };
  }

  @Value.Lazy
  Map<String, Source> sourcesById() {
    return index(sources(), Source::id);
  }

  @Value.Lazy
  Map<String, Era> erasById() {
    return index(eras(), Era::id);
  }

  @Value.Lazy
  Map<String, Sector> sectorsById() {
    return index(sectors(), Sector::id);
  }

  @Value.Lazy
  Map<String, PolicyLine> policyLinesById() {
    return index(policyLines(), PolicyLine::id);
  }

  @Value.Lazy
  Map<String, Claim> claimsById() {
    return index(claims(), Claim::id);
  }

  /** First entity wins on duplicate ids; duplicates are reported by the validator. */
  private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
    Map<String, T> byId = new HashMap<>();
    for (T value : values) {
      byId.putIfAbsent(id.apply(value), value);
    }
    return Collections.unmodifiableMap(byId);
  }

  @Value.Check
  void check() {
    Invariants.slug("Narrative", "id", id());
    Invariants.notBlank("Narrative", "title", title());
    Invariants.languageTag("Narrative", "language", language());
    Invariants.notBlank("Narrative", "version", version());
    description().ifPresent(d -> Invariants.notBlank("Narrative", "description", d));
  }
}
