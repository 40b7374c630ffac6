package org.policynarrative.corpus;

import java.util.Objects;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Figure;

/**
 * A figure stated by a claim of one narrative of a corpus: one point of {@link Corpus#figures}.
 *
 * @param narrativeId the id of the narrative that states it
 * @param narrativeVersion that narrative's version
 * @param line the 1-based line of the corpus where the narrative starts
 * @param claim the claim that states the figure
 * @param figure the figure
 */
public record CorpusFigure(String narrativeId, String narrativeVersion, long line, Claim claim, Figure figure) {

  /**
   * Checks that no part is missing.
   *
   * @param narrativeId the id of the narrative that states it
   * @param narrativeVersion that narrative's version
   * @param line the 1-based line of the corpus where the narrative starts
   * @param claim the claim that states the figure
   * @param figure the figure
   * @throws NullPointerException when a part is null
   */
  public CorpusFigure {
    Objects.requireNonNull(narrativeId, "narrativeId");
    Objects.requireNonNull(narrativeVersion, "narrativeVersion");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(figure, "figure");
  }
}
