package org.policynarrative.core;

import org.immutables.value.Value;

/** One problem found by {@link NarrativeValidator}: where, what (a stable code) and why. */
@Value.Immutable
@NarrativeStyle
public abstract class Problem {

  /** Where the problem is, such as {@code claims[3].about[1]}. */
  @Value.Parameter
  public abstract String path();

  /** The stable code of the rule that failed. */
  @Value.Parameter
  public abstract ProblemCode code();

  /** A message a person understands. */
  @Value.Parameter
  public abstract String message();

  /** A problem. */
  public static Problem of(String path, ProblemCode code, String message) {
    return ImmutableProblem.of(path, code, message);
  }

  /** {@code path: [code] message}. */
  @Override
  public String toString() {
    return path() + ": [" + code().code() + "] " + message();
  }
}
