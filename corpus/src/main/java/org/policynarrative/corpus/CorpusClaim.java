package org.policynarrative.corpus;

import java.util.Objects;
import org.policynarrative.core.Claim;

/**
 * A claim of one narrative of a corpus: an answer of {@link Corpus#claimsAbout}.
 *
 * @param narrativeId the id of the narrative that makes the claim
 * @param narrativeVersion that narrative's version
 * @param line the 1-based line of the corpus where the narrative starts
 * @param claim the claim
 */
public record CorpusClaim(String narrativeId, String narrativeVersion, long line, Claim claim) {

  /**
   * Checks that no part is missing.
   *
   * @param narrativeId the id of the narrative that makes the claim
   * @param narrativeVersion that narrative's version
   * @param line the 1-based line of the corpus where the narrative starts
   * @param claim the claim
   * @throws NullPointerException when a part is null
   */
  public CorpusClaim {
    Objects.requireNonNull(narrativeId, "narrativeId");
    Objects.requireNonNull(narrativeVersion, "narrativeVersion");
    Objects.requireNonNull(claim, "claim");
  }
}
