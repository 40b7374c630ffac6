package org.policynarrative.core.diff;

import java.util.ArrayList;
import java.util.List;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;

/**
 * Builds the {@link NarrativeDrift} of a diff from its matches and changes; only matched items that
 * are not equal are looked at again (after {@link Matching#changes} found them).
 */
final class Drift {

  private Drift() {}

  static NarrativeDrift of(Narrative a, Narrative b, Matching<Era> eras, Matching<Claim> claims,
      List<RenameHints.Found> eraHints, List<EntityChange> changes, IdTranslation ids) {
    List<EraShift> renamed = new ArrayList<>();
    List<EraShift> redated = new ArrayList<>();
    for (int j : eras.unequal()) {
      addShift(eras, eras.partnerOfAfter[j], j, false, renamed, redated);
    }
    for (RenameHints.Found hint : eraHints) {
      addShift(eras, hint.before(), hint.after(), true, renamed, redated);
    }

    List<VerdictChange> verdicts = new ArrayList<>();
    for (int j : claims.unequal()) {
      Claim was = claims.before.get(claims.partnerOfAfter[j]);
      Claim is = claims.after.get(j);
      if (was.verdict() != is.verdict()) {
        verdicts.add(new VerdictChange(claims.afterKeys[j], is.statementOrQuote(), was.verdict(), is.verdict()));
      }
    }
    return new NarrativeDrift(renamed, redated,
        select(changes, ItemKind.POLICY_LINE, EntityChange.Type.ADDED),
        select(changes, ItemKind.POLICY_LINE, EntityChange.Type.REMOVED),
        PriorityDrift.of(a, b, ids),
        select(changes, ItemKind.CLAIM, EntityChange.Type.ADDED),
        select(changes, ItemKind.CLAIM, EntityChange.Type.REMOVED),
        verdicts);
  }

  private static void addShift(Matching<Era> eras, int i, int j, boolean possible, List<EraShift> renamed,
      List<EraShift> redated) {
    Era was = eras.before.get(i);
    Era is = eras.after.get(j);
    EraShift shift = new EraShift(eras.beforeKeys[i], eras.afterKeys[j], was.name(), is.name(), was.period(),
        is.period(), possible);
    if (shift.isRenamed()) {
      renamed.add(shift);
    }
    if (shift.isRedated()) {
      redated.add(shift);
    }
  }

  private static List<EntityChange> select(List<EntityChange> changes, ItemKind kind, EntityChange.Type type) {
    return changes.stream().filter(c -> c.kind() == kind && c.type() == type).toList();
  }
}
