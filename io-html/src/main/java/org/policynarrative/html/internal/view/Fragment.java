package org.policynarrative.html.internal.view;

import java.util.List;

/**
 * A piece of a source text as the page nests it: plain text, a highlighted quote, or a sentence
 * that no claim covers. Quotes and sentences that cross each other's ends are cut into parts, so
 * that the elements nest; the first part of a quote carries its id, the last its link to the claim.
 */
public sealed interface Fragment permits Fragment.Text, Fragment.Quote, Fragment.Uncovered {

  /**
   * Text.
   *
   * @param text the characters
   */
  record Text(String text) implements Fragment {}

  /**
   * A part of a highlighted quote.
   *
   * @param claimId the id of the claim that quotes it
   * @param claimLabel the claim's label
   * @param spanId the element id, on the first part only; {@code null} on the others, so that the
   *     template leaves the attribute out
   * @param last true on the last part, which ends with the link to the claim
   * @param children what the part holds
   */
  record Quote(String claimId, String claimLabel, String spanId, boolean last, List<Fragment> children)
      implements Fragment {}

  /**
   * A part of a sentence that no claim covers.
   *
   * @param first true on the first part, which carries the mark
   * @param children what the part holds
   */
  record Uncovered(boolean first, List<Fragment> children) implements Fragment {}
}
