package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policynarrative.core.Sector;

/**
 * Where each sector is written: nested under its broader sector, or at the top level (a root, a
 * sector on a cycle of broader links, one whose broader sector is missing, or one nested deeper
 * than {@link #MAX_DEPTH}, which then names its broader sector in a field).
 *
 * @param roots the sectors written at the top level, in data-set order
 * @param children each sector's nested sectors, in data-set order
 * @param nested whether each sector is written nested under its broader sector
 * @param positions whether the written order differs from the data-set order, so that each sector
 *     needs its Position
 */
record SectorLayout(List<Integer> roots, Map<Integer, List<Integer>> children, boolean[] nested, boolean positions) {

  /** Sectors nested deeper than this are written at the top level with an explicit Broader field. */
  static final int MAX_DEPTH = 16;

  static SectorLayout of(List<Sector> sectors) {
    Map<String, Integer> index = Layout.firstIndex(sectors.stream().map(Sector::id).toList());
    int n = sectors.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      Integer p = sectors.get(i).broader().map(index::get).orElse(null);
      parent[i] = p == null || p == i ? -1 : p;
    }
    boolean[] cyclic = cyclic(parent);
    int[] depth = new int[n];
    Arrays.fill(depth, -1);
    for (int i = 0; i < n; i++) {
      List<Integer> walk = new ArrayList<>();
      int current = i;
      while (depth[current] < 0 && parent[current] >= 0 && !cyclic[current]) {
        walk.add(current);
        current = parent[current];
      }
      if (depth[current] < 0) {
        depth[current] = 0;
      }
      int d = depth[current];
      for (int k = walk.size() - 1; k >= 0; k--) {
        d = d + 1 > MAX_DEPTH ? 0 : d + 1;
        depth[walk.get(k)] = d;
      }
    }
    List<Integer> roots = new ArrayList<>();
    Map<Integer, List<Integer>> children = new HashMap<>();
    boolean[] nested = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (depth[i] > 0) {
        nested[i] = true;
        children.computeIfAbsent(parent[i], k -> new ArrayList<>()).add(i);
      } else {
        roots.add(i);
      }
    }
    return new SectorLayout(roots, children, nested, !Layout.isIdentity(appearance(roots, children)));
  }

  /** A sector on a cycle of broader links has no root above it: it is written at the top level. */
  private static boolean[] cyclic(int[] parent) {
    int n = parent.length;
    boolean[] cyclic = new boolean[n];
    int[] state = new int[n]; // 0 unvisited, 1 on the current walk, 2 done
    for (int i = 0; i < n; i++) {
      List<Integer> walk = new ArrayList<>();
      int current = i;
      while (current >= 0 && state[current] == 0) {
        state[current] = 1;
        walk.add(current);
        current = parent[current];
      }
      if (current >= 0 && state[current] == 1) {
        for (int k = walk.indexOf(current); k < walk.size(); k++) {
          cyclic[walk.get(k)] = true;
        }
      }
      for (int node : walk) {
        state[node] = 2;
      }
    }
    return cyclic;
  }

  /** The sectors in the order they are written: depth first, each sector before its children. */
  private static List<Integer> appearance(List<Integer> roots, Map<Integer, List<Integer>> children) {
    List<Integer> appearance = new ArrayList<>();
    List<Integer> stack = new ArrayList<>();
    for (int k = roots.size() - 1; k >= 0; k--) {
      stack.add(roots.get(k));
    }
    while (!stack.isEmpty()) {
      int node = stack.remove(stack.size() - 1);
      appearance.add(node);
      List<Integer> nestedHere = children.getOrDefault(node, List.of());
      for (int k = nestedHere.size() - 1; k >= 0; k--) {
        stack.add(nestedHere.get(k));
      }
    }
    return appearance;
  }

  /** The sectors nested under sector {@code index}. */
  List<Integer> childrenOf(int index) {
    return children.getOrDefault(index, List.of());
  }
}
