package org.policynarrative.core.diff;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids of items matched by a shared external identifier, before to after, so that a reference
 * before ({@code eras: [post-war]}) compares equal to the same reference after
 * ({@code eras: [reconstruction]}). Empty, and free, when every match is by id.
 */
final class IdTranslation {

  private final Map<ItemKind, Map<String, String>> afterIds = new EnumMap<>(ItemKind.class);
  private final Map<ItemKind, Map<String, String>> beforeIds = new EnumMap<>(ItemKind.class);

  void put(ItemKind kind, String beforeId, String afterId) {
    afterIds.computeIfAbsent(kind, k -> new HashMap<>()).put(beforeId, afterId);
    beforeIds.computeIfAbsent(kind, k -> new HashMap<>()).put(afterId, beforeId);
  }

  /** True when no item was matched by identifier: every id stands for itself. */
  boolean isIdentity() {
    return afterIds.isEmpty();
  }

  /** The id after of the item with {@code beforeId}: itself unless it was matched by identifier. */
  String afterId(ItemKind kind, String beforeId) {
    Map<String, String> ids = afterIds.get(kind);
    return ids == null ? beforeId : ids.getOrDefault(beforeId, beforeId);
  }

  /** The id before of the item with {@code afterId}: itself unless it was matched by identifier. */
  String beforeId(ItemKind kind, String afterId) {
    Map<String, String> ids = beforeIds.get(kind);
    return ids == null ? afterId : ids.getOrDefault(afterId, afterId);
  }
}
