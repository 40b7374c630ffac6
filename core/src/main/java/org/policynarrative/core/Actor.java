package org.policynarrative.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone the source names as acting: a person ("the premier"), a party or organ ("the Central
 * Committee"), a state ("the Soviet Union", "the US imperialists"), an international body. Claims
 * can be about an actor or name one as cause or effect, and policy lines name actors in their
 * {@link PolicyLine#roles() roles}. The name is the source's, loaded terms included.
 */
@Value.Immutable
@NarrativeMapStyle
public abstract class Actor {

  /** {@return the id, a slug unique among the narrative's actors} */
  public abstract String id();

  /** {@return the name in the narrative's language, as the source names the actor} */
  public abstract String name();

  /** {@return the name in other languages, keyed by BCP 47 language tag ({@code ko} to {@code 조선로동당})} */
  public abstract Map<String, String> labels();

  /** {@return what sort of actor it is} */
  public abstract ActorKind kind();

  /** {@return other names the actor goes by in the source or elsewhere} */
  public abstract List<String> alternativeNames();

  /** {@return a short description} */
  public abstract Optional<String> description();

  /** {@return identifiers of the same actor elsewhere: URIs or CURIEs such as {@code wikidata:Q182867}} */
  public abstract List<String> identifiers();

  /** {@return the encoder's notes} */
  public abstract List<EncoderNote> encoderNotes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Actor}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code Actor}, so that {@code Actor.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("Actor", "id", id());
    Invariants.notBlank("Actor", "name", name());
    Invariants.labels("Actor", labels());
    alternativeNames().forEach(n -> Invariants.notBlank("Actor", "alternativeNames", n));
    description().ifPresent(d -> Invariants.notBlank("Actor", "description", d));
    identifiers().forEach(i -> Invariants.identifier("Actor", i));
  }
}
