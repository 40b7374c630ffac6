package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.InvalidValueException;
import org.policynarrative.core.Period;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * What the readers of the dialect's constructs share (as commonmark-java's block parsers share
 * their base class): the document's source text, where the entities read go, and reading the
 * fields, positions and periods that several constructs have.
 */
abstract class ConstructReader {

  /** An entity heading or item: a slug id, a colon and the entity's name. */
  static final Pattern ID_AND_NAME = Pattern.compile("([a-z0-9][a-z0-9-]*): (.+)", Pattern.DOTALL);

  final MarkdownSource source;
  final NarrativeAssembly assembly;

  ConstructReader(MarkdownSource source, NarrativeAssembly assembly) {
    this.source = source;
    this.assembly = assembly;
  }

  /** The list's items. */
  static List<ListItem> items(Node list) {
    List<ListItem> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      items.add((ListItem) item);
    }
    return items;
  }

  /**
   * The entities of a section of {@code ### id: Name} headings, each with its fields and claims:
   * {@code kind} names one in errors ("an actor"). A heading that cannot be read, or at another
   * level, is logged, and the blocks up to the next heading skipped with it.
   */
  final List<EntityBlocks> entities(List<Node> blocks, String section, String kind) {
    List<EntityBlocks> entities = new ArrayList<>();
    EntityBlocks current = null;
    boolean skipping = false;
    for (Node block : blocks) {
      if (block instanceof Heading heading) {
        current = heading.getLevel() == 3 ? entity(heading, kind, null, false) : null;
        if (heading.getLevel() != 3) {
          assembly.errors.add(EntityBlocks.wrongLevel(heading, 3, kind, ""));
        }
        skipping = current == null;
        if (current != null) {
          entities.add(current);
        }
      } else if (!skipping && (current == null || !current.add(block))) {
        assembly.errors.add(MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block) + " in the "
            + section + " section; expected " + (current == null ? kind + " heading '### id: Name'"
            : "the fields of " + kind + ", then its claims, then the next heading '### id: Name'")));
        skipping = current == null;
      }
    }
    return entities;
  }

  /** The entity of a heading, or null when the heading cannot be read (the error is logged). */
  final EntityBlocks entity(Heading heading, String kind, String eraId, boolean takesTable) {
    try {
      return EntityBlocks.of(source, heading, kind, eraId, takesTable);
    } catch (NarrativeFormatException e) {
      assembly.errors.add(e);
      return null;
    }
  }

  /** The fields of the list (none when it is null), for the owner at {@code at}. */
  final Fields fields(BulletList list, Place at) {
    return list == null ? Fields.none(at) : Fields.of(items(list), source, at);
  }

  /** The sub-fields nested under a field that takes no value of its own. */
  final Fields nested(Fields.Field field, String owner) {
    if (!field.value().isEmpty() || !(field.nested() instanceof BulletList list)) {
      throw field.keyAt().error("field '" + field.key() + "' of " + owner + " takes a nested list of fields, not a value");
    }
    return Fields.of(items(list), source, field.keyAt());
  }

  /** Every {@code Label <language>} field, in order. */
  static void labels(Fields fields, BiConsumer<String, String> put) {
    for (Fields.Field label : fields.labels()) {
      put.accept(Fields.labelLanguage(label), label.value());
    }
  }

  /** Every {@code Identifier} field, in order. */
  static void identifiers(Fields fields, Consumer<String> add) {
    fields.repeated(Key.IDENTIFIER).forEach(f -> add.accept(f.value()));
  }

  /**
   * Every {@code Encoder's note}, in order: the note as the value, its author in a nested
   * {@code By} field when it has one.
   */
  final void encoderNotes(Fields fields, String owner, Consumer<EncoderNote> add) {
    for (Fields.Field field : fields.repeatedNested(Key.ENCODER_NOTE)) {
      String what = "an encoder's note of " + owner;
      EncoderNote.Builder note = EncoderNote.builder().text(field.value());
      Fields nested = Fields.none(field.keyAt());
      if (field.nested() != null) {
        if (!(field.nested() instanceof BulletList list)) {
          throw MarkdownSource.errorAt(field.nested(), "field '" + Key.ENCODER_NOTE.key + "' of " + owner
              + " takes the note as its value and, nested below it, at most a field '" + Key.BY.key + "'");
        }
        nested = Fields.of(items(list), source, field.keyAt());
        nested.optional(Key.BY).ifPresent(f -> note.author(f.value()));
        nested.finish(what);
      }
      add.accept(build(field.at(), what, nested, note::build));
    }
  }

  /** The explicit data-set position, 1-based, or null when the entity has none. */
  static Integer position(Fields fields) {
    return fields.optional(Key.POSITION).map(f -> f.as(v -> Values.parsePositive(v, "a position"))).orElse(null);
  }

  /** A period written on one line (1953/1960), or as a nested list with From, To or both. */
  final Optional<Period> period(Fields fields, Key key, String owner) {
    Optional<Fields.Field> field = fields.optionalNested(key);
    if (field.isEmpty()) {
      return Optional.empty();
    }
    Fields.Field f = field.get();
    if (f.nested() == null) {
      return Optional.of(f.as(Period::parse));
    }
    if (!f.value().isEmpty() || !(f.nested() instanceof BulletList list)) {
      throw f.at().error("field '" + key.key + "' takes either a period such as 1953/1960 or a "
          + "nested list with From and To, not both");
    }
    Fields ends = Fields.of(items(list), source, f.keyAt());
    Optional<Fields.Field> from = ends.optional(Key.FROM);
    Optional<Fields.Field> to = ends.optional(Key.TO);
    ends.finish("the " + key.key + " of " + owner);
    // An end left out is open; an end given with no value is unknown (EDTF's 1985/).
    boolean fromUnknown = from.isPresent() && from.get().value().isEmpty();
    boolean toUnknown = to.isPresent() && to.get().value().isEmpty();
    try {
      HistoricalDate start = from.isPresent() && !fromUnknown ? from.get().as(Values::parseDate) : null;
      HistoricalDate end = to.isPresent() && !toUnknown ? to.get().as(Values::parseDate) : null;
      if (start != null && end != null) {
        return Optional.of(Period.between(start, end));
      }
      if (start != null) {
        return Optional.of(toUnknown ? Period.withUnknownEnd(start) : Period.from(start));
      }
      if (end != null) {
        return Optional.of(fromUnknown ? Period.withUnknownStart(end) : Period.until(end));
      }
    } catch (IllegalArgumentException e) {
      throw f.keyAt().error("field '" + key.key + "': " + e.getMessage(), e);
    }
    throw f.keyAt().error("field '" + key.key + "' has neither From nor To with a date; expected at least one "
        + "(an empty one is an unknown end)");
  }

  /**
   * Builds a model value, reporting an invalid one at {@code at} as {@code invalid <what>: <type.attribute reason>}.
   */
  static <T> T build(Place at, String what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      throw at.error("invalid " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Builds a model value, reporting an invalid attribute at the field that holds it, as
   * {@code invalid <what>, field '<Key>': <type.attribute reason>}, or at {@code at} when no field
   * holds it.
   */
  static <T> T build(Place at, String what, Fields fields, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      Optional<Fields.Field> field = fields.holding(e);
      if (field.isPresent()) {
        // A label's language tag is in its key: a bad tag is reported there, a bad value at the value.
        boolean tag = "labels".equals(e.attribute()) && field.get().key().startsWith(Dialect.LABEL_PREFIX);
        throw (tag ? field.get().keyAt() : field.get().at()).error("invalid " + what + ", field '" + field.get().key() + "': " + e.getMessage(), e);
      }
      throw at.error("invalid " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Builds an entity as {@link #build(Place, String, Fields, Supplier)} does, reporting an invalid
   * id at {@code idAt}, where the id is written outside the fields (a heading, a claim's lead).
   */
  static <T> T build(Place at, Place idAt, String what, Fields fields, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      if ("id".equals(e.attribute())) {
        throw idAt.error("invalid " + what + ", its id: " + e.getMessage(), e);
      }
      return build(at, what, fields, () -> {
        throw e;
      });
    }
  }

  /** Records {@code path} at the field's value, for the validator's problems. */
  static void place(Map<String, Place> places, String path, Fields.Field field) {
    places.put(path, field.at());
  }
}
