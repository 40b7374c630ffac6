package org.policynarrative.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs a removed item with an added item of the same kind whose content is nearly the same.
 *
 * <p>Linear, never quadratic: the added items are indexed by each of their kind's rename keys (the
 * whole content but the id, then the name, statement, quote, period, title or label; see
 * {@link ItemTypes}). A removed item is compared only with the candidates that share one of its
 * keys, and in each bucket of candidates with at most {@value #CANDIDATES_PER_KEY}: those after the
 * bucket's cursor, which moves past the candidates already taken (each is passed once). So a removed
 * item costs at most the number of keys times {@value #CANDIDATES_PER_KEY} comparisons, each linear
 * in the items' size, however many items share a name or a statement. The best candidate is taken
 * when at least {@value #THRESHOLD} of the attributes that either side sets are equal; an added item
 * is hinted at most once.
 */
final class RenameHints {

  static final int CANDIDATES_PER_KEY = 4;
  static final double THRESHOLD = 0.5;

  /** A hint with the positions of its two items in their lists. */
  record Found(RenameHint hint, int before, int after) {}

  /** The added items that share one key value, in order, and the first of them that may not be taken. */
  private static final class Bucket {
    private final List<Integer> items = new ArrayList<>(1);
    private int cursor;
  }

  private RenameHints() {}

  static <T> List<Found> of(Matching<T> m, IdTranslation ids) {
    List<Integer> removed = unmatched(m.partnerOfBefore);
    List<Integer> added = unmatched(m.partnerOfAfter);
    if (removed.isEmpty() || added.isEmpty()) {
      return List.of();
    }
    List<ItemType.RenameKey<T>> keys = m.type.renameKeys;
    List<Map<Object, Bucket>> indexes = new ArrayList<>(keys.size());
    for (ItemType.RenameKey<T> key : keys) {
      Map<Object, Bucket> index = new HashMap<>();
      for (int j : added) {
        Object value = key.key().apply(m.after.get(j));
        if (value != null) {
          index.computeIfAbsent(value, v -> new Bucket()).items.add(j);
        }
      }
      indexes.add(index);
    }
    boolean[] taken = new boolean[m.after.size()];
    List<Found> found = new ArrayList<>();
    for (int i : removed) {
      T item = m.before.get(i);
      int best = -1;
      double bestScore = -1;
      String bestReason = null;
      for (int k = 0; k < keys.size(); k++) {
        Object value = keys.get(k).key().apply(item);
        Bucket bucket = value == null ? null : indexes.get(k).get(value);
        if (bucket == null) {
          continue;
        }
        while (bucket.cursor < bucket.items.size() && taken[bucket.items.get(bucket.cursor)]) {
          bucket.cursor++;
        }
        int end = Math.min(bucket.items.size(), bucket.cursor + CANDIDATES_PER_KEY);
        for (int c = bucket.cursor; c < end; c++) {
          int j = bucket.items.get(c);
          if (taken[j]) {
            continue;
          }
          double score = m.type.fields.similarity(item, m.after.get(j), ids, m.type.idAttribute);
          if (score > bestScore) {
            best = j;
            bestScore = score;
            bestReason = keys.get(k).reason();
          }
        }
      }
      if (best != -1 && bestScore >= THRESHOLD) {
        taken[best] = true;
        Comparison c = new Comparison(ids);
        m.type.fields.compare("", item, m.after.get(best), c);
        List<FieldChange> fields = c.changes().stream()
            .filter(f -> !f.path().equals(m.type.idAttribute)).toList();
        found.add(new Found(new RenameHint(m.type.kind, m.beforeKeys[i], m.afterKeys[best], bestReason, bestScore,
            fields), i, best));
      }
    }
    return found;
  }

  private static List<Integer> unmatched(int[] partners) {
    List<Integer> unmatched = new ArrayList<>();
    for (int k = 0; k < partners.length; k++) {
      if (partners[k] == -1) {
        unmatched.add(k);
      }
    }
    return unmatched;
  }
}
