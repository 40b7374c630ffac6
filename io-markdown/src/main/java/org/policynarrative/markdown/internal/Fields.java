package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.Block;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The fields of one entity: list items of the form {@code **Key:** value}, each optionally
 * followed by one nested block (a list of sub-fields or a table). Every field must be asked for
 * by the entity that owns it; {@link #finish(String)} reports any that were not, so nothing in the
 * input is silently dropped.
 */
final class Fields {

  /** One field as written. Line and column are 0-based and point at the value. */
  static final class Field {
    final String key;
    final int keyLine;
    final int keyColumn;
    final int line;
    final int column;
    final String value;
    final Block nested;

    Field(String key, int keyLine, int keyColumn, int line, int column, String value, Block nested) {
      this.key = key;
      this.keyLine = keyLine;
      this.keyColumn = keyColumn;
      this.line = line;
      this.column = column;
      this.value = value;
      this.nested = nested;
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

  private final List<Field> fields;
  private final boolean[] used;
  /** The keys asked for, in order and with repeats: only an error message needs them, as a set. */
  private String[] asked = new String[16];
  private int askedCount;
  private final int line;
  private final int column;

  private Fields(List<Field> fields, int line, int column) {
    this.fields = fields;
    this.used = new boolean[fields.size()];
    this.line = line;
    this.column = column;
  }

  private void ask(String key) {
    if (askedCount == asked.length) {
      asked = Arrays.copyOf(asked, askedCount * 2);
    }
    asked[askedCount++] = key;
  }

  /** No fields at all, located at the owner (0-based). */
  static Fields none(int line, int column) {
    return new Fields(List.of(), line, column);
  }

  /** Parses the field items; each must be a {@code **Key:** value} item. */
  static Fields of(List<ListItem> items, MarkdownSource source, int line, int column) {
    List<Field> fields = new ArrayList<>();
    for (ListItem item : items) {
      fields.add(field(item, source));
    }
    return new Fields(fields, line, column);
  }

  /** True when the item is written as a field, starting with strong emphasis. */
  static boolean isField(ListItem item) {
    Node first = item.getFirstChild();
    return first instanceof Paragraph && first.getFirstChild() instanceof StrongEmphasis;
  }

  private static Field field(ListItem item, MarkdownSource source) {
    Node first = item.getFirstChild();
    if (!isField(item)) {
      Node at = first == null ? item : first;
      throw source.error(at, "expected a field written as '- **Name:** value'");
    }
    Paragraph paragraph = (Paragraph) first;
    StrongEmphasis strong = (StrongEmphasis) paragraph.getFirstChild();
    Node keyText = strong.getFirstChild();
    if (!(keyText instanceof Text) || keyText.getNext() != null || !((Text) keyText).getLiteral().endsWith(":")) {
      throw source.error(strong, "expected a field name in bold ending with a colon, such as **Period:**");
    }
    String key = ((Text) keyText).getLiteral();
    key = key.substring(0, key.length() - 1).strip();
    MarkdownSource.Value value = source.valueAfter(paragraph, strong);
    Node nested = first.getNext();
    if (nested != null && nested.getNext() != null) {
      throw source.error(nested.getNext(), "unexpected " + MarkdownSource.describe(nested.getNext())
          + " in field '" + key + "'; a field holds one value and at most one nested list or table");
    }
    var span = strong.getSourceSpans().get(0);
    return new Field(key, span.getLineIndex(), span.getColumnIndex(), value.line, value.column, value.text,
        (Block) nested);
  }

  /** The field with this key, if given; fails when it is given twice or has a nested block. */
  Optional<Field> optional(String key) {
    Optional<Field> field = optionalNested(key);
    field.ifPresent(f -> {
      if (f.nested != null) {
        throw MarkdownSource.errorAt(f.nested, "field '" + key + "' takes a value on its own line, not a nested "
            + MarkdownSource.describe(f.nested));
      }
    });
    return field;
  }

  /** The field with this key, if given, which may have a nested block; fails when it is given twice. */
  Optional<Field> optionalNested(String key) {
    ask(key);
    Field found = null;
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.key.equals(key)) {
        if (found != null) {
          throw MarkdownErrors.at(f.keyLine, f.keyColumn, "field '" + key + "' is given twice; expected it once");
        }
        found = f;
        used[i] = true;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The field with this key; fails when it is missing. */
  Field required(String key, String owner) {
    return optional(key).orElseThrow(() -> MarkdownErrors.at(line, column,
        owner + " has no field '" + key + "'; expected a line '- **" + key + ":** ...'"));
  }

  /** Every field with this key, in order; each holds a value, not a nested block. */
  List<Field> repeated(String key) {
    List<Field> found = repeatedNested(key);
    for (Field f : found) {
      if (f.nested != null) {
        throw MarkdownSource.errorAt(f.nested, "field '" + key + "' takes a value, not a nested "
            + MarkdownSource.describe(f.nested));
      }
    }
    return found;
  }

  /** Every field with this key, in order, with or without a nested block. */
  List<Field> repeatedNested(String key) {
    ask(key);
    List<Field> found = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).key.equals(key)) {
        found.add(fields.get(i));
        used[i] = true;
      }
    }
    return found;
  }

  /** Every field whose key starts with {@code prefix} followed by a word, in order. */
  List<Field> prefixed(String prefix) {
    ask(prefix + "<language>");
    List<Field> found = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.key.startsWith(prefix) && f.key.length() > prefix.length()) {
        if (f.nested != null) {
          throw MarkdownSource.errorAt(f.nested, "field '" + f.key + "' takes a value, not a nested "
              + MarkdownSource.describe(f.nested));
        }
        found.add(f);
        used[i] = true;
      }
    }
    return found;
  }

  /** Fails on the first field nobody asked for. */
  void finish(String owner) {
    for (int i = 0; i < fields.size(); i++) {
      if (!used[i]) {
        Field f = fields.get(i);
        throw MarkdownErrors.at(f.keyLine, f.keyColumn, "unknown field '" + f.key + "' in " + owner
            + "; expected one of: " + String.join(", ", new LinkedHashSet<>(Arrays.asList(asked).subList(0, askedCount))));
      }
    }
  }
}
