package org.policynarrative.json.internal.fields;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policynarrative.core.spelling.Spelling;

/**
 * The fields of one kind of JSON object: their names in canonical (writing) order, which of them a
 * reader requires, which of them format version 2 added, and each name's position, which a reader
 * uses as the bit that says the field was present. Immutable.
 */
public final class FieldTable {

  private static final int NO_POSITION = -1;

  private final String what;
  private final String schemaName;
  private final List<JsonName> names;
  private final Set<JsonName> required;
  private final Set<JsonName> addedInVersion2;
  private final Map<String, JsonName> byText;
  /** The position of each {@link JsonName} by ordinal, {@link #NO_POSITION} for names of other objects. */
  private final int[] positions;
  private final long requiredMask;
  private final long addedInVersion2Mask;
  private final String expected;
  /** The names' texts, for the "did you mean" of an unknown field. */
  private final List<String> texts;

  private FieldTable(String what, String schemaName, List<JsonName> names, Set<JsonName> required,
      Set<JsonName> addedInVersion2) {
    if (names.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most " + Long.SIZE + " fields, got " + names.size());
    }
    this.what = what;
    this.schemaName = schemaName;
    this.names = List.copyOf(names);
    this.required = required.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(required));
    this.addedInVersion2 = Set.copyOf(addedInVersion2);
    this.byText = new HashMap<>();
    this.positions = new int[JsonName.values().length];
    Arrays.fill(positions, NO_POSITION);
    for (int i = 0; i < names.size(); i++) {
      JsonName name = names.get(i);
      if (positions[name.ordinal()] != NO_POSITION) {
        throw new IllegalArgumentException("field '" + name.text() + "' is listed twice");
      }
      positions[name.ordinal()] = i;
      byText.put(name.text(), name);
    }
    if (!this.names.containsAll(required)) {
      throw new IllegalArgumentException("a required field of " + what + " is not one of its fields");
    }
    if (!this.names.containsAll(addedInVersion2)) {
      throw new IllegalArgumentException("a field of " + what + " added in version 2 is not one of its fields");
    }
    this.requiredMask = mask(this.required);
    this.addedInVersion2Mask = mask(this.addedInVersion2);
    this.texts = this.names.stream().map(JsonName::text).toList();
    this.expected = String.join(", ", texts);
  }

  /**
   * A table, none of whose fields is required.
   *
   * @param what the object's name in messages, such as {@code sector priority}
   * @param schemaName the name of its definition in the JSON Schema's {@code $defs}, or {@code ""}
   *     for the document itself
   */
  static FieldTable of(String what, String schemaName, JsonName... names) {
    return new FieldTable(what, schemaName, List.of(names), Set.of(), Set.of());
  }

  /** This table with these fields required. */
  FieldTable requiring(JsonName... requiredNames) {
    return new FieldTable(what, schemaName, names, Set.of(requiredNames), addedInVersion2);
  }

  /**
   * This table with these fields marked as added by format version 2: a document that says it is
   * in version 1 must not have them (a reader that skips unknown fields reads them anyway).
   */
  FieldTable addedInVersion2(JsonName... added) {
    return new FieldTable(what, schemaName, names, required, Set.of(added));
  }

  private long mask(Set<JsonName> subset) {
    long mask = 0;
    for (JsonName name : subset) {
      mask |= 1L << positions[name.ordinal()];
    }
    return mask;
  }

  /** The object's name in messages, such as {@code claim}. */
  public String what() {
    return what;
  }

  /** The name of the object's definition in the JSON Schema, {@code ""} for the document itself. */
  public String schemaName() {
    return schemaName;
  }

  /** The names in canonical order. */
  public List<JsonName> names() {
    return names;
  }

  /** The number of fields. */
  public int size() {
    return names.size();
  }

  /** The name at a position. */
  public JsonName name(int position) {
    return names.get(position);
  }

  /** The position of a name, -1 when this object has no such field. */
  public int positionOf(JsonName name) {
    return positions[name.ordinal()];
  }

  /** This object's field with that text, or {@code null}. */
  public JsonName find(String text) {
    return byText.get(text);
  }

  /** True when a reader requires the field. */
  public boolean isRequired(JsonName name) {
    return required.contains(name);
  }

  /** The positions of the required fields, as bits ({@code 1L << position}). */
  public long requiredMask() {
    return requiredMask;
  }

  /** True when format version 2 added the field to an object that version 1 already had. */
  public boolean isAddedInVersion2(JsonName name) {
    return addedInVersion2.contains(name);
  }

  /** The positions of the fields version 2 added, as bits ({@code 1L << position}). */
  public long addedInVersion2Mask() {
    return addedInVersion2Mask;
  }

  /**
   * The field name nearest to {@code text} by edit distance (a swap of two neighbours is one edit), when it is near enough to be a typo
   * (at most a third of the text's length, and at least one edit, apart; case ignored), for the
   * "did you mean" of an unknown field; {@code null} when none is.
   */
  public String closest(String text) {
    return Spelling.closest(text, texts).orElse(null);
  }

  /** The names, comma-separated, for a message about an unknown field. */
  public String expected() {
    return expected;
  }
}
