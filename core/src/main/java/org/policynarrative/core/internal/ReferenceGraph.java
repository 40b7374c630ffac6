package org.policynarrative.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A directed graph of references between the entities of one list (broader sectors, superseded
 * lines, ...), with nodes numbered {@code 0..n-1} and edges numbered in the order they are added.
 * {@link #cycles()} finds its cycles in one pass, in time linear in nodes plus edges however the
 * graph is shaped (chains, cycles, fan-in, fan-out), and without recursion, so a chain a million
 * deep does not overflow the stack. Not API.
 */
public final class ReferenceGraph {

  private final int nodes;
  private int[] from;
  private int[] to;
  private int edges;

  /** A graph of {@code nodes} nodes and no edges. */
  public ReferenceGraph(int nodes) {
    this(nodes, 16);
  }

  /** A graph of {@code nodes} nodes and no edges, with room for {@code expectedEdges} edges before it grows. */
  public ReferenceGraph(int nodes, int expectedEdges) {
    if (nodes < 0) {
      throw new IllegalArgumentException("nodes must not be negative, but was " + nodes);
    }
    this.nodes = nodes;
    this.from = new int[Math.max(1, expectedEdges)];
    this.to = new int[from.length];
  }

  /** Adds the edge {@code from -> to} and returns its number: 0 for the first edge added, and so on. */
  public int addEdge(int from, int to) {
    if (from < 0 || from >= nodes || to < 0 || to >= nodes) {
      throw new IndexOutOfBoundsException("edge " + from + " -> " + to + " in a graph of " + nodes + " nodes");
    }
    if (edges == this.from.length) {
      this.from = Arrays.copyOf(this.from, edges * 2);
      this.to = Arrays.copyOf(this.to, edges * 2);
    }
    this.from[edges] = from;
    this.to[edges] = to;
    return edges++;
  }

  /** The node edge {@code edge} starts at. */
  public int from(int edge) {
    return from[edge];
  }

  /** The node edge {@code edge} leads to. */
  public int to(int edge) {
    return to[edge];
  }

  /**
   * Every cycle, each reported once: one per strongly connected component that has a cycle (a
   * component may hold many cycles, which are never listed one by one: their number can grow
   * exponentially). A cycle is the edges along it, starting with an edge out of the component's
   * lowest-numbered node and ending with the edge back to it; it is a shortest cycle through that
   * node, first edges first. Cycles come in the order of their first node.
   */
  public List<int[]> cycles() {
    int[] firstEdge = new int[nodes + 1]; // out-edges of node v: adjacency[firstEdge[v] .. firstEdge[v + 1])
    for (int e = 0; e < edges; e++) {
      firstEdge[from[e] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      firstEdge[v + 1] += firstEdge[v];
    }
    int[] adjacency = new int[edges];
    int[] next = Arrays.copyOf(firstEdge, nodes); // where each node's next edge goes
    for (int e = 0; e < edges; e++) {
      adjacency[next[from[e]]++] = e; // in the order added
    }
    int[] component = components(firstEdge, adjacency, next);
    List<int[]> cycles = new ArrayList<>();
    boolean[] searched = null; // by component: its lowest node was searched from
    int[] via = null; // the edge a search reached each node by
    int[] queue = null;
    for (int v = 0; v < nodes; v++) {
      int c = component[v];
      if (c < 0 || searched != null && searched[c]) {
        continue;
      }
      if (searched == null) { // only a graph with a cycle needs these
        searched = new boolean[nodes];
        via = new int[nodes];
        queue = new int[nodes];
        Arrays.fill(via, -1);
      }
      searched[c] = true; // v is its component's lowest node
      cycles.add(shortestCycleThrough(v, component, firstEdge, adjacency, via, queue));
    }
    return cycles;
  }

  /**
   * Tarjan's strongly connected components, with an explicit stack instead of recursion: each
   * node's component number (any number unique to its component), or -1 for a node that is a
   * component of its own without an edge to itself, on no cycle. {@code next} holds each node's
   * first edge in {@code adjacency} after its last: it becomes the iterator over each node's edges.
   */
  private int[] components(int[] firstEdge, int[] adjacency, int[] next) {
    int[] order = new int[nodes]; // when each node was first reached, from 1; 0 = not yet
    // While a node is on the component stack, the lowest order it reaches; once its component is
    // complete, -2 - the component's number, or -1 for a node on no cycle.
    int[] low = new int[nodes];
    int[] stack = new int[nodes];
    int[] path = new int[nodes]; // the nodes being explored, as recursion would hold them
    int stackSize = 0;
    int reached = 0;
    for (int root = 0; root < nodes; root++) {
      if (order[root] != 0) {
        continue;
      }
      int depth = 0;
      path[depth++] = root;
      order[root] = low[root] = ++reached;
      next[root] = firstEdge[root];
      stack[stackSize++] = root;
      while (depth > 0) {
        int v = path[depth - 1];
        if (next[v] < firstEdge[v + 1]) {
          int w = to[adjacency[next[v]++]];
          if (order[w] == 0) {
            order[w] = low[w] = ++reached;
            next[w] = firstEdge[w];
            stack[stackSize++] = w;
            path[depth++] = w;
          } else if (low[w] > 0) { // on the stack: in v's component
            low[v] = Math.min(low[v], order[w]);
          }
          continue;
        }
        depth--;
        if (low[v] == order[v]) {
          if (stack[stackSize - 1] == v && !hasEdgeToItself(v, firstEdge, adjacency)) {
            stackSize--;
            low[v] = -1;
          } else {
            int w;
            do {
              w = stack[--stackSize];
              low[w] = -2 - v;
            } while (w != v);
          }
        } else if (depth > 0) {
          int parent = path[depth - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
      }
    }
    for (int v = 0; v < nodes; v++) {
      low[v] = low[v] == -1 ? -1 : -2 - low[v];
    }
    return low;
  }

  private boolean hasEdgeToItself(int v, int[] firstEdge, int[] adjacency) {
    for (int k = firstEdge[v]; k < firstEdge[v + 1]; k++) {
      if (to[adjacency[k]] == v) {
        return true;
      }
    }
    return false;
  }

  /**
   * A breadth-first search from {@code start} that stays inside its component, until an edge
   * leads back to {@code start}: linear in the component's size. The component has a cycle (it has
   * two nodes or more, or an edge from its one node to itself), so the search finds one.
   */
  private int[] shortestCycleThrough(int start, int[] component, int[] firstEdge, int[] adjacency, int[] via,
      int[] queue) {
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    int closing = -1;
    search:
    while (head < tail) {
      int v = queue[head++];
      for (int k = firstEdge[v]; k < firstEdge[v + 1]; k++) {
        int e = adjacency[k];
        int w = to[e];
        if (w == start) {
          closing = e;
          break search;
        }
        if (component[w] == component[start] && via[w] < 0) {
          via[w] = e;
          queue[tail++] = w;
        }
      }
    }
    int[] cycle = null;
    if (closing >= 0) {
      int length = 1;
      for (int v = from[closing]; v != start; v = from[via[v]]) {
        length++;
      }
      cycle = new int[length];
      cycle[length - 1] = closing;
      int k = length - 1;
      for (int v = from[closing]; v != start; v = from[via[v]]) {
        cycle[--k] = via[v];
      }
    }
    return cycle; // via is left as it is: each component is searched once
  }
}
