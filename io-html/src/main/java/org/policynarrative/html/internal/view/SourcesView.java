package org.policynarrative.html.internal.view;

import java.util.List;
import java.util.Optional;

/**
 * The sources section.
 *
 * @param sources every source, in data-set order
 */
public record SourcesView(List<Source> sources) {

  /**
   * One source.
   *
   * @param id the source's id
   * @param anchorId the id of its element on the page
   * @param title its title
   * @param publisher its publisher
   * @param published its publication date, in the source's wording
   * @param url its URL, as text
   * @param link its URL as a link target, only for {@code http} and {@code https} URLs
   * @param language its language tag
   * @param sha256 the SHA-256 recorded for its text
   * @param note the encoder's note
   * @param textCheck what the page found when it compared a supplied text with the recorded hash
   */
  public record Source(String id, String anchorId, Optional<String> title, Optional<String> publisher,
      Optional<String> published, Optional<String> url, Optional<String> link, Optional<String> language,
      Optional<String> sha256, Optional<String> note, TextCheck textCheck) {}

  /**
   * Whether a source text was supplied and has the recorded hash.
   *
   * @param state {@code none}, {@code match}, {@code mismatch} or {@code unrecorded}, which names its style
   * @param message what it means, in a sentence
   */
  public record TextCheck(String state, String message) {

    /** {@return true when the supplied text's hash differs from the recorded one} */
    public boolean isProblem() {
      return state.equals("mismatch");
    }
  }
}
