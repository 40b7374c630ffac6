package org.policynarrative.json.internal.deser;

import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.Verdict;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;

/**
 * Reads a claim with its references, its anchors in the sources, its relations to other claims and
 * its assessments (its figures: {@link FigureReader}).
 */
final class ClaimReader {

  private ClaimReader() {}

  static Claim claim(JsonInput in) {
    Claim.Builder b = Claim.builder();
    ObjectScope o = in.object(JsonFields.CLAIM, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case ID -> b.id(in.string());
          case STATEMENT -> b.statement(in.string());
          case KIND -> b.kind(in.parsed(ClaimKind::fromCode));
          case ABOUT -> b.addAllAbout(in.list(name, ClaimReader::entityRef));
          case CAUSES -> b.addAllCauses(in.list(name, ClaimReader::entityRef));
          case EFFECTS -> b.addAllEffects(in.list(name, ClaimReader::entityRef));
          case JUSTIFIES -> b.addAllJustifies(in.list(name, ClaimReader::entityRef));
          case ASSERTED_BY -> b.assertedBy(in.string());
          case EXTRACTED_BY -> b.extractedBy(in.string());
          case REFERS_TO -> b.refersTo(DateReader.period(in));
          case ANCHOR -> b.anchor(anchor(in));
          case OTHER_ANCHORS -> b.addAllOtherAnchors(in.list(name, ClaimReader::anchor));
          case FIGURES -> b.addAllFigures(in.list(name, FigureReader::figure));
          case RELATIONS -> b.addAllRelations(in.list(name, ClaimReader::relation));
          case ENCODER_NOTES -> b.addAllEncoderNotes(in.list(name, NoteReader::encoderNote));
          case ASSESSMENTS -> b.addAllAssessments(in.list(name, ClaimReader::assessment));
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }

  /** A reference, the string {@code kind:id}. */
  static EntityRef entityRef(JsonInput in) {
    return in.parsed(EntityRef::parse);
  }

  /** A relation to another claim: {@code {"type": "fulfils", "claim": "plan-target"}}. */
  static ClaimRelation relation(JsonInput in) {
    ClaimRelation.Builder b = ClaimRelation.builder();
    ObjectScope o = in.object(JsonFields.CLAIM_RELATION, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case TYPE -> b.type(in.parsed(RelationType::fromCode));
          case CLAIM -> b.claim(in.string());
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }

  static Anchor anchor(JsonInput in) {
    Anchor.Builder b = Anchor.builder();
    ObjectScope o = in.object(JsonFields.ANCHOR, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case SOURCE -> b.source(in.string());
          case EXACT -> b.exact(in.string());
          case PREFIX -> b.prefix(in.string());
          case SUFFIX -> b.suffix(in.string());
          case START -> b.start(NumberReader.integer(in));
          case END -> b.end(NumberReader.integer(in));
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }

  static Assessment assessment(JsonInput in) {
    Assessment.Builder b = Assessment.builder();
    ObjectScope o = in.object(JsonFields.ASSESSMENT, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case ASSESSOR -> b.assessor(in.string());
          case VERDICT -> b.verdict(in.parsed(Verdict::fromCode));
          case RATING_LABEL -> b.ratingLabel(in.string());
          case DATE -> b.date(DateReader.date(in));
          case NOTE -> b.note(in.string());
          case REFERENCES -> b.addAllReferences(in.strings(name));
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }
}
