package org.policynarrative.core.diff;

import java.util.List;
import java.util.Objects;

/**
 * A removed item and an added item of the same kind whose content is nearly the same: possibly one
 * item under a new id. Only a hint: both stay in {@link NarrativeDiff#changes()} as removed and
 * added, never merged.
 */
public final class RenameHint {

  private final ItemKind kind;
  private final String beforeId;
  private final String afterId;
  private final String reason;
  private final double similarity;
  private final List<FieldChange> fields;

  RenameHint(ItemKind kind, String beforeId, String afterId, String reason, double similarity,
      List<FieldChange> fields) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.beforeId = Objects.requireNonNull(beforeId, "beforeId");
    this.afterId = Objects.requireNonNull(afterId, "afterId");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.similarity = similarity;
    this.fields = List.copyOf(fields);
  }

  /** {@return the kind of both items} */
  public ItemKind kind() {
    return kind;
  }

  /** {@return the id of the removed item} */
  public String beforeId() {
    return beforeId;
  }

  /** {@return the id of the added item} */
  public String afterId() {
    return afterId;
  }

  /**
   * {@return what made the pair a candidate: {@code same content} (all but the id),
   * {@code same name}, {@code same statement}, {@code same quote} or {@code same label}}
   */
  public String reason() {
    return reason;
  }

  /**
   * {@return the share of the item's attributes (the id left out) that are equal on both sides,
   * from 0.5 to 1.0}
   */
  public double similarity() {
    return similarity;
  }

  /** {@return how the two differ, the id left out; empty when they differ in the id alone} */
  public List<FieldChange> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RenameHint that && kind == that.kind && beforeId.equals(that.beforeId)
        && afterId.equals(that.afterId) && reason.equals(that.reason)
        && Double.compare(similarity, that.similarity) == 0 && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, beforeId, afterId, reason, similarity, fields);
  }

  /** {@return the hint in one line} */
  @Override
  public String toString() {
    return kind.code() + " " + beforeId + " -> " + afterId + "? (" + reason + ", " + Math.round(similarity * 100)
        + "% alike)";
  }
}
