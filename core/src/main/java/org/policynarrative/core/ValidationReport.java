package org.policynarrative.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Every problem {@link NarrativeValidator} found in one narrative, and what is left to encode. No
 * problem means valid; the to-dos (draft claims without a kind, a statement or who asserts them) do
 * not make a narrative invalid, so that a half-encoded document is normal. A tool that wants a
 * finished narrative (a CI check) asks {@link #isComplete()}.
 */
@Value.Immutable
@NarrativeStyle
public abstract class ValidationReport {

  /** {@return the problems, in the order of the narrative's fields} */
  @Value.Parameter
  public abstract List<Problem> problems();

  /**
   * {@return a report of these problems}
   *
   * @param problems the problems, in the order they were found
   */
  public static ValidationReport of(List<Problem> problems) {
    return of(problems, List.of());
  }

  /**
   * {@return a report of these problems and to-dos}
   *
   * @param problems the problems, in the order they were found
   * @param toDos what is left to encode, each with a to-do code ({@link ProblemCode#isToDo()})
   * @throws IllegalArgumentException when a to-do has a problem's code, or a problem a to-do's
   */
  public static ValidationReport of(List<Problem> problems, List<Problem> toDos) {
    // Not the generated of(...): with these argument types it resolves to this very method.
    return ImmutableValidationReport.builder().addAllProblems(problems).addAllToDos(toDos).build();
  }

  /**
   * {@return what is left to encode, in the order of the narrative's fields: one entry per draft
   * claim and missing attribute, with a to-do code; see {@link #toDoSummary()} for a short account}
   */
  public abstract List<Problem> toDos();

  /** {@return true when no problem was found; to-dos may remain} */
  public boolean isValid() {
    return problems().isEmpty();
  }

  /** {@return true when no problem was found and nothing is left to encode} */
  public boolean isComplete() {
    return problems().isEmpty() && toDos().isEmpty();
  }

  /**
   * {@return one line per kind of to-do, with how many: "12 claims have no kind yet"; empty when
   * nothing is left to encode}
   */
  public List<String> toDoSummary() {
    Map<ProblemCode, Long> counts = toDos().stream()
        .collect(Collectors.groupingBy(Problem::code, () -> new EnumMap<>(ProblemCode.class), Collectors.counting()));
    List<String> lines = new ArrayList<>();
    counts.forEach((code, count) -> lines.add(count + (count == 1 ? " claim has " : " claims have ") + switch (code) {
      case CLAIM_WITHOUT_STATEMENT -> "no statement yet";
      case CLAIM_WITHOUT_KIND -> "no kind yet";
      case CLAIM_WITHOUT_ASSERTER -> "no asserter yet (who asserts it: assertedBy)";
      default -> "a to-do [" + code.code() + "]";
    }));
    return List.copyOf(lines);
  }

  @Value.Check
  void check() {
    for (Problem p : problems()) {
      if (p.code().isToDo()) {
        throw new IllegalArgumentException("a to-do is not a problem: " + p);
      }
    }
    for (Problem t : toDos()) {
      if (!t.code().isToDo()) {
        throw new IllegalArgumentException("a problem is not a to-do: " + t);
      }
    }
  }

  /**
   * {@return the problems with the given code}
   *
   * @param code the code, as written in files
   */
  public List<Problem> withCode(ProblemCode code) {
    return problems().stream().filter(p -> p.code() == code).collect(Collectors.toUnmodifiableList());
  }

  /** {@return one problem a line, or {@code valid}} */
  @Override
  public String toString() {
    return isValid() ? "valid"
        : problems().stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator()));
  }
}
