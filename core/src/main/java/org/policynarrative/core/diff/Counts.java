package org.policynarrative.core.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many items were added, removed and changed, in all and per kind: the reports' summary lines. */
final class Counts {

  final int added;
  final int removed;
  final int changed;
  private final Map<ItemKind, int[]> byKind = new EnumMap<>(ItemKind.class);

  Counts(NarrativeDiff diff) {
    int a = 0;
    int r = 0;
    int c = 0;
    for (EntityChange change : diff.changes()) {
      int[] counts = byKind.computeIfAbsent(change.kind(), k -> new int[3]);
      counts[change.type().ordinal()]++;
      switch (change.type()) {
        case ADDED -> a++;
        case REMOVED -> r++;
        case CHANGED -> c++;
      }
    }
    this.added = a;
    this.removed = r;
    this.changed = c;
  }

  /** {@code 1 changed, 2 removed, 1 added} for one kind, or for all when {@code kind} is null; parts that are 0 left out. */
  String describe(ItemKind kind) {
    int[] counts = kind == null ? new int[] {added, removed, changed} : byKind.getOrDefault(kind, new int[3]);
    List<String> parts = new ArrayList<>();
    if (counts[EntityChange.Type.CHANGED.ordinal()] > 0) {
      parts.add(counts[EntityChange.Type.CHANGED.ordinal()] + " changed");
    }
    if (counts[EntityChange.Type.REMOVED.ordinal()] > 0) {
      parts.add(counts[EntityChange.Type.REMOVED.ordinal()] + " removed");
    }
    if (counts[EntityChange.Type.ADDED.ordinal()] > 0) {
      parts.add(counts[EntityChange.Type.ADDED.ordinal()] + " added");
    }
    return parts.isEmpty() ? "no item changed" : String.join(", ", parts);
  }

  /** The heading of a kind in the reports: {@code policy lines}. */
  static String title(ItemKind kind) {
    return switch (kind) {
      case SOURCE -> "sources";
      case ERA -> "eras";
      case SECTOR -> "sectors";
      case POLICY_LINE -> "policy lines";
      case CLAIM -> "claims";
      case ACTOR -> "actors";
      case EVENT -> "events";
      case CODE -> "vocabulary";
    };
  }
}
