package org.policynarrative.core.diff;

import java.util.Objects;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Verdict;

/** A claim on both sides whose {@link Claim#verdict() verdict} differs. */
public final class VerdictChange {

  private final String claim;
  private final String statement;
  private final Verdict before;
  private final Verdict after;

  VerdictChange(String claim, String statement, Verdict before, Verdict after) {
    this.claim = Objects.requireNonNull(claim, "claim");
    this.statement = Objects.requireNonNull(statement, "statement");
    this.before = Objects.requireNonNull(before, "before");
    this.after = Objects.requireNonNull(after, "after");
  }

  /** {@return the claim's id} */
  public String claim() {
    return claim;
  }

  /** {@return the claim's statement, after} */
  public String statement() {
    return statement;
  }

  /** {@return the verdict before} */
  public Verdict before() {
    return before;
  }

  /** {@return the verdict after} */
  public Verdict after() {
    return after;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VerdictChange that && claim.equals(that.claim) && statement.equals(that.statement)
        && before == that.before && after == that.after;
  }

  @Override
  public int hashCode() {
    return Objects.hash(claim, statement, before, after);
  }

  /** {@return the change in one line} */
  @Override
  public String toString() {
    return claim + ": " + before.code() + " -> " + after.code();
  }
}
