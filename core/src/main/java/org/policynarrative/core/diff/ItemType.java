package org.policynarrative.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.policynarrative.core.Narrative;

/**
 * What the diff needs to know of one kind of item: where the narrative lists it, its id, what a
 * reader knows it by, its external identifiers, its attributes, and the keys under which a removed
 * and an added item are candidates for a {@link RenameHint}.
 *
 * @param <T> the model type
 */
final class ItemType<T> {

  /**
   * A key under which a removed and an added item are compared for a rename hint.
   *
   * @param reason what a shared key means, such as {@code same name}
   * @param key the item's key, or null when it has none (an absent title)
   */
  record RenameKey<T>(String reason, Function<T, Object> key) {}

  final ItemKind kind;
  final Function<Narrative, List<T>> items;
  final Function<T, String> id;
  final Function<T, String> label;
  final Function<T, List<String>> identifiers;
  final Fields<T> fields;
  /** The attribute that holds the id: {@code id}, or {@code code} for a declared code. */
  final String idAttribute;
  final List<RenameKey<T>> renameKeys;

  ItemType(ItemKind kind, Function<Narrative, List<T>> items, Function<T, String> id, Function<T, String> label,
      Function<T, List<String>> identifiers, Fields<T> fields, List<RenameKey<T>> renameKeys) {
    this.kind = kind;
    this.items = items;
    this.id = id;
    this.label = label;
    this.identifiers = identifiers;
    this.fields = fields;
    this.idAttribute = kind == ItemKind.CODE ? "code" : "id";
    // First the whole content but the id: an item whose id alone changed is the likeliest rename.
    List<RenameKey<T>> keys = new ArrayList<>();
    keys.add(new RenameKey<>("same content", this::content));
    keys.addAll(renameKeys);
    this.renameKeys = List.copyOf(keys);
  }

  /** The values of every attribute but the id, as a list that is equal for items equal but for their id. */
  private Object content(T item) {
    List<Object> values = new ArrayList<>(fields.fields().size());
    for (Fields.Field<T> field : fields.fields()) {
      if (!field.name().equals(idAttribute)) {
        values.add(field.get().apply(item));
      }
    }
    return values;
  }
}
