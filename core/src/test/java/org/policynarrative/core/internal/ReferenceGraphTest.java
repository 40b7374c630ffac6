package org.policynarrative.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link ReferenceGraph#cycles()}: examples of each shape, and a property test against a
 * brute-force reference (which node reaches which) on random small graphs.
 */
class ReferenceGraphTest {

  @Test
  void aChainHasNoCycle() {
    assertThat(graph(5, 1, 0, 2, 1, 3, 2, 4, 3).cycles()).isEmpty();
  }

  @Test
  void aCycleIsReportedOnceFromItsLowestNodeInEdgeOrder() {
    ReferenceGraph graph = graph(4, 3, 1, 1, 2, 2, 3, 0, 3);
    List<int[]> cycles = graph.cycles();
    assertThat(cycles).hasSize(1);
    assertThat(nodes(graph, cycles.get(0))).containsExactly(1, 2, 3);
    assertThat(cycles.get(0)).containsExactly(1, 2, 0); // the edges 1 -> 2, 2 -> 3, 3 -> 1
  }

  @Test
  void separateCyclesComeInTheOrderOfTheirFirstNode() {
    ReferenceGraph graph = graph(6, 5, 4, 4, 5, 0, 2, 2, 0, 1, 0);
    assertThat(graph.cycles()).extracting(cycle -> nodes(graph, cycle))
        .containsExactly(List.of(0, 2), List.of(4, 5));
  }

  @Test
  void anEdgeToItselfIsACycle() {
    ReferenceGraph graph = graph(2, 1, 1);
    assertThat(graph.cycles()).extracting(cycle -> nodes(graph, cycle)).containsExactly(List.of(1));
  }

  @Test
  void aComponentWithManyCyclesIsReportedOnceByAShortestCycle() {
    // 0 -> 1 -> 2 -> 3 -> 0 and the shortcut 1 -> 3; also 2 -> 1.
    ReferenceGraph graph = graph(4, 0, 1, 1, 2, 2, 3, 3, 0, 1, 3, 2, 1);
    assertThat(graph.cycles()).extracting(cycle -> nodes(graph, cycle)).containsExactly(List.of(0, 1, 3));
  }

  @Test
  void aChainOfAMillionDoesNotOverflowTheStack() {
    int n = 1_000_000;
    ReferenceGraph graph = new ReferenceGraph(n);
    for (int v = 1; v < n; v++) {
      graph.addEdge(v, v - 1);
    }
    assertThat(graph.cycles()).isEmpty();
    graph.addEdge(0, n - 1);
    assertThat(graph.cycles()).singleElement().satisfies(cycle -> assertThat(cycle).hasSize(n));
  }

  @Test
  void edgesMustJoinNodesOfTheGraph() {
    ReferenceGraph graph = new ReferenceGraph(2);
    assertThatThrownBy(() -> graph.addEdge(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> graph.addEdge(-1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new ReferenceGraph(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new ReferenceGraph(0).cycles()).isEmpty();
  }

  /**
   * Every reported cycle is a closed path through distinct nodes of one component, starting at
   * its lowest node; a component is reported exactly when one of its nodes reaches itself.
   */
  @Property(tries = 1000)
  void cyclesAgreeWithReachability(@ForAll("edges") List<int[]> edges) {
    int n = 7;
    ReferenceGraph graph = new ReferenceGraph(n);
    edges.forEach(e -> graph.addEdge(e[0], e[1]));
    boolean[][] reaches = reachability(n, edges);

    List<int[]> cycles = graph.cycles();

    Set<Integer> reported = new HashSet<>();
    int previousStart = -1;
    for (int[] cycle : cycles) {
      List<Integer> path = nodes(graph, cycle);
      int start = path.get(0);
      assertThat(start).isGreaterThan(previousStart);
      previousStart = start;
      assertThat(new HashSet<>(path)).hasSize(path.size());
      for (int k = 0; k < cycle.length; k++) {
        assertThat(graph.from(cycle[k])).isEqualTo(path.get(k));
        assertThat(graph.to(cycle[k])).isEqualTo(path.get((k + 1) % path.size()));
      }
      for (int v = 0; v < n; v++) {
        boolean sameComponent = reaches[start][v] && reaches[v][start];
        if (sameComponent) {
          assertThat(v).as("the cycle starts at its component's lowest node").isGreaterThanOrEqualTo(start);
          assertThat(reported.add(v)).as("node %d in two reported cycles", v).isTrue();
        }
      }
    }
    for (int v = 0; v < n; v++) {
      assertThat(reported.contains(v)).as("node %d is on a cycle", v).isEqualTo(reaches[v][v]);
    }
  }

  @Provide
  Arbitrary<List<int[]>> edges() {
    Arbitrary<Integer> node = Arbitraries.integers().between(0, 6);
    return node.list().ofSize(2).map(pair -> new int[] {pair.get(0), pair.get(1)}).list().ofMaxSize(14);
  }

  /** reaches[u][v]: a path of at least one edge leads from u to v. */
  private static boolean[][] reachability(int n, List<int[]> edges) {
    boolean[][] reaches = new boolean[n][n];
    for (int[] e : edges) {
      reaches[e[0]][e[1]] = true;
    }
    for (int k = 0; k < n; k++) {
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          reaches[u][v] |= reaches[u][k] && reaches[k][v];
        }
      }
    }
    return reaches;
  }

  private static ReferenceGraph graph(int nodes, int... edges) {
    ReferenceGraph graph = new ReferenceGraph(nodes);
    for (int i = 0; i < edges.length; i += 2) {
      graph.addEdge(edges[i], edges[i + 1]);
    }
    return graph;
  }

  private static List<Integer> nodes(ReferenceGraph graph, int[] cycle) {
    List<Integer> nodes = new ArrayList<>();
    for (int edge : cycle) {
      nodes.add(graph.from(edge));
    }
    return nodes;
  }
}
