package org.policynarrative.testing.archrules.samples.alpha;

import org.policynarrative.testing.archrules.samples.beta.BetaThing;
import org.policynarrative.testing.archrules.samples.beta.internal.BetaInternals;

/** Breaks every rule: uses beta (and beta's internals), and leaks a generated-looking type. */
public class AlphaService {

  /** Depends on another "adapter". */
  public BetaThing thing() {
    return new BetaThing();
  }

  /** Depends on another module's internals. */
  public int internals() {
    return BetaInternals.secret();
  }

  /** Leaks a package-private, generated-looking type. */
  public ImmutableAlpha alpha() {
    return new ImmutableAlpha();
  }

  /** Depends on a library outside the JDK. */
  public Object library() {
    return org.opentest4j.AssertionFailedError.class;
  }
}

/** Stands in for an Immutables-generated class. */
class ImmutableAlpha {}
