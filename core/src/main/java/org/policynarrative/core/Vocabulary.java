package org.policynarrative.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The codes a narrative may use in each open vocabulary ({@link CodeScheme}): the built-in ones and
 * those it declares in {@link Narrative#vocabulary()}. Answers what a code means, whether it is
 * known, and which built-in code it narrows, so that a query can count a narrative's own claim kind
 * {@code ownership-change} under the built-in {@link ClaimKind#POLICY_ADOPTION} it narrows.
 *
 * <pre>{@code
 * Vocabulary vocabulary = Vocabulary.of(narrative);
 * Map<ClaimKind, List<Claim>> byKind = vocabulary.claimsByKind(true); // custom kinds rolled up
 * }</pre>
 */
public final class Vocabulary {

  private final Narrative narrative;
  private final Map<CodeScheme, Map<String, CodeDefinition>> declared = new EnumMap<>(CodeScheme.class);

  private Vocabulary(Narrative narrative) {
    this.narrative = narrative;
    for (CodeScheme scheme : CodeScheme.values()) {
      declared.put(scheme, new LinkedHashMap<>());
    }
    for (CodeDefinition definition : narrative.vocabulary()) {
      declared.get(definition.scheme()).putIfAbsent(definition.code(), definition); // first wins, as for ids
    }
  }

  /**
   * {@return the vocabulary of a narrative}
   *
   * @param narrative the narrative whose declared codes join the built-in ones
   */
  public static Vocabulary of(Narrative narrative) {
    return new Vocabulary(narrative);
  }

  /**
   * {@return true when the code is built in or declared by the narrative}
   *
   * @param scheme the vocabulary
   * @param code the code
   */
  public boolean isKnown(CodeScheme scheme, String code) {
    return isBuiltIn(scheme, code) || declared.get(scheme).containsKey(code);
  }

  /**
   * {@return the narrative's declaration of a code}
   *
   * @param scheme the vocabulary
   * @param code the code
   */
  public Optional<CodeDefinition> declaration(CodeScheme scheme, String code) {
    return Optional.ofNullable(declared.get(scheme).get(code));
  }

  /**
   * {@return every code the narrative may use in a vocabulary, as definitions: the built-in ones
   * first, in their documented order, then the declared ones in the narrative's order}
   *
   * @param scheme the vocabulary
   */
  public List<CodeDefinition> codes(CodeScheme scheme) {
    List<CodeDefinition> all = new ArrayList<>();
    for (VocabularyCode code : scheme.builtIns()) {
      all.add(CodeDefinition.builder().scheme(scheme).code(code.code()).label(code.builtInLabel().orElseThrow())
          .definition(code.builtInDefinition()).build());
    }
    all.addAll(declared.get(scheme).values());
    return List.copyOf(all);
  }

  /**
   * {@return the built-in code that a code narrows, following {@link CodeDefinition#broader()} as far
   * as it goes: the code itself when built in; empty when the chain ends at a declared code that
   * narrows nothing, at an unknown code or in a cycle}
   *
   * @param scheme the vocabulary
   * @param code the code
   */
  public Optional<String> builtInAncestor(CodeScheme scheme, String code) {
    Set<String> seen = new HashSet<>();
    String current = code;
    while (seen.add(current)) {
      if (isBuiltIn(scheme, current)) {
        return Optional.of(current);
      }
      CodeDefinition definition = declared.get(scheme).get(current);
      if (definition == null || definition.broader().isEmpty()) {
        return Optional.empty();
      }
      current = definition.broader().get();
    }
    return Optional.empty();
  }

  /**
   * {@return the built-in kind a claim kind narrows, or the kind itself when it narrows none}
   *
   * @param kind a built-in or declared claim kind
   */
  public ClaimKind rollUp(ClaimKind kind) {
    return builtInAncestor(CodeScheme.CLAIM_KIND, kind.code()).map(ClaimKind::fromCode).orElse(kind);
  }

  /**
   * {@return the built-in mode a priority mode narrows, or the mode itself when it narrows none}
   *
   * @param mode a built-in or declared priority mode
   */
  public PriorityMode rollUp(PriorityMode mode) {
    return builtInAncestor(CodeScheme.PRIORITY_MODE, mode.code()).map(PriorityMode::fromCode).orElse(mode);
  }

  /**
   * {@return the built-in type a relation type narrows, or the type itself when it narrows none}
   *
   * @param type a built-in or declared relation type
   */
  public RelationType rollUp(RelationType type) {
    return builtInAncestor(CodeScheme.RELATION_TYPE, type.code()).map(RelationType::fromCode).orElse(type);
  }

  /**
   * {@return the narrative's claims grouped by kind, kinds in order of first appearance, claims in
   * data-set order; a draft claim without a kind yet is in no group}
   *
   * @param rollUp true to count a declared kind under the built-in kind it narrows
   */
  public Map<ClaimKind, List<Claim>> claimsByKind(boolean rollUp) {
    Function<ClaimKind, ClaimKind> key = rollUp ? this::rollUp : Function.identity();
    Map<ClaimKind, List<Claim>> groups = new LinkedHashMap<>();
    Map<ClaimKind, ClaimKind> keys = new HashMap<>(); // one roll-up per distinct kind, not per claim
    for (Claim claim : narrative.claims()) {
      if (claim.kind().isEmpty()) {
        continue; // a draft without a kind yet
      }
      groups.computeIfAbsent(keys.computeIfAbsent(claim.kind().get(), key), k -> new ArrayList<>()).add(claim);
    }
    groups.replaceAll((k, claims) -> List.copyOf(claims));
    return groups;
  }

  private static boolean isBuiltIn(CodeScheme scheme, String code) {
    return switch (scheme) {
      case CLAIM_KIND -> ClaimKind.fromCodeOrNull(code) != null;
      case PRIORITY_MODE -> PriorityMode.fromCodeOrNull(code) != null;
      case RELATION_TYPE -> RelationType.fromCodeOrNull(code) != null;
    };
  }
}
