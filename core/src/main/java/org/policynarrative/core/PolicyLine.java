package org.policynarrative.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategic line that an actor adopted, such as the 1953 line "developing the heavy industry
 * preferentially and ensuring the simultaneous development of light industry and agriculture".
 * What it prioritises and how long it is meant to last are the source's declarations. A line is
 * adopted at one time ({@link #adopted()}) and may be in force over another ({@link #inForce()}):
 * a five-year plan is adopted in 1956 and in force from 1957 to 1961.
 */
@Value.Immutable
@NarrativeMapStyle
public abstract class PolicyLine {

  /** {@return the id, a slug unique among the narrative's policy lines} */
  public abstract String id();

  /** {@return a short name} */
  public abstract String name();

  /** {@return the name in other languages, keyed by BCP 47 language tag ({@code ko} to {@code 병진로선})} */
  public abstract Map<String, String> labels();

  /** {@return the line as the source states it} */
  public abstract Optional<String> statement();

  /** {@return when it was adopted, as precisely as the source says} */
  public abstract Optional<HistoricalDate> adopted();

  /**
   * {@return who adopted it, as free text, such as "Workers' Party of Korea"; kept for version-1
   * documents: a new data set names actors in {@link #roles()}}
   */
  public abstract Optional<String> adoptedBy();

  /**
   * {@return the event at which it was adopted, as free text, such as "Seventh Congress of the WPK";
   * kept for version-1 documents: a new data set names an {@link Event} in {@link #adoptedAtEvent()}}
   */
  public abstract Optional<String> adoptedAt();

  /** {@return the id of the {@link Event} at which the line was adopted} */
  public abstract Optional<String> adoptedAtEvent();

  /** {@return the actors the source names as adopting, drafting, implementing or opposing the line} */
  public abstract List<LineRole> roles();

  /** {@return when the line was in force, when the source says so (adopted is not the same as in force)} */
  public abstract Optional<Period> inForce();

  /** {@return the ids of the {@link Era eras} the line belongs to} */
  public abstract List<String> eras();

  /** {@return the sector priorities the line sets} */
  public abstract List<SectorPriority> priorities();

  /** {@return how long the source says the line is meant to last; {@link Durability#UNSTATED} by default} */
  @Value.Default
  public Durability durability() {
    return Durability.UNSTATED;
  }

  /** {@return the id of a line this one replaces} */
  public abstract Optional<String> supersedes();

  /** {@return the id of a line this one carries on} */
  public abstract Optional<String> continues();

  /** {@return the id of a line this one amends: changes in part ("targets were raised") without replacing it} */
  public abstract Optional<String> amends();

  /** {@return identifiers of the same line elsewhere: URIs or CURIEs such as {@code wikidata:Q1139586}} */
  public abstract List<String> identifiers();

  /** {@return the encoder's notes: doubts and remarks about the encoding, not assessments} */
  public abstract List<EncoderNote> encoderNotes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PolicyLine}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code PolicyLine}, so that {@code PolicyLine.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutablePolicyLine.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("PolicyLine", "id", id());
    Invariants.notBlank("PolicyLine", "name", name());
    Invariants.labels("PolicyLine", labels());
    statement().ifPresent(s -> Invariants.notBlank("PolicyLine", "statement", s));
    adoptedBy().ifPresent(s -> Invariants.notBlank("PolicyLine", "adoptedBy", s));
    adoptedAt().ifPresent(s -> Invariants.notBlank("PolicyLine", "adoptedAt", s));
    adoptedAtEvent().ifPresent(s -> Invariants.slug("PolicyLine", "adoptedAtEvent", s));
    eras().forEach(e -> Invariants.slug("PolicyLine", "eras", e));
    supersedes().ifPresent(s -> Invariants.slug("PolicyLine", "supersedes", s));
    continues().ifPresent(s -> Invariants.slug("PolicyLine", "continues", s));
    amends().ifPresent(s -> Invariants.slug("PolicyLine", "amends", s));
    identifiers().forEach(i -> Invariants.identifier("PolicyLine", i));
    for (String attribute : List.of("supersedes", "continues", "amends")) {
      Optional<String> other = switch (attribute) {
        case "supersedes" -> supersedes();
        case "continues" -> continues();
        default -> amends();
      };
      if (other.filter(id()::equals).isPresent()) {
        throw new InvalidValueException("PolicyLine", attribute, "must not name the line itself ('" + id() + "')");
      }
    }
  }
}
