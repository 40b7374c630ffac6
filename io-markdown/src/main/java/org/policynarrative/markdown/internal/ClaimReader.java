package org.policynarrative.markdown.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Verdict;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * Reads claims: a block quote holding the statement, then the fields, with the anchor and the
 * assessments as nested lists. A claim stands under the era or policy line it is about, or in the
 * Further claims section.
 */
final class ClaimReader extends ConstructReader {

  ClaimReader(MarkdownSource source, NarrativeAssembly assembly) {
    super(source, assembly);
  }

  /** A section of claims that stand under no era or line. */
  void section(String name, List<Node> blocks) {
    for (Node block : blocks) {
      if (!(block instanceof BlockQuote quote)) {
        throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block)
            + " in the section '" + name + "'; expected claims as block quotes");
      }
      claim(quote, null);
    }
  }

  /** One claim; {@code placedUnder} is the era or line it stands under, or null. */
  void claim(BlockQuote quote, EntityRef placedUnder) {
    Node first = quote.getFirstChild();
    if (!(first instanceof Paragraph statementBlock)) {
      throw MarkdownSource.errorAt(first == null ? quote : first, "expected the claim's statement as the first "
          + "paragraph of the block quote, found a " + (first == null ? "empty quote" : MarkdownSource.describe(first)));
    }
    Node next = first.getNext();
    if (!(next instanceof BulletList list)) {
      throw MarkdownSource.errorAt(next == null ? first : next, "expected the claim's fields as a bullet list after "
          + "its statement ('> - **Id:** ...')" + (next == null ? "" : ", found a " + MarkdownSource.describe(next)));
    }
    if (list.getNext() != null) {
      throw MarkdownSource.errorAt(list.getNext(), "unexpected " + MarkdownSource.describe(list.getNext())
          + " in a claim; expected only its statement and its fields");
    }
    MarkdownSource.Value statement = source.valueAfter(statementBlock, null);
    Place at = Place.of(quote);
    Fields fields = Fields.of(items(list), source, at);
    String id = fields.required(Key.ID, "a claim").value();
    String owner = "claim '" + id + "'";
    Map<String, Place> places = new HashMap<>();
    Claim.Builder b = Claim.builder().id(id).statement(statement.text());
    Integer position = position(fields);
    b.kind(fields.required(Key.KIND, owner).as(ClaimKind::fromCode));
    b.assertedBy(fields.required(Key.ASSERTED_BY, owner).value());
    fields.optional(Key.EXTRACTED_BY).ifPresent(f -> b.extractedBy(f.value()));
    Optional<Fields.Field> about = fields.optional(Key.ABOUT);
    if (about.isPresent()) {
      List<EntityRef> refs = about.get().as(Values::parseRefs);
      if (placedUnder != null && !refs.contains(placedUnder)) {
        throw about.get().at().error(owner + " stands under " + placedUnder
            + " but its About field does not list it; expected it among: " + Values.refs(refs));
      }
      b.addAllAbout(refs);
      places.put("about", about.get().at());
    } else if (placedUnder != null) {
      b.addAbout(placedUnder);
      places.put("about", at);
    }
    fields.optional(Key.CAUSES).ifPresent(f -> {
      b.addAllCauses(f.as(Values::parseRefs));
      places.put("causes", f.at());
    });
    fields.optional(Key.EFFECTS).ifPresent(f -> {
      b.addAllEffects(f.as(Values::parseRefs));
      places.put("effects", f.at());
    });
    period(fields, Key.REFERS_TO, owner).ifPresent(b::refersTo);
    Fields.Field anchorField = fields.optionalNested(Key.ANCHOR).orElseThrow(() -> at.error(
        owner + " has no field 'Anchor'; expected '- **Anchor:**' with a nested list of Source and Quote"));
    b.anchor(anchor(anchorField, owner, places));
    for (Fields.Field f : fields.repeatedNested(Key.ASSESSMENT)) {
      b.addAssessments(assessment(f, owner));
    }
    fields.finish(owner);
    assembly.claims.add(new NarrativeAssembly.Draft<>(build(at, owner, b::build), position, at, places));
  }

  private Anchor anchor(Fields.Field field, String owner, Map<String, Place> places) {
    Fields fields = nested(field, owner);
    String what = "the anchor of " + owner;
    Anchor.Builder b = Anchor.builder();
    Fields.Field sourceField = fields.required(Key.SOURCE, what);
    b.source(sourceField.value());
    places.put("anchor.source", sourceField.at());
    b.exact(fields.required(Key.QUOTE, what).value());
    fields.optional(Key.BEFORE).ifPresent(f -> b.prefix(f.value()));
    fields.optional(Key.AFTER).ifPresent(f -> b.suffix(f.value()));
    fields.optional(Key.OFFSETS).ifPresent(f -> {
      String value = f.value();
      int dots = offsetsDots(value);
      if (dots < 0) {
        throw f.at().error("field 'Offsets': expected START..END in code points, such as 120..164");
      }
      long start = Long.parseLong(value, 0, dots, 10);
      long end = Long.parseLong(value, dots + 2, value.length(), 10);
      if (start > Integer.MAX_VALUE || end > Integer.MAX_VALUE) {
        throw f.at().error("field 'Offsets': offsets must be at most " + Integer.MAX_VALUE);
      }
      b.start((int) start).end((int) end);
    });
    fields.finish(what);
    return build(field.keyAt(), what, b::build);
  }

  /** The index of ".." in offsets written as 1 to 10 ASCII digits, "..", 1 to 10 ASCII digits; -1 otherwise. */
  static int offsetsDots(String value) {
    int dots = value.indexOf("..");
    return dots >= 0 && Values.isDigits(value, 0, dots) && Values.isDigits(value, dots + 2, value.length())
        ? dots : -1;
  }

  private Assessment assessment(Fields.Field field, String owner) {
    Fields fields = nested(field, owner);
    String what = "an assessment of " + owner;
    Assessment.Builder b = Assessment.builder();
    b.assessor(fields.required(Key.ASSESSOR, what).value());
    b.verdict(fields.required(Key.VERDICT, what).as(Verdict::fromCode));
    fields.optional(Key.RATING).ifPresent(f -> b.ratingLabel(f.value()));
    fields.optional(Key.DATE).ifPresent(f -> b.date(f.as(Values::parseDate)));
    fields.optional(Key.NOTE).ifPresent(f -> b.note(f.value()));
    fields.repeated(Key.REFERENCE).forEach(f -> b.addReferences(f.value()));
    fields.finish(what);
    return build(field.keyAt(), what, b::build);
  }
}
