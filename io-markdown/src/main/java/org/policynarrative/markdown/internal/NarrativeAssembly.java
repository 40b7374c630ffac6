package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policynarrative.core.Actor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.Source;
import org.policynarrative.core.spi.LocationIndex;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.ReadValidation;

/**
 * The entities read so far, each with where it was written, and how they become the narrative:
 * in data-set order (document order, or the explicit positions), built, and, when asked for,
 * checked as a whole by {@link ReadValidation}, each problem reported at the place its path names.
 */
final class NarrativeAssembly {

  /**
   * A value read from the document: where it was, its explicit data-set position (1-based) if any,
   * and the places of its attributes that a validator path may name, by path below the value
   * ({@code about}, {@code anchor.source}, {@code priorities[0].sector}), and its fields (or null),
   * whose places by attribute are added to the index only when it is asked for.
   */
  record Draft<T>(T value, Integer position, Place at, Map<String, Place> where, Fields fields) {

    Draft(T value, Integer position, Place at, Map<String, Place> where) {
      this(value, position, at, where, null);
    }
  }

  /** The errors of this read: each construct's reader logs its own and goes on with the next. */
  final ErrorLog errors = new ErrorLog();
  /** The document, where the location index finds the parts of attribution lines. */
  private final MarkdownSource source;

  /**
   * Whether a location index may be asked for (a located or a validating read): only then are the
   * entities' fields kept until the end of the read, for their places.
   */
  private final boolean locating;

  NarrativeAssembly(MarkdownSource source, boolean locating) {
    this.source = source;
    this.locating = locating;
  }

  /** The fields of a draft: these, when a location index may be asked for, else null. */
  Fields kept(Fields fields) {
    return locating ? fields : null;
  }

  final List<Draft<Source>> sources = new ArrayList<>();
  final List<Draft<Era>> eras = new ArrayList<>();
  final List<Draft<PolicyLine>> lines = new ArrayList<>();
  final List<Draft<Sector>> sectors = new ArrayList<>();
  final List<Draft<Claim>> claims = new ArrayList<>();
  final List<Draft<Actor>> actors = new ArrayList<>();
  final List<Draft<Event>> events = new ArrayList<>();
  final List<Draft<CodeDefinition>> vocabulary = new ArrayList<>();
  /** The sectors that tables name by name and id, checked once every sector is read. */
  private final List<NamedSector> namedSectors = new ArrayList<>();

  /** A table cell {@code Name (id)}: the name the table shows for the sector, and where. */
  private record NamedSector(String id, String name, String column, Place at) {}

  /** A sector written in a table cell by its name and id. */
  private static final Pattern NAME_AND_ID = Pattern.compile("(.+) \\(([a-z0-9][a-z0-9-]*)\\)", Pattern.DOTALL);
  /** Each entity kind in data-set order, by its attribute of the narrative: only validation needs it. */
  private final Map<String, List<? extends Draft<?>>> registered = new LinkedHashMap<>();

  /**
   * The narrative with the entities read, in data-set order.
   *
   * @param builder the narrative's metadata, already set
   * @param title where the title is, for a problem with the narrative as a whole
   * @param validate whether to run the checks across the whole narrative ({@link ReadValidation})
   * @throws NarrativeFormatException the first error logged, with the others; or the first problem
   *     of the narrative
   */
  Narrative narrative(Narrative.Builder builder, Place title, boolean validate) {
    checkSectorNames();
    errors.throwIfAny();
    register("sources", sources, builder::addSources);
    register("eras", ordered(eras, "era"), builder::addEras);
    register("policyLines", ordered(lines, "policy line"), builder::addPolicyLines);
    register("sectors", ordered(sectors, "sector"), builder::addSectors);
    register("claims", ordered(claims, "claim"), builder::addClaims);
    register("actors", actors, builder::addActors);
    register("events", events, builder::addEvents);
    register("vocabulary", vocabulary, builder::addVocabulary);
    Narrative narrative = ConstructReader.build(title, "narrative", builder::build);
    // The places are indexed by path only for a narrative with problems, which is then validated again.
    if (!validate || NarrativeValidator.validate(narrative).problems().isEmpty()) {
      return narrative;
    }
    return ReadValidation.requireValid(narrative, MarkdownErrors.FORMAT, locations(), UnaryOperator.identity());
  }

