package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.InvalidValueException;
import org.policynarrative.core.Period;
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
}
