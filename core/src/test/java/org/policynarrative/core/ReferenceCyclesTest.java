package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link ReferenceCycles} maps entities and references onto a graph, and describes a cycle. */
class ReferenceCyclesTest {

  private record Node(String id, List<String> refs) {}

  private static ReferenceCycles.References cycles(Node... nodes) {
    return cycles(List.of(nodes));
  }

  private static ReferenceCycles.References cycles(List<Node> nodes) {
    return ReferenceCycles.find(nodes, Node::id, List.of(Node::refs)).get(0);
  }

  /** The entities a cycle is reported at. */
  private static List<Integer> reported(ReferenceCycles.References cycles, int size) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (cycles.cycleAt(i) != null) {
        at.add(i);
      }
    }
    return at;
  }

  @Test
  void aCycleIsKeyedByItsFirstEntityAndTheReferenceThatStartsIt() {
    ReferenceCycles.References cycles = cycles(new Node("x", List.of()),
        new Node("a", List.of("x", "b")), new Node("b", List.of("a")));
    assertThat(reported(cycles, 3)).containsExactly(1);
    assertThat(cycles.cycleAt(1).reference()).isEqualTo(1);
    assertThat(cycles.cycleAt(1).describe()).isEqualTo("a -> b -> a");
  }

  @Test
  void referencesResolveToTheFirstEntityWithTheId() {
    // The second "a" is a duplicate: its reference is not followed, and no cycle runs through it.
    ReferenceCycles.References cycles = cycles(new Node("a", List.of("b")),
        new Node("b", List.of()), new Node("a", List.of("a")), new Node("c", List.of("d")));
    assertThat(reported(cycles, 4)).isEmpty();
    assertThat(cycles.resolves(2, 0)).as("the duplicate's own reference still resolves").isTrue();
    assertThat(cycles.resolves(3, 0)).isFalse();
  }

  @Test
  void referencesToNothingAreNotFollowed() {
    ReferenceCycles.References references = cycles(new Node("a", List.of("missing")), new Node("b", List.of("a")));
    assertThat(reported(references, 2)).isEmpty();
    assertThat(references.resolves(0, 0)).isFalse();
    assertThat(references.resolves(1, 0)).isTrue();
    assertThat(references.of(0)).containsExactly("missing");
  }

  @Test
  void aLongCycleListsTenIdsAndCountsTheRest() {
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      nodes.add(new Node("s" + i, List.of("s" + (i + 1) % 25)));
    }
    ReferenceCycles.References cycles = cycles(nodes);
    assertThat(reported(cycles, 25)).containsExactly(0);
    assertThat(cycles.cycleAt(0).describe())
        .isEqualTo("s0 -> s1 -> s2 -> s3 -> s4 -> s5 -> s6 -> s7 -> s8 -> s9 -> ... 15 more -> s0");
    assertThat(cycles.cycleAt(0).ids()).hasSize(25);
  }

  @Test
  void aCycleOfTenIsListedWhole() {
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      nodes.add(new Node("s" + i, List.of("s" + (i + 1) % 10)));
    }
    assertThat(cycles(nodes).cycleAt(0).describe())
        .isEqualTo("s0 -> s1 -> s2 -> s3 -> s4 -> s5 -> s6 -> s7 -> s8 -> s9 -> s0");
  }
}
