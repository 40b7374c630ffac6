package org.policynarrative.core;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** Every problem {@link NarrativeValidator} found in one narrative. Empty means valid. */
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
    return ImmutableValidationReport.of(problems);
  }

  /** {@return true when no problem was found} */
  public boolean isValid() {
    return problems().isEmpty();
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
