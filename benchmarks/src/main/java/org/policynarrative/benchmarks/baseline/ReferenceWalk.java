package org.policynarrative.benchmarks.baseline;

import java.util.List;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.SectorPriority;

/**
 * The memory floor of validation: loads every object and reference id that
 * {@code NarrativeValidator.validate(narrative)} reads, in the same order, and does nothing with
 * them but fold their hash codes (Strings cache theirs, so this is a load, not a computation).
 *
 * <p>It answers one question: how much of validation's time per claim at 100,000 claims is the
 * cost of bringing the narrative from main memory, which no validator can avoid? Its per-claim
 * time at each size, beside the validator's, in the same run, is that floor.
 */
public final class ReferenceWalk {

  private ReferenceWalk() {}

  /** Folds the hash code of every reference the validator resolves. */
  public static int walk(Narrative narrative) {
    int h = 0;
    for (PolicyLine line : narrative.policyLines()) {
      for (String era : line.eras()) {
        h = 31 * h + era.hashCode();
      }
      for (SectorPriority priority : line.priorities()) {
        h = 31 * h + priority.sector().hashCode();
      }
    }
    List<Claim> claims = narrative.claims();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      h = fold(h, claim.about());
      h = fold(h, claim.causes());
      h = fold(h, claim.effects());
      h = 31 * h + claim.anchor().source().hashCode();
    }
    return h;
  }

  private static int fold(int h, List<EntityRef> refs) {
    for (int r = 0; r < refs.size(); r++) {
      EntityRef ref = refs.get(r);
      h = 31 * h + ref.kind().ordinal() + ref.id().hashCode();
    }
    return h;
  }
}
