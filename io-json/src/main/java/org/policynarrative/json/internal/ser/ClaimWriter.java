package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.list;
import static org.policynarrative.json.internal.ser.JsonOutput.string;
import static org.policynarrative.json.internal.ser.JsonOutput.strings;

import java.util.Optional;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.EntityRef;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a claim with its references, its anchors in the sources, its relations to other claims and
 * its assessments (its figures: {@link FigureWriter}).
 */
public final class ClaimWriter {

  /**
   * The longest reference text ({@code kind:id}) written from the per-thread buffer; a longer one
   * is written from {@link EntityRef#toString()}.
   */
  public static final int REFERENCE_BUFFER_LENGTH = 256;
  /**
   * Per thread, room for a reference's text: a claim's references are most of what a narrative
   * writes, and a new string for each was a measurable share of the write's allocation.
   */
  private static final ThreadLocal<char[]> REFERENCE_BUFFER =
      ThreadLocal.withInitial(() -> new char[REFERENCE_BUFFER_LENGTH]);

  private ClaimWriter() {}

  static void claim(JsonGenerator g, Claim c) {
    g.writeStartObject(c);
    string(g, JsonName.ID, c.id());
    string(g, JsonName.STATEMENT, c.statement());
    string(g, JsonName.KIND, c.kind().map(ClaimKind::code));
    list(g, JsonName.ABOUT, c.about(), ClaimWriter::entityRef);
    list(g, JsonName.CAUSES, c.causes(), ClaimWriter::entityRef);
    list(g, JsonName.EFFECTS, c.effects(), ClaimWriter::entityRef);
    list(g, JsonName.JUSTIFIES, c.justifies(), ClaimWriter::entityRef);
    string(g, JsonName.ASSERTED_BY, c.assertedBy());
    string(g, JsonName.EXTRACTED_BY, c.extractedBy());
    DateWriter.period(g, JsonName.REFERS_TO, c.refersTo());
    g.writeName(JsonName.ANCHOR.encoded());
    anchor(g, c.anchor());
    list(g, JsonName.OTHER_ANCHORS, c.otherAnchors(), ClaimWriter::anchor);
    list(g, JsonName.FIGURES, c.figures(), FigureWriter::figure);
    list(g, JsonName.RELATIONS, c.relations(), ClaimWriter::relation);
    NoteWriter.notes(g, c.encoderNotes());
    list(g, JsonName.ASSESSMENTS, c.assessments(), ClaimWriter::assessment);
    g.writeEndObject();
  }

  /** A reference, as the string {@code kind:id}. */
  static void entityRef(JsonGenerator g, EntityRef r) {
    String code = r.kind().code();
    String id = r.id();
    int length = code.length() + 1 + id.length();
    if (length > REFERENCE_BUFFER_LENGTH) {
      g.writeString(r.toString());
      return;
    }
    // The characters of r.toString(), without making that string for every reference written.
    char[] buffer = REFERENCE_BUFFER.get();
    code.getChars(0, code.length(), buffer, 0);
    buffer[code.length()] = ':';
    id.getChars(0, id.length(), buffer, code.length() + 1);
    g.writeString(buffer, 0, length);
  }

  /** A relation to another claim. */
  static void relation(JsonGenerator g, ClaimRelation r) {
    g.writeStartObject(r);
    string(g, JsonName.TYPE, r.type().code());
    string(g, JsonName.CLAIM, r.claim());
    g.writeEndObject();
  }

  /** An anchor; offsets count code points, and are written both or neither. */
  static void anchor(JsonGenerator g, Anchor a) {
    g.writeStartObject(a);
    string(g, JsonName.SOURCE, a.source());
    string(g, JsonName.EXACT, a.exact());
    string(g, JsonName.PREFIX, a.prefix());
    string(g, JsonName.SUFFIX, a.suffix());
    // Each Optional read once: the model makes a new one per call, and not every one is optimised away.
    Optional<Integer> start = a.start();
    if (start.isPresent()) {
      g.writeName(JsonName.START.encoded());
      g.writeNumber(start.get());
      g.writeName(JsonName.END.encoded());
      g.writeNumber(a.end().get());
    }
    g.writeEndObject();
  }

  static void assessment(JsonGenerator g, Assessment a) {
    g.writeStartObject(a);
    string(g, JsonName.ASSESSOR, a.assessor());
    string(g, JsonName.VERDICT, a.verdict().code());
    string(g, JsonName.RATING_LABEL, a.ratingLabel());
    DateWriter.date(g, JsonName.DATE, a.date());
    string(g, JsonName.NOTE, a.note());
    strings(g, JsonName.REFERENCES, a.references());
    g.writeEndObject();
  }
}
