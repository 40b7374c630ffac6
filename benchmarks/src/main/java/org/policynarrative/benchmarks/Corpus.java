package org.policynarrative.benchmarks;

import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceText;

/**
 * A generated narrative together with the full texts of its sources, which its claim anchors quote.
 *
 * @param narrative the narrative
 * @param texts one text per source of the narrative
 */
public record Corpus(Narrative narrative, List<SourceText> texts) {

  /** Copies {@code texts}. */
  public Corpus {
    texts = List.copyOf(texts);
  }
}
