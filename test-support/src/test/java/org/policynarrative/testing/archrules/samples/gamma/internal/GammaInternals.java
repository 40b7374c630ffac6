package org.policynarrative.testing.archrules.samples.gamma.internal;

/** Gamma's own internals. */
public final class GammaInternals {
  private GammaInternals() {}

  /** A name. */
  public static String name() {
    return "gamma";
  }
}
