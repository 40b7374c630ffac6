package org.policynarrative.core.diff;

import java.math.BigDecimal;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Period;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.Verdict;
import org.policynarrative.core.VocabularyCode;

/**
 * The text of a single value in a diff: codes for vocabularies and enumerations, the source's
 * wording for dates (with the EDTF form beside it when the wording does not show it), decimals
 * exactly as written ({@code 5.350} stays {@code 5.350}).
 */
final class Values {

  private Values() {}

  /** The value as one string; never null. */
  static String text(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof VocabularyCode code) {
      return code.code();
    }
    if (value instanceof HistoricalDate date) {
      return worded(date.text(), date.toEdtf(), date.asWritten().orElse(null), null);
    }
    if (value instanceof Period period) {
      return worded(period.text(), period.toEdtf(), period.start().flatMap(HistoricalDate::asWritten).orElse(null),
          period.end().flatMap(HistoricalDate::asWritten).orElse(null));
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toString();
    }
    if (value instanceof EntityRef ref) {
      return ref.kind().code() + ":" + ref.id();
    }
    if (value instanceof LineRole role) {
      return role.role().code() + " " + role.actor();
    }
    if (value instanceof ClaimRelation relation) {
      return relation.type().code() + " " + relation.claim();
    }
    if (value instanceof EncoderNote note) {
      return note.text() + note.author().map(a -> " (" + a + ")").orElse("");
    }
    if (value instanceof SectorMapping mapping) {
      return mapping.scheme() + " " + mapping.code() + " (" + mapping.relation().code() + ")";
    }
    if (value instanceof Enum<?> constant) {
      return code(constant);
    }
    return String.valueOf(value);
  }

  /**
   * The date's text, the EDTF form in brackets when the text does not contain it, and the source's
   * own wording in quotes when the text does not show it (a Gregorian date keeps its wording apart):
   * two dates that differ never read the same.
   */
  private static String worded(String text, String edtf, String startWording, String endWording) {
    StringBuilder out = new StringBuilder(text);
    if (!text.contains(edtf)) {
      out.append(" [").append(edtf).append(']');
    }
    for (String wording : new String[] {startWording, endWording}) {
      if (wording != null && !text.contains(wording)) {
        out.append(" \u201c").append(wording).append('\u201d');
      }
    }
    return out.toString();
  }

  private static String code(Enum<?> constant) {
    // Every enumeration of the model has a code(); a switch keeps this free of reflection.
    if (constant instanceof Verdict v) {
      return v.code();
    }
    if (constant instanceof Durability d) {
      return d.code();
    }
    if (constant instanceof ActorKind k) {
      return k.code();
    }
    if (constant instanceof ActorRole r) {
      return r.code();
    }
    if (constant instanceof StatedAs s) {
      return s.code();
    }
    if (constant instanceof FigureStatus f) {
      return f.code();
    }
    if (constant instanceof MappingRelation m) {
      return m.code();
    }
    if (constant instanceof CodeScheme c) {
      return c.code();
    }
    return constant.name();
  }
}
