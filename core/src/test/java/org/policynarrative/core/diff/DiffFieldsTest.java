package org.policynarrative.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Actor;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;

/**
 * The diff walks every attribute of every model type under the model's own name: each attribute
 * table of {@link ItemTypes} lists exactly the type's accessors (its public, non-static methods
 * without parameters, less the derived ones), so an attribute added to the model and not to the
 * diff fails here instead of going unseen.
 */
class DiffFieldsTest {

  /** Derived values, computed from attributes the table has. */
  private static final Set<String> DERIVED =
      Set.of("Claim.verdict", "Claim.anchors", "Claim.isDraft", "Claim.statementOrQuote");

  static Stream<Arguments> tables() {
    List<String> narrative = new ArrayList<>(ItemTypes.NARRATIVE.names());
    Arrays.stream(ItemKind.values()).map(ItemKind::attribute).forEach(narrative::add);
    return Stream.of(
        Arguments.of(Narrative.class, narrative),
        Arguments.of(Source.class, ItemTypes.SOURCE_FIELDS.names()),
        Arguments.of(Era.class, ItemTypes.ERA_FIELDS.names()),
        Arguments.of(Sector.class, ItemTypes.SECTOR_FIELDS.names()),
        Arguments.of(PolicyLine.class, ItemTypes.LINE_FIELDS.names()),
        Arguments.of(SectorPriority.class, ItemTypes.PRIORITY_FIELDS.names()),
        Arguments.of(Claim.class, ItemTypes.CLAIM_FIELDS.names()),
        Arguments.of(Anchor.class, AnchorShape.FIELDS.names()),
        Arguments.of(Figure.class, ItemTypes.FIGURE_FIELDS.names()),
        Arguments.of(Assessment.class, ItemTypes.ASSESSMENT_FIELDS.names()),
        Arguments.of(Actor.class, ItemTypes.ACTOR_FIELDS.names()),
        Arguments.of(Event.class, ItemTypes.EVENT_FIELDS.names()),
        Arguments.of(CodeDefinition.class, ItemTypes.CODE_FIELDS.names()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void everyAttributeIsWalkedUnderItsOwnName(Class<?> type, List<String> walked) {
    List<String> accessors = Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0 && !m.isSynthetic())
        .map(Method::getName)
        .filter(name -> !Set.of("toString", "hashCode").contains(name))
        .filter(name -> !DERIVED.contains(type.getSimpleName() + "." + name))
        .toList();

    assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(accessors);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void theNarrativesListsAreTheItemKinds(Class<?> type, List<String> walked) throws NoSuchMethodException {
    if (type != Narrative.class) {
      return;
    }
    for (ItemKind kind : ItemKind.values()) {
      assertThat(Narrative.class.getMethod(kind.attribute()).getReturnType()).isEqualTo(List.class);
    }
  }
}
