package org.policynarrative.examples.reference;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.policynarrative.core.Claim;

/**
 * Which sentences of a source text the claims' anchors cover. A sentence counts as covered only
 * when the union of the anchor spans (offsets) covers every one of its non-whitespace code
 * points: a claim that quotes half a sentence leaves it uncovered unless other claims quote the
 * rest.
 */
final class Coverage {

  private Coverage() {}

  /** The sentences of {@code text} not covered by the anchors of {@code claims} into source {@code sourceId}. */
  static List<Sentences.Sentence> uncovered(String text, String sourceId, List<Claim> claims) {
    BitSet covered = new BitSet();
    for (Claim claim : claims) {
      if (claim.anchor().source().equals(sourceId) && claim.anchor().start().isPresent()) {
        covered.set(claim.anchor().start().get(), claim.anchor().end().get());
      }
    }
    List<Sentences.Sentence> missing = new ArrayList<>();
    for (Sentences.Sentence sentence : Sentences.split(text)) {
      int[] cps = sentence.text().codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        if (!Character.isWhitespace(cps[i]) && !covered.get(sentence.start() + i)) {
          missing.add(sentence);
          break;
        }
      }
    }
    return missing;
  }

  /** The share of sentences covered, from 0 to 1. */
  static double share(String text, String sourceId, List<Claim> claims) {
    int all = Sentences.split(text).size();
    return all == 0 ? 1.0 : (all - uncovered(text, sourceId, claims).size()) / (double) all;
  }
}
