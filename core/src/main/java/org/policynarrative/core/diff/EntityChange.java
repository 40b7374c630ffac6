package org.policynarrative.core.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An item added, removed or changed between two narratives. A changed item is one matched on both
 * sides (by kind and id, or by a shared external identifier) whose content differs; its
 * {@link #fields()} say where.
 */
public final class EntityChange {

  /** Whether an item was added, removed or changed. */
  public enum Type {
    /** Only in the narrative after. */
    ADDED("added"),
    /** Only in the narrative before. */
    REMOVED("removed"),
    /** In both, with differences in {@link EntityChange#fields()}. */
    CHANGED("changed");

    private final String code;

    Type(String code) {
      this.code = code;
    }

    /** {@return the stable lower-case code, such as {@code added}, used in the JSON output} */
    public String code() {
      return code;
    }
  }

  private final ItemKind kind;
  private final Type type;
  private final String beforeId;
  private final String afterId;
  private final String matchedBy;
  private final String label;
  private final List<FieldChange> fields;

  EntityChange(ItemKind kind, Type type, String beforeId, String afterId, String matchedBy, String label,
      List<FieldChange> fields) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.type = Objects.requireNonNull(type, "type");
    this.beforeId = beforeId;
    this.afterId = afterId;
    this.matchedBy = matchedBy;
    this.label = Objects.requireNonNull(label, "label");
    this.fields = List.copyOf(fields);
  }

  /** {@return the kind of item} */
  public ItemKind kind() {
    return kind;
  }

  /** {@return whether it was added, removed or changed} */
  public Type type() {
    return type;
  }

  /** {@return the item's id: its id after, or before for a removed item} */
  public String id() {
    return afterId != null ? afterId : beforeId;
  }

  /** {@return the id before; empty for an added item} */
  public Optional<String> beforeId() {
    return Optional.ofNullable(beforeId);
  }

  /** {@return the id after; empty for a removed item} */
  public Optional<String> afterId() {
    return Optional.ofNullable(afterId);
  }

  /**
   * {@return the external identifier (such as {@code wikidata:Q182867}) both sides share, when a
   * changed item was matched by it because its id differs; empty when matched by id}
   */
  public Optional<String> matchedBy() {
    return Optional.ofNullable(matchedBy);
  }

  /**
   * {@return what a reader knows the item by: the name of an era, sector, line, actor or event, the
   * statement of a claim, the title (else id) of a source, the label of a code; after, or before for a
   * removed item}
   */
  public String label() {
    return label;
  }

  /** {@return where a changed item differs, in the order of its attributes; empty when added or removed} */
  public List<FieldChange> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EntityChange that && kind == that.kind && type == that.type
        && Objects.equals(beforeId, that.beforeId) && Objects.equals(afterId, that.afterId)
        && Objects.equals(matchedBy, that.matchedBy) && label.equals(that.label) && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, type, beforeId, afterId, matchedBy, label, fields);
  }

  /** {@return the change in one line, such as {@code era sengun-era changed (1 field)}} */
  @Override
  public String toString() {
    String ids = beforeId != null && afterId != null && !beforeId.equals(afterId) ? beforeId + " -> " + afterId : id();
    return kind.code() + " " + ids + " " + type.code() + (fields.isEmpty() ? "" : " " + fields);
  }
}
