package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.commonmark.node.Block;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.policynarrative.core.InvalidValueException;
import org.policynarrative.core.spelling.Spelling;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * The fields of one entity: list items of the form {@code **Key:** value}, each optionally
 * followed by one nested block (a list of sub-fields or a table). Every field must be asked for
 * by the entity that owns it; {@link #finish(String)} reports any that were not, so nothing in the
 * input is silently dropped.
 */
final class Fields {

  /**
   * One field as written: where its key and its value start (0-based), its value and the block
   * nested under it, if any.
   */
  record Field(String key, int keyLine, int keyColumn, int line, int column, String value, Block nested) {

    /** Where the value starts. */
    Place at() {
      return new Place(line, column);
    }

    /** Where the key starts. */
    Place keyAt() {
      return new Place(keyLine, keyColumn);
    }

    /** Converts the value, reporting an {@link IllegalArgumentException} at the field. */
    <T> T as(Function<String, T> parse) {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        throw MarkdownErrors.at(line, column, "field '" + key + "': " + e.getMessage(), e);
      }
    }
  }

  /** The model attribute each key holds, by the key as written. */
  private static final Map<String, String> ATTRIBUTES = new HashMap<>();

  static {
    for (Key key : Key.values()) {
      ATTRIBUTES.put(key.key, key.attribute);
    }
  }

  private final List<Field> fields;
  private final boolean[] used;
  /** The keys asked for, in order and with repeats: only an error message needs them, as a set. */
  private String[] asked = new String[16];
  private int askedCount;
  private final Place owner;

  private Fields(List<Field> fields, Place owner) {
    this.fields = fields;
    this.used = new boolean[fields.size()];
    this.owner = owner;
  }

  private void ask(String key) {
    if (askedCount == asked.length) {
      asked = Arrays.copyOf(asked, askedCount * 2);
    }
    asked[askedCount++] = key;
  }

  /** No fields at all, for the owner at {@code owner}. */
  static Fields none(Place owner) {
    return new Fields(List.of(), owner);
  }

  /** Parses the field items of the owner at {@code owner}; each must be a {@code **Key:** value} item. */
  static Fields of(List<ListItem> items, MarkdownSource source, Place owner) {
    List<Field> fields = new ArrayList<>(items.size());
    for (ListItem item : items) {
      fields.add(field(item, source));
    }
    return new Fields(fields, owner);
  }

  /** True when the item is written as a field, starting with strong emphasis. */
  static boolean isField(ListItem item) {
    Node first = item.getFirstChild();
    return first instanceof Paragraph && first.getFirstChild() instanceof StrongEmphasis;
  }

  private static Field field(ListItem item, MarkdownSource source) {
    Node first = item.getFirstChild();
    if (!(first instanceof Paragraph paragraph) || !(paragraph.getFirstChild() instanceof StrongEmphasis strong)) {
      throw MarkdownSource.errorAt(first == null ? item : first, "expected a field written as '- **Name:** value'");
    }
    if (!(strong.getFirstChild() instanceof Text keyText) || keyText.getNext() != null
        || !keyText.getLiteral().endsWith(":")) {
      throw MarkdownSource.errorAt(strong, "expected a field name in bold ending with a colon, such as **Period:**");
    }
    String key = keyText.getLiteral();
    key = key.substring(0, key.length() - 1).strip();
    MarkdownSource.Value value = source.valueAfter(paragraph, strong);
    Node nested = first.getNext();
    if (nested != null && nested.getNext() != null) {
      throw MarkdownSource.errorAt(nested.getNext(), "unexpected " + MarkdownSource.describe(nested.getNext())
          + " in field '" + key + "'; a field holds one value and at most one nested list or table");
    }
    SourceSpan span = strong.getSourceSpans().get(0);
    return new Field(key, span.getLineIndex(), span.getColumnIndex(), value.line(), value.column(), value.text(),
        (Block) nested);
  }

  /** The field with this key, if given; fails when it is given twice or has a nested block. */
  Optional<Field> optional(Key key) {
    Optional<Field> field = optionalNested(key);
    field.ifPresent(f -> {
      if (f.nested() != null) {
        throw MarkdownSource.errorAt(f.nested(), "field '" + key.key + "' takes a value on its own line, not a nested "
            + MarkdownSource.describe(f.nested()));
      }
    });
    return field;
  }

  /** The field with this key, if given, which may have a nested block; fails when it is given twice. */
  Optional<Field> optionalNested(Key key) {
    ask(key.key);
    Field found = null;
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.key().equals(key.key)) {
        if (found != null) {
          throw f.keyAt().error("field '" + key.key + "' is given twice; expected it once");
        }
        found = f;
        used[i] = true;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Whether a field with this key is written, asked for or not (it is not marked as asked for). */
  boolean has(Key key) {
    for (Field f : fields) {
      if (f.key().equals(key.key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The field with this key; fails when it is missing, at a field nobody asked for whose name is a
   * near miss of the key ({@code Assertd by}) when there is one, else at the owner.
   */
  Field required(Key key, String ownerName) {
    return optional(key).orElseThrow(() -> missing(key, ownerName, "expected a line '" + key.item + " ...'"));
  }

  /**
   * The error for a required field that is missing: at a field nobody asked for whose name is near
   * the key's (most likely the field, misspelled), else at the owner, {@code <owner> has no field
   * '<Key>'; <expected>}.
   */
  NarrativeFormatException missing(Key key, String ownerName, String expected) {
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (!used[i] && Spelling.closest(f.key(), List.of(key.key)).isPresent()) {
        return f.keyAt().error("unknown field '" + f.key() + "' in " + ownerName + "; did you mean '" + key.key
            + "'? (" + ownerName + " has no field '" + key.key + "')");
      }
    }
    return owner.error(ownerName + " has no field '" + key.key + "'; " + expected);
  }

  /** Every field with this key, in order; each holds a value, not a nested block. */
  List<Field> repeated(Key key) {
    List<Field> found = repeatedNested(key);
    for (Field f : found) {
      requireValue(f);
    }
    return found;
  }

  /** Every field with this key, in order, with or without a nested block. */
  List<Field> repeatedNested(Key key) {
    ask(key.key);
    List<Field> found = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).key().equals(key.key)) {
        found.add(fields.get(i));
        used[i] = true;
      }
    }
    return found;
  }

  /** Every label, {@code - **Label <language>:** value}, in order. */
  List<Field> labels() {
    String prefix = Dialect.LABEL_PREFIX;
    ask(prefix + "<language>");
    List<Field> found = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.key().startsWith(prefix) && f.key().length() > prefix.length()) {
        requireValue(f);
        found.add(f);
        used[i] = true;
      }
    }
    return found;
  }

  /** The language tag of a label that {@link #labels()} returned. */
  static String labelLanguage(Field label) {
    return label.key().substring(Dialect.LABEL_PREFIX.length()).strip();
  }

  private static void requireValue(Field f) {
    if (f.nested() != null) {
      throw MarkdownSource.errorAt(f.nested(), "field '" + f.key() + "' takes a value, not a nested "
          + MarkdownSource.describe(f.nested()));
    }
  }

  /**
   * The field that holds the attribute an invariant failed on: {@code labels.ko} is the field
   * {@code Label ko}; of several fields of one attribute (repeated {@code Identifier} fields, the
   * {@code Label} fields for a bad language tag), the one whose value (or tag) the message quotes,
   * else the first.
   */
  Optional<Field> holding(InvalidValueException e) {
    String attribute = e.attribute();
    if (attribute.startsWith("labels.")) {
      String key = Dialect.LABEL_PREFIX + attribute.substring("labels.".length());
      return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
    List<Field> candidates = new ArrayList<>();
    for (Field f : fields) {
      boolean label = f.key().startsWith(Dialect.LABEL_PREFIX);
      if (label ? attribute.equals("labels") : attribute.equals(ATTRIBUTES.get(f.key()))) {
        candidates.add(f);
      }
    }
    for (Field f : candidates) {
      String quoted = f.key().startsWith(Dialect.LABEL_PREFIX) ? labelLanguage(f) : f.value();
      if (e.reason().contains("'" + quoted + "'")) {
        return Optional.of(f);
      }
    }
    return candidates.stream().findFirst();
  }

  /**
   * Fails on the first field nobody asked for, at its name, with the nearest known name when one is
   * near enough to be a typo ({@code did you mean 'Asserted by'?}), else every name it may have.
   */
  void finish(String ownerName) {
    for (int i = 0; i < fields.size(); i++) {
      if (!used[i]) {
        Field f = fields.get(i);
        LinkedHashSet<String> known = new LinkedHashSet<>(Arrays.asList(asked).subList(0, askedCount));
        Optional<String> meant = Spelling.closest(f.key(), known);
        throw f.keyAt().error("unknown field '" + f.key() + "' in " + ownerName
            + meant.map(m -> "; did you mean '" + m + "'?").orElse("; expected one of: " + String.join(", ", known)));
      }
    }
  }

  /**
   * Gives the place of every field that was read to {@code put}, by the attribute it holds
   * ({@code labels.ko} for a label); of repeated fields, the first. For the location index only.
   */
  void places(BiConsumer<String, Place> put) {
    for (int i = fields.size() - 1; i >= 0; i--) { // backwards: the first of repeated fields is recorded last
      Field f = fields.get(i);
      if (!used[i]) {
        continue;
      }
      String attribute = f.key().startsWith(Dialect.LABEL_PREFIX) ? "labels." + labelLanguage(f)
          : ATTRIBUTES.get(f.key());
      if (attribute != null && !attribute.isEmpty()) {
        put.accept(attribute, f.at());
      }
    }
  }
}
