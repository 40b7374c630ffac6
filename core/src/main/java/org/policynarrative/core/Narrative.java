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
 * The root document: one official narrative with its sources, eras, sectors, policy lines, the
 * actors and events it names, the claims it makes, and the codes it adds to the built-in
 * vocabularies.
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

  /** {@return the id, a slug} */
  public abstract String id();

  /** {@return the title} */
  public abstract String title();

  /** {@return the BCP 47 tag of the language the narrative's own strings are written in} */
  public abstract String language();

  /** {@return the version of this data set, such as {@code 1} or {@code 2024-05-01}} */
  public abstract String version();

  /** {@return a short description of the data set} */
  public abstract Optional<String> description();

  /** {@return where the narrative's text came from} */
  public abstract List<Source> sources();

  /** {@return the eras, in the order the data set lists them} */
  public abstract List<Era> eras();

  /** {@return the sectors} */
  public abstract List<Sector> sectors();

  /** {@return the policy lines} */
  public abstract List<PolicyLine> policyLines();

  /** {@return the claims} */
  public abstract List<Claim> claims();

  /** {@return the actors the narrative names: people, parties and organs, states, international bodies} */
  public abstract List<Actor> actors();

  /** {@return the events the narrative names: congresses, plenums, speeches, disasters} */
  public abstract List<Event> events();

  /**
   * {@return the narrative's own codes for claim kinds, priority modes and relation types, beside the
   * built-in ones ({@link Vocabulary} answers questions over both)}
   */
  public abstract List<CodeDefinition> vocabulary();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Narrative}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code Narrative}, so that {@code Narrative.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableNarrative.Builder {
    Builder() {}
  }

  /**
   * {@return the source with this id}
   *
   * @param id the id to look up
   */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(sourcesById().get(id));
  }

  /**
   * {@return the era with this id}
   *
   * @param id the id to look up
   */
  public Optional<Era> era(String id) {
    return Optional.ofNullable(erasById().get(id));
  }

  /**
   * {@return the sector with this id}
   *
   * @param id the id to look up
   */
  public Optional<Sector> sector(String id) {
    return Optional.ofNullable(sectorsById().get(id));
  }

  /**
   * {@return the policy line with this id}
   *
   * @param id the id to look up
   */
  public Optional<PolicyLine> policyLine(String id) {
    return Optional.ofNullable(policyLinesById().get(id));
  }

  /**
   * {@return the claim with this id}
   *
   * @param id the id to look up
   */
  public Optional<Claim> claim(String id) {
    return Optional.ofNullable(claimsById().get(id));
  }

  /**
   * {@return the actor with this id}
   *
   * @param id the id to look up
   */
  public Optional<Actor> actor(String id) {
    return Optional.ofNullable(actorsById().get(id));
  }

  /**
   * {@return the event with this id}
   *
   * @param id the id to look up
   */
  public Optional<Event> event(String id) {
    return Optional.ofNullable(eventsById().get(id));
  }

  /**
   * {@return the claims that name {@code ref} as subject, cause, effect or what they justify, in data-set order}
   *
   * @param ref the entity referred to
   */
  public List<Claim> claimsAbout(EntityRef ref) {
    return claims().stream().filter(c -> c.mentions(ref)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return true when an entity of that kind and id exists}
   *
   * @param ref the entity referred to
   */
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
      case ACTOR -> actorsById().containsKey(id);
      case EVENT -> eventsById().containsKey(id);
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

  @Value.Lazy
  Map<String, Actor> actorsById() {
    return index(actors(), Actor::id);
  }

  @Value.Lazy
  Map<String, Event> eventsById() {
    return index(events(), Event::id);
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
