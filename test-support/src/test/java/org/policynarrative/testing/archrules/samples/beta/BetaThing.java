package org.policynarrative.testing.archrules.samples.beta;

import org.policynarrative.testing.archrules.samples.alpha.AlphaService;

/** Closes a package cycle with alpha. */
public class BetaThing {

  /** Depends back on alpha. */
  public AlphaService service() {
    return new AlphaService();
  }
}
