package org.policynarrative.html.internal.view;

import java.util.List;
import java.util.Optional;

/**
 * One supplied source text, with every placed anchor highlighted and the sentences no claim covers marked.
 *
 * @param anchorId the id of its section
 * @param heading the source's title or id
 * @param language the source's language tag
 * @param placed how many anchors are highlighted
 * @param sentences how many sentences the text has
 * @param uncovered how many of them no placed anchor covers
 * @param flagged the anchors into this text that could not be placed
 * @param hashWarning a warning when the text's SHA-256 is not the recorded one
 * @param fragments the text, as nested fragments
 */
public record SourceTextView(String anchorId, String heading, Optional<String> language, int placed, int sentences,
    int uncovered, List<Flagged> flagged, Optional<String> hashWarning, List<Fragment> fragments) {

  /**
   * An anchor that could not be placed.
   *
   * @param claimId the claim's id
   * @param claimLabel the claim's label
   * @param state {@code orphaned} or {@code ambiguous}
   * @param reason why, in a sentence
   */
  public record Flagged(String claimId, String claimLabel, String state, String reason) {}
}
