package org.policynarrative.core;

import org.immutables.value.Value;

/** One problem found by {@link NarrativeValidator}: where, what (a stable code) and why. */
@Value.Immutable
@NarrativeStyle
public abstract class Problem {

  /** {@return where the problem is, such as {@code claims[3].about[1]}} */
  @Value.Parameter
  public abstract String path();

  /** {@return the stable code of the rule that failed} */
  @Value.Parameter
  public abstract ProblemCode code();

  /** {@return a message a person understands} */
  @Value.Parameter
  public abstract String message();

  /**
   * {@return a problem}
   *
   * @param path where the problem is, such as {@code claims[3].about[1]}
   * @param code the code, as written in files
   * @param message a message a person understands
   */
  public static Problem of(String path, ProblemCode code, String message) {
    return ImmutableProblem.of(path, code, message);
  }

  /** {@return {@code path: [code] message}} */
  @Override
  public String toString() {
    return path() + ": [" + code().code() + "] " + message();
  }
}