  /**
   * The id of the sector a table cell names: {@code Name (id)} as the writer writes it (the name is
   * checked against the sector's once all are read), or the bare id.
   */
  String sectorNamed(MarkdownSource.Value cell, String column) {
    Matcher m = NAME_AND_ID.matcher(cell.text());
    if (!m.matches()) {
      return cell.text();
    }
    namedSectors.add(new NamedSector(m.group(2), m.group(1), column, cell.at()));
    return m.group(2);
  }

  /**
   * A sector's name in a table is derived from the sector: it must be the sector's own. After an
   * error, a sector the narrative does not have may be one that was skipped: that cell is not
   * reported, so that one mistake makes one error.
   */
  private void checkSectorNames() {
    if (namedSectors.isEmpty()) {
      return;
    }
    boolean complete = errors.isEmpty();
    Map<String, String> names = new HashMap<>();
    // The writer names the first sector with the id in data-set order.
    for (Draft<Sector> sector : complete ? ordered(sectors, "sector") : sectors) {
      names.putIfAbsent(sector.value().id(), sector.value().name());
    }
    for (NamedSector named : namedSectors) {
      String name = names.get(named.id());
      if (name == null) {
        if (complete) {
          errors.add(named.at().error("column '" + named.column() + "' names sector '" + named.id()
            + "', which the narrative does not have, as " + NarrativeFormatException.quote(named.name())
            + "; expected the id alone, or a sector with that id in the Sectors section"));
        }
      } else if (!name.equals(named.name())) {
        errors.add(named.at().error("column '" + named.column() + "' calls sector '" + named.id() + "' "
            + NarrativeFormatException.quote(named.name()) + ", but its name is " + NarrativeFormatException.quote(name)
            + "; the name is shown for the reader: write the sector's name, or the id alone"));
      }
    }
  }

  private <T> void register(String attribute, List<Draft<T>> drafts, Consumer<T> add) {
    for (Draft<T> draft : drafts) {
      add.accept(draft.value());
    }
    registered.put(attribute, drafts);
  }

  /** Data-set order: document order, or the explicit positions when they are given. */
  private static <T> List<Draft<T>> ordered(List<Draft<T>> drafts, String what) {
    if (drafts.stream().allMatch(d -> d.position() == null)) {
      return drafts;
    }
    List<Draft<T>> result = new ArrayList<>(Collections.nCopies(drafts.size(), null));
    for (Draft<T> draft : drafts) {
      if (draft.position() == null) {
        throw draft.at().error("this " + what + " has no Position, but others do; give every " + what
            + " a Position or none");
      }
      int index = draft.position() - 1;
      if (index >= drafts.size()) {
        throw draft.at().error(what + " Position " + draft.position() + " is out of range; expected 1 to "
            + drafts.size());
      }
      if (result.get(index) != null) {
        throw draft.at().error("two of the " + what + "s have Position " + draft.position()
            + "; expected each position once");
      }
      result.set(index, draft);
    }
    return result;
  }

  /**
   * The place of every value recorded, by its validator path: each entity, the attributes its
   * reader placed, and every field it read (by the attribute the field holds, at its value); the
   * parts of attribution lines are found in {@code source} now, not while reading.
   */
  LocationIndex locations() {
    LocationIndex index = new LocationIndex();
    registered.forEach((attribute, drafts) -> {
      for (int i = 0; i < drafts.size(); i++) {
        Draft<?> draft = drafts.get(i);
        String prefix = attribute + "[" + i + "]";
        record(index, prefix, draft.at());
        if (draft.fields() != null) {
          draft.fields().places((path, at) -> record(index, prefix + "." + path, at));
        }
        // After the fields: a place the reader recorded itself is the more precise.
        draft.where().forEach((path, at) -> {
          if (path.endsWith(AnchorReader.ATTRIBUTION)) {
            String anchor = prefix + "." + path.substring(0, path.length() - AnchorReader.ATTRIBUTION.length());
            AnchorReader.parts(source, anchor, at, (part, place) -> record(index, part, place));
          } else {
            record(index, prefix + "." + path, at);
          }
        });
      }
    });
    return index;
  }

  private static void record(LocationIndex index, String path, Place at) {
    index.record(path, at.line() + 1, Math.max(at.column(), 0) + 1);
  }
}
