package org.policynarrative.testing.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.diff.DiffFormat;
import org.policynarrative.core.diff.EntityChange;
import org.policynarrative.core.diff.NarrativeDiff;
import org.policynarrative.testing.NarrativeArbitraries;

/**
 * The diff over generated narratives (every v2 feature included): empty for a narrative and itself,
 * non-empty exactly when the two differ, symmetric, and its JSON report valid against the schema.
 * Lives here because core's own tests cannot use the arbitraries of this module.
 */
class NarrativeDiffPropertyTest {

  @Property(tries = 200)
  void aNarrativeAndItselfHaveAnEmptyDiff(@ForAll("narratives") Narrative a) {
    // A copy, so that no item is the same instance on both sides.
    Narrative copy = Narrative.builder().from(a).claims(a.claims().stream()
        .map(c -> Claim.builder().from(c).build()).toList()).build();

    NarrativeDiff diff = NarrativeDiff.between(a, copy);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.drift().isEmpty()).isTrue();
  }

  @Property(tries = 200)
  void aChangedNarrativeHasANonEmptyDiff(@ForAll("narratives") Narrative a, @ForAll("edits") UnaryOperator<Narrative> edit) {
    Narrative b = edit.apply(a);

    NarrativeDiff diff = NarrativeDiff.between(a, b);

    assertThat(diff.isEmpty()).as("diff of %s", edit).isEqualTo(a.equals(b));
  }

  @Property(tries = 100)
  void twoNarrativesHaveAnEmptyDiffExactlyWhenEqual(@ForAll("narratives") Narrative a,
      @ForAll("narratives") Narrative b) {
    assertThat(NarrativeDiff.between(a, b).isEmpty()).isEqualTo(a.equals(b));
  }

  @Property(tries = 100)
  void whatIsAddedOneWayIsRemovedTheOther(@ForAll("narratives") Narrative a, @ForAll("edits") UnaryOperator<Narrative> edit) {
    Narrative b = edit.apply(a);

    List<String> added = ids(NarrativeDiff.between(a, b), EntityChange.Type.ADDED);
    List<String> removed = ids(NarrativeDiff.between(b, a), EntityChange.Type.REMOVED);

    assertThat(added).containsExactlyInAnyOrderElementsOf(removed);
  }

  @Property(tries = 100)
  void theJsonReportOfAnyDiffIsValid(@ForAll("narratives") Narrative a, @ForAll("edits") UnaryOperator<Narrative> edit,
      @ForAll("narratives") Narrative other) {
    assertThat(DiffReportsTest.schema().validate(DiffFormat.JSON.render(NarrativeDiff.between(a, edit.apply(a))),
        InputFormat.JSON)).isEmpty();
    assertThat(DiffReportsTest.schema().validate(DiffFormat.JSON.render(NarrativeDiff.between(a, other)),
        InputFormat.JSON)).isEmpty();
  }

  private static List<String> ids(NarrativeDiff diff, EntityChange.Type type) {
    return diff.changes().stream().filter(c -> c.type() == type).map(c -> c.kind() + " " + c.id()).toList();
  }

  @Provide
  Arbitrary<Narrative> narratives() {
    return NarrativeArbitraries.narratives();
  }

  /** One edit of the kinds rewrites make; some leave a narrative unchanged (an empty list stays empty). */
  @Provide
  Arbitrary<UnaryOperator<Narrative>> edits() {
    return Arbitraries.of(List.of(
        edit("retitle", n -> Narrative.builder().from(n).title(n.title() + "!").build()),
        edit("drop the first claim", n -> Narrative.builder().from(n).claims(tail(n.claims())).build()),
        edit("drop the last era", n -> Narrative.builder().from(n).eras(init(n.eras())).build()),
        edit("drop the first policy line", n -> Narrative.builder().from(n).policyLines(tail(n.policyLines())).build()),
        edit("drop the first actor", n -> Narrative.builder().from(n).actors(tail(n.actors())).build()),
        edit("drop the first code", n -> Narrative.builder().from(n).vocabulary(tail(n.vocabulary())).build()),
        edit("reverse the sectors", n -> Narrative.builder().from(n).sectors(reversed(n.sectors())).build()),
        edit("reverse the claims", n -> Narrative.builder().from(n).claims(reversed(n.claims())).build()),
        edit("rename the first era", n -> Narrative.builder().from(n).eras(first(n.eras(),
            e -> Era.builder().from(e).name(e.name() + " (renamed)").build())).build()),
        edit("move the first anchor", n -> Narrative.builder().from(n).claims(first(n.claims(), c -> Claim.builder()
            .from(c).anchor(moved(c.anchor())).build())).build()),
        edit("reverse a claim's references", n -> Narrative.builder().from(n).claims(first(n.claims(),
            c -> Claim.builder().from(c).about(reversed(c.about())).build())).build()),
        edit("re-id the first event", n -> Narrative.builder().from(n).events(first(n.events(),
            e -> org.policynarrative.core.Event.builder().from(e).id(e.id() + "-x").build())).build())));
  }

  private static Anchor moved(Anchor anchor) {
    int start = anchor.start().orElse(-1) + 1;
    return Anchor.builder().from(anchor).start(start).end(start + anchor.exact().codePointCount(0,
        anchor.exact().length())).build();
  }

  private static UnaryOperator<Narrative> edit(String name, UnaryOperator<Narrative> edit) {
    return new UnaryOperator<>() {
      @Override
      public Narrative apply(Narrative n) {
        return edit.apply(n);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  private static <T> List<T> tail(List<T> list) {
    return list.isEmpty() ? list : list.subList(1, list.size());
  }

  private static <T> List<T> init(List<T> list) {
    return list.isEmpty() ? list : list.subList(0, list.size() - 1);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private static <T> List<T> first(List<T> list, UnaryOperator<T> change) {
    if (list.isEmpty()) {
      return list;
    }
    List<T> copy = new ArrayList<>(list);
    copy.set(0, change.apply(copy.get(0)));
    return copy;
  }
}
