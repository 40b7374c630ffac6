package org.policynarrative.testing.archrules.samples.beta.internal;

/** Beta's internals, not for other modules. */
public final class BetaInternals {
  private BetaInternals() {}

  /** Something only beta should call. */
  public static int secret() {
    return 42;
  }
}
