package org.policynarrative.core.archrules.samples.beta;

import org.policynarrative.core.archrules.samples.alpha.AlphaService;

/** Closes a package cycle with alpha. */
public class BetaThing {

  /** Depends back on alpha. */
  public AlphaService service() {
    return new AlphaService();
  }
}
