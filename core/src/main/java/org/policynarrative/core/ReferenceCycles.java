package org.policynarrative.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.policynarrative.core.internal.ReferenceGraph;

/**
 * The cycles that references between the entities of one list make (a sector's broader sector, a
 * line's superseded line, ...), for {@link NarrativeValidator}: each cycle found once, in one pass
 * per kind of reference ({@link ReferenceGraph}). Walking the references again from every entity
 * made a chain of n entities cost n²/2 steps (9.5 s for 16,000 sectors and 16,000 lines). It
 * also resolves the references, for the validator's unknown-reference check. A new kind of
 * reference between entities of one kind needs only one more function passed to {@link #find}.
 */
final class ReferenceCycles {

  /** Ids a cycle's description lists before it shortens the rest to a count. */
  private static final int LISTED = 10;

  private ReferenceCycles() {}

  /**
   * One cycle: reported at the entity {@code entity} (an index into the list), the first entity of
   * the cycle in list order, whose reference number {@code reference} starts it.
   */
  record Cycle(int entity, int reference, List<String> ids) {

    /**
     * The ids along the cycle and back to the first, such as {@code a -> b -> a}; a cycle of more
     * than {@value ReferenceCycles#LISTED} ids lists the first ten and counts the others.
     */
    String describe() {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < Math.min(ids.size(), LISTED); k++) {
        text.append(ids.get(k)).append(" -> ");
      }
      if (ids.size() > LISTED) {
        text.append("... ").append(ids.size() - LISTED).append(" more -> ");
      }
      return text.append(ids.get(0)).toString();
    }
  }

  /**
   * One kind of reference among the entities: what each entity refers to, whether each reference
   * resolves, and the cycles, each reported at one entity.
   */
  static final class References {
    private final List<List<String>> references;
    private final int[] start; // the targets of entity i: targets[start[i] .. start[i + 1])
    private final int[] targets; // the position of the entity each reference leads to, or -1
    private Cycle[] cycles; // by the entity each is reported at; null when there are none

    private References(List<List<String>> references, int[] start, int[] targets) {
      this.references = references;
      this.start = start;
      this.targets = targets;
    }

    /** The ids entity {@code entity} refers to. */
    List<String> of(int entity) {
      return references.get(entity);
    }

    /** True when reference {@code reference} of entity {@code entity} leads to an entity of the list. */
    boolean resolves(int entity, int reference) {
      return targets[start[entity] + reference] >= 0;
    }

    /** The cycle reported at entity {@code entity}, or null. */
    Cycle cycleAt(int entity) {
      return cycles == null ? null : cycles[entity];
    }
  }

  /**
   * Each kind of reference among {@code entities}, whose ids {@code id} gives: one
   * {@link References} per function in {@code kinds}, in order. A reference leads to the first
   * entity with that id, as the narrative's indexes resolve it; cycles follow only the references
   * of an id's first entity, and no reference that resolves to nothing. Each entity is read once,
   * for its id and every kind of reference, and each reference is looked up once, for the graph
   * and the validator's unknown-reference check alike: on a large narrative each read and lookup
   * is a cache miss, and a pass per kind plus the validator's own lookups took a fifth longer on a
   * chain of 100,000 sectors and 100,000 lines.
   */
  static <T> List<References> find(List<T> entities, Function<T, String> id,
      List<Function<T, List<String>>> kinds) {
    int n = entities.size();
    String[] ids = new String[n];
    List<List<List<String>>> references = new ArrayList<>(kinds.size());
    List<int[]> starts = new ArrayList<>(kinds.size());
    for (int k = 0; k < kinds.size(); k++) {
      references.add(new ArrayList<>(n));
      starts.add(new int[n + 1]);
    }
    for (int i = 0; i < n; i++) {
      T entity = entities.get(i);
      ids[i] = id.apply(entity);
      for (int k = 0; k < kinds.size(); k++) {
        List<String> refs = kinds.get(k).apply(entity);
        references.get(k).add(refs);
        starts.get(k)[i + 1] = starts.get(k)[i] + refs.size();
      }
    }
    Positions positions = null;
    List<References> found = new ArrayList<>(kinds.size());
    for (int k = 0; k < kinds.size(); k++) {
      int[] start = starts.get(k);
      int[] targets = new int[start[n]];
      if (targets.length > 0 && positions == null) {
        positions = new Positions(ids);
      }
      for (int i = 0; i < n; i++) {
        List<String> refs = references.get(k).get(i);
        for (int r = 0; r < refs.size(); r++) {
          targets[start[i] + r] = positions.of(refs.get(r));
        }
      }
      References kind = new References(references.get(k), start, targets);
      if (targets.length > 0) {
        kind.cycles = cycles(ids, positions, kind);
      }
      found.add(kind);
    }
    return found;
  }

  private static Cycle[] cycles(String[] ids, Positions positions, References kind) {
    ReferenceGraph graph = new ReferenceGraph(ids.length, kind.targets.length);
    int[] referenceOfEdge = new int[kind.targets.length];
    for (int i = 0; i < ids.length; i++) {
      if (kind.start[i] == kind.start[i + 1] || positions.repeats && positions.of(ids[i]) != i) {
        continue;
      }
      for (int t = kind.start[i]; t < kind.start[i + 1]; t++) {
        if (kind.targets[t] >= 0) {
          referenceOfEdge[graph.addEdge(i, kind.targets[t])] = t - kind.start[i];
        }
      }
    }
    List<int[]> found = graph.cycles();
    if (found.isEmpty()) {
      return null;
    }
    Cycle[] byEntity = new Cycle[ids.length];
    for (int[] edges : found) {
      List<String> path = new ArrayList<>(edges.length);
      for (int edge : edges) {
        path.add(ids[graph.from(edge)]);
      }
      int entity = graph.from(edges[0]);
      byEntity[entity] = new Cycle(entity, referenceOfEdge[edges[0]], path);
    }
    return byEntity;
  }

  /**
   * The position of each id's first entity: an open-addressing table of positions into the ids,
   * with no entry object per id and no boxed position, as a {@code HashMap<String, Integer>} has.
   */
  private static final class Positions {
    private final String[] ids;
    private final int[] table; // positions + 1; 0 = free
    private final int mask;
    private final int shift;
    final boolean repeats;

    Positions(String[] ids) {
      this.ids = ids;
      table = new int[Integer.highestOneBit(Math.max(1, ids.length) * 2 - 1) << 1]; // at most half full
      mask = table.length - 1;
      shift = Integer.numberOfLeadingZeros(mask);
      boolean repeated = false;
      for (int i = 0; i < ids.length; i++) {
        int slot = slot(ids[i]);
        if (table[slot] == 0) {
          table[slot] = i + 1;
        } else {
          repeated = true; // the id is already there: the first entity keeps it
        }
      }
      repeats = repeated;
    }

    /** The position of the first entity with id {@code id}, or -1. */
    int of(String id) {
      return table[slot(id)] - 1;
    }

    /** The slot that holds {@code id}, or the free slot where it would go. */
    private int slot(String id) {
      int slot = (id.hashCode() * 0x9E3779B9) >>> shift; // Fibonacci hashing: the product's top bits
      while (table[slot] != 0 && !ids[table[slot] - 1].equals(id)) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }
  }
}
