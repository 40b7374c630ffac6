package org.policynarrative.core.diff;

import java.util.List;
import java.util.Objects;

/**
 * Items of one kind that both narratives hold but list in another order. Reported apart from
 * content changes: a reordered item with no other difference is not a {@link EntityChange}.
 */
public final class Reordering {

  private final ItemKind kind;
  private final List<String> moved;
  private final int common;

  Reordering(ItemKind kind, List<String> moved, int common) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.moved = List.copyOf(moved);
    this.common = common;
  }

  /** {@return the kind of item reordered} */
  public ItemKind kind() {
    return kind;
  }

  /**
   * {@return the ids (after) of the fewest items that, taken out and put back, restore the order
   * before: every other common item keeps its relative order; in the order after}
   */
  public List<String> moved() {
    return moved;
  }

  /** {@return how many items of this kind both narratives hold} */
  public int common() {
    return common;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reordering that && kind == that.kind && moved.equals(that.moved) && common == that.common;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, moved, common);
  }

  /** {@return the reordering in one line} */
  @Override
  public String toString() {
    return kind.attribute() + " reordered: " + moved.size() + " of " + common + " moved " + moved;
  }
}
