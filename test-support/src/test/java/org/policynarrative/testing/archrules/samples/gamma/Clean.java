package org.policynarrative.testing.archrules.samples.gamma;

import java.util.List;
import org.policynarrative.testing.archrules.samples.gamma.internal.GammaInternals;

/** Keeps every rule: the JDK, its own internals, nothing hidden in its signatures. */
public class Clean {

  /** Uses its own internals inside, exposes only JDK types. */
  public List<String> names() {
    return List.of(GammaInternals.name());
  }
}
