package org.policynarrative.core.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policynarrative.core.Narrative;

/**
 * The items of one kind on both sides, matched: first by id, then, among those left on both sides,
 * by a shared external identifier (the first identifier of an item before that an unmatched item
 * after also lists). A hash map per side, so linear in the number of items. An id that repeats
 * (an invalid narrative) is told apart as {@code id#2}, {@code id#3} and matched in order.
 *
 * @param <T> the model type
 */
final class Matching<T> {

  final ItemType<T> type;
  final List<T> before;
  final List<T> after;
  /** The id of each item, {@code #n} added to a repeated one. */
  final String[] beforeKeys;
  final String[] afterKeys;
  /** The index of each item's partner on the other side, or -1. */
  final int[] partnerOfBefore;
  final int[] partnerOfAfter;
  /** For an item after matched by identifier: the identifier; else null. */
  final String[] matchedBy;
  /** The positions after of the matched items that are not equal to their partner, once {@link #changes} ran. */
  private int[] unequal = new int[0];
  private int unequalCount;

  private Matching(ItemType<T> type, List<T> before, List<T> after) {
    this.type = type;
    this.before = before;
    this.after = after;
    this.beforeKeys = new String[before.size()];
    this.afterKeys = new String[after.size()];
    this.partnerOfBefore = new int[before.size()];
    this.partnerOfAfter = new int[after.size()];
    this.matchedBy = new String[after.size()];
    Arrays.fill(partnerOfBefore, -1);
    Arrays.fill(partnerOfAfter, -1);
  }

  /** Matches the items of {@code type}; a match by identifier goes into {@code ids}. */
  static <T> Matching<T> of(ItemType<T> type, Narrative a, Narrative b, IdTranslation ids) {
    Matching<T> m = new Matching<>(type, type.items.apply(a), type.items.apply(b));
    m.matchById();
    m.matchByIdentifier(ids);
    return m;
  }

  private void matchById() {
    Map<String, Integer> afterIndex = new HashMap<>(after.size() * 4 / 3 + 1);
    Map<String, Integer> repeats = new HashMap<>();
    for (int j = 0; j < after.size(); j++) {
      String id = type.id.apply(after.get(j));
      if (afterIndex.putIfAbsent(id, j) != null) {
        id = id + "#" + repeats.merge(id, 2, (n, one) -> n + 1);
        afterIndex.put(id, j);
      }
      afterKeys[j] = id;
    }
    repeats.clear();
    for (int i = 0; i < before.size(); i++) {
      String id = type.id.apply(before.get(i));
      Integer j = afterIndex.get(id);
      if (j != null && partnerOfAfter[j] != -1) {
        // The same id again before: the n-th occurrence pairs with the n-th after.
        id = id + "#" + repeats.merge(id, 2, (n, one) -> n + 1);
        j = afterIndex.get(id);
      }
      beforeKeys[i] = id;
      if (j != null) {
        partnerOfBefore[i] = j;
        partnerOfAfter[j] = i;
      }
    }
  }

  private void matchByIdentifier(IdTranslation ids) {
    Map<String, Integer> byIdentifier = new HashMap<>();
    for (int j = 0; j < after.size(); j++) {
      if (partnerOfAfter[j] == -1) {
        for (String identifier : type.identifiers.apply(after.get(j))) {
          byIdentifier.putIfAbsent(identifier, j);
        }
      }
    }
    if (byIdentifier.isEmpty()) {
      return;
    }
    for (int i = 0; i < before.size(); i++) {
      if (partnerOfBefore[i] != -1) {
        continue;
      }
      for (String identifier : type.identifiers.apply(before.get(i))) {
        Integer j = byIdentifier.get(identifier);
        if (j != null && partnerOfAfter[j] == -1) {
          partnerOfBefore[i] = j;
          partnerOfAfter[j] = i;
          matchedBy[j] = identifier;
          ids.put(type.kind, type.id.apply(before.get(i)), type.id.apply(after.get(j)));
          break;
        }
      }
    }
  }

  /** Adds the removed items (in the order before), then the added and changed ones (in the order after). */
  void changes(IdTranslation ids, List<EntityChange> out) {
    for (int i = 0; i < before.size(); i++) {
      if (partnerOfBefore[i] == -1) {
        out.add(removed(i));
      }
    }
    for (int j = 0; j < after.size(); j++) {
      if (partnerOfAfter[j] == -1) {
        out.add(added(j));
      }
    }
    for (int j = 0; j < after.size(); j++) {
      int i = partnerOfAfter[j];
      if (i == -1) {
        continue;
      }
      T b = before.get(i);
      T a = after.get(j);
      if (b.equals(a)) {
        continue;   // the common case, and cheap: no walk at all
      }
      if (unequalCount == unequal.length) {
        unequal = Arrays.copyOf(unequal, Math.max(16, unequalCount * 2));
      }
      unequal[unequalCount++] = j;
      Comparison c = new Comparison(ids);
      type.fields.compare("", b, a, c);
      if (!c.changes().isEmpty()) {
        out.add(new EntityChange(type.kind, EntityChange.Type.CHANGED, beforeKeys[i], afterKeys[j], matchedBy[j],
            type.label.apply(a), c.changes()));
      }
    }
  }

  /** The positions after of the matched items that differ from their partner, in order. */
  int[] unequal() {
    return Arrays.copyOf(unequal, unequalCount);
  }

  EntityChange removed(int i) {
    return new EntityChange(type.kind, EntityChange.Type.REMOVED, beforeKeys[i], null, null,
        type.label.apply(before.get(i)), List.of());
  }

  EntityChange added(int j) {
    return new EntityChange(type.kind, EntityChange.Type.ADDED, null, afterKeys[j], null,
        type.label.apply(after.get(j)), List.of());
  }

  /**
   * The common items out of their relative order: those not on a longest increasing run of
   * positions before, taken in the order after (O(n log n) by patience sorting).
   */
  Optional<Reordering> reordering() {
    int[] positions = new int[after.size()];
    int[] indexAfter = new int[after.size()];
    int n = 0;
    boolean increasing = true;
    for (int j = 0; j < after.size(); j++) {
      int i = partnerOfAfter[j];
      if (i != -1) {
        increasing &= n == 0 || positions[n - 1] < i;
        positions[n] = i;
        indexAfter[n++] = j;
      }
    }
    if (increasing) {
      return Optional.empty();
    }
    boolean[] kept = LongestIncreasingRun.of(positions, n);
    List<String> moved = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (!kept[k]) {
        moved.add(afterKeys[indexAfter[k]]);
      }
    }
    return Optional.of(new Reordering(type.kind, moved, n));
  }
}
