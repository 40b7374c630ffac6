package org.policynarrative.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policynarrative.core.internal.Checks;
import org.policynarrative.core.spelling.Spelling;

/**
 * The part of {@link NarrativeValidator} that checks the open vocabularies: the narrative's own
 * code declarations (no duplicate, no redefined built-in code, a known broader code, no cycle), and
 * that every claim kind, priority mode and relation type used is built in or declared.
 */
final class VocabularyCheck {

  private VocabularyCheck() {}

  static void check(Narrative narrative, List<Problem> problems) {
    Vocabulary vocabulary = Vocabulary.of(narrative);
    checkDeclarations(narrative.vocabulary(), vocabulary, problems);
    List<Claim> claims = narrative.claims();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      if (claim.kind().isPresent()) {
        checkUse(claim.kind().get(), "claims[" + i + "].kind", vocabulary, problems);
      }
      List<ClaimRelation> relations = claim.relations();
      for (int r = 0; r < relations.size(); r++) {
        checkUse(relations.get(r).type(), "claims[" + i + "].relations[" + r + "].type", vocabulary, problems);
      }
    }
    List<PolicyLine> lines = narrative.policyLines();
    for (int i = 0; i < lines.size(); i++) {
      List<SectorPriority> priorities = lines.get(i).priorities();
      for (int p = 0; p < priorities.size(); p++) {
        checkUse(priorities.get(p).mode(), "policyLines[" + i + "].priorities[" + p + "].mode", vocabulary, problems);
      }
    }
  }

  private static void checkDeclarations(List<CodeDefinition> declared, Vocabulary vocabulary, List<Problem> problems) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      CodeDefinition definition = declared.get(i);
      CodeScheme scheme = definition.scheme();
      String path = "vocabulary[" + i + "]";
      if (scheme.builtIns().stream().anyMatch(code -> code.code().equals(definition.code()))) {
        problems.add(Problem.of(path + ".code", ProblemCode.UNDECLARED_CODE, "'" + definition.code()
            + "' is a built-in " + name(scheme) + " and cannot be redefined; declare a new code with broader: "
            + definition.code() + " to narrow it"));
        continue;
      }
      if (scheme == CodeScheme.CLAIM_KIND && definition.code().equals(ClaimKind.NO_KIND_YET)) {
        problems.add(Problem.of(path + ".code", ProblemCode.UNDECLARED_CODE, "'" + ClaimKind.NO_KIND_YET
            + "' is reserved: it stands for a draft claim's missing kind; choose another code"));
        continue;
      }
      Integer earlier = first.putIfAbsent(scheme.code() + " " + definition.code(), i);
      if (earlier != null) {
        problems.add(Problem.of(path + ".code", ProblemCode.DUPLICATE_ID,
            name(scheme) + " '" + definition.code() + "' is already declared by vocabulary[" + earlier + "]"));
      }
      Optional<String> broader = definition.broader();
      if (broader.isPresent() && !vocabulary.isKnown(scheme, broader.get())) {
        problems.add(undeclared(path + ".broader", scheme, broader.get(), vocabulary));
      }
    }
    for (CodeScheme scheme : CodeScheme.values()) {
      List<Integer> positions = new ArrayList<>();
      List<CodeDefinition> ofScheme = new ArrayList<>();
      for (int i = 0; i < declared.size(); i++) {
        if (declared.get(i).scheme() == scheme) {
          positions.add(i);
          ofScheme.add(declared.get(i));
        }
      }
      if (ofScheme.isEmpty()) {
        continue;
      }
      ReferenceCycles.References broader = ReferenceCycles.find(ofScheme, CodeDefinition::code,
          List.of(d -> d.broader().map(List::of).orElse(List.of()))).get(0);
      for (int k = 0; k < ofScheme.size(); k++) {
        ReferenceCycles.Cycle cycle = broader.cycleAt(k);
        if (cycle != null) {
          problems.add(Problem.of("vocabulary[" + positions.get(k) + "].broader", ProblemCode.CODE_CYCLE,
              "broader codes form a cycle: " + cycle.describe()));
        }
      }
    }
  }

  private static void checkUse(VocabularyCode code, String path, Vocabulary vocabulary, List<Problem> problems) {
    if (!code.isBuiltIn() && !vocabulary.isKnown(code.scheme(), code.code())) {
      problems.add(undeclared(path, code.scheme(), code.code(), vocabulary));
    }
  }

  private static Problem undeclared(String path, CodeScheme scheme, String code, Vocabulary vocabulary) {
    List<String> known = vocabulary.codes(scheme).stream().map(CodeDefinition::code).toList();
    String hint = Spelling.closest(code, known).map(c -> "; did you mean '" + c + "'?")
        .orElse("; declare it in the narrative's vocabulary, or use one of " + String.join(", ", known));
    return Problem.of(path, ProblemCode.UNDECLARED_CODE,
        name(scheme) + " " + Checks.quote(code) + " is neither built in nor declared" + hint);
  }

  private static String name(CodeScheme scheme) {
    return scheme.code().replace('-', ' ');
  }
}
