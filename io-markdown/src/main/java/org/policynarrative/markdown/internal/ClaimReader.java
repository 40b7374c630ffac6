package org.policynarrative.markdown.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Verdict;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * Reads claims, in either form. Dialect 2: a paragraph {@code **Claim id:** kind, verdict}, then
 * the source's words as block quotes (the first is the passage the paraphrase renders, the others
 * the same claim in other sources; {@link AnchorReader}), then the claim's fields, the paraphrase
 * first. Dialect 1: a block quote holding the statement, then the fields, with the anchor as a
 * nested list. A claim stands under the era, policy line, event or actor it is about, or in the
 * Further claims section.
 */
final class ClaimReader extends ConstructReader {

  private static final String LEAD_PREFIX = Dialect.CLAIM + " ";

  private final AnchorReader anchors;
  private final FigureReader figures;

  ClaimReader(MarkdownSource source, NarrativeAssembly assembly, TableReader tables) {
    super(source, assembly);
    this.anchors = new AnchorReader(source, assembly);
    this.figures = new FigureReader(source, assembly, tables);
  }

  /** Whether the block opens a claim of dialect 2: a paragraph starting {@code **Claim ...:**}. */
  static boolean isLead(Node block) {
    return block instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis strong
        && strong.getFirstChild() instanceof Text key && key.getNext() == null
        && key.getLiteral().startsWith(LEAD_PREFIX) && key.getLiteral().endsWith(":");
  }

  /** A section of claims that stand under no entity; a block that belongs to no claim is logged. */
  void section(String name, List<Node> blocks) {
    EntityBlocks claims = EntityBlocks.claimsOnly();
    for (Node block : blocks) {
      if (!claims.add(block)) {
        assembly.errors.add(MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block)
            + " in the section '" + name + "'; expected claims, each opened by a line '**Claim id:** kind'"
            + (block instanceof Heading ? " (a claim has no heading)" : "")));
      }
    }
    claims(claims, null);
  }

  /**
   * The claims standing under an entity ({@code placedUnder}), or in a section of claims (null); a
   * claim that cannot be read is logged and skipped.
   */
  void claims(EntityBlocks entity, EntityRef placedUnder) {
    for (List<Node> claim : entity.claims()) {
      assembly.errors.attempt(() -> {
        if (claim.get(0) instanceof BlockQuote quote) {
          dialectOne(quote, placedUnder);
        } else {
          dialectTwo(claim, placedUnder);
        }
      });
    }
  }

  private void dialectTwo(List<Node> blocks, EntityRef placedUnder) {
    Paragraph lead = (Paragraph) blocks.get(0);
    StrongEmphasis strong = (StrongEmphasis) lead.getFirstChild();
    String key = ((Text) strong.getFirstChild()).getLiteral();
    String written = key.substring(LEAD_PREFIX.length(), key.length() - 1);
    String id = written.strip();
    String owner = "claim '" + id + "'";
    Place at = Place.of(lead);
    // After '**Claim ', on the lead's line (a Text within '**' has no source span of its own).
    Place idAt = new Place(at.line(), Place.of(strong).column() + 2 + LEAD_PREFIX.length()
        + (written.length() - written.stripLeading().length()));
    MarkdownSource.Value kindAndVerdict = source.valueAfter(lead, strong);
    String[] parts = kindAndVerdict.text().split(",", -1);
    if (parts.length > 2 || parts[0].isBlank()) {
      throw kindAndVerdict.at().error("expected the kind of " + owner + ", then optionally its verdict, after "
          + "'**Claim " + id + ":**', such as 'achievement, unverified'; found "
          + NarrativeFormatException.quote(kindAndVerdict.text()));
    }
    Map<String, Place> places = new HashMap<>();
    places.put("id", idAt);
    Claim.Builder b = Claim.builder().id(id);
    if (!parts[0].strip().equals(Dialect.NO_KIND_YET)) {
      b.kind(part(kindAndVerdict, 0, parts[0], "kind", ClaimKind::fromCode));
    }
    places.put("kind", kindAndVerdict.at());
    int last = blocks.size() - 1;
    // A draft with nothing but its quotes (as the writer writes one, and init makes them) has no
    // bullet list: its quotes run to the end.
    BulletList list = last >= 1 && blocks.get(last) instanceof BulletList l ? l : null;
    if (last < 1 || list == null && !(blocks.get(last) instanceof BlockQuote)) {
      Node found = last < 1 ? lead : blocks.get(last);
      throw MarkdownSource.errorAt(found, owner + ": expected the source's words as a block quote, then the claim's "
          + "fields as a bullet list ('- **Paraphrase:** ...'), after '**Claim " + id + ":**'");
    }
    int quotesEnd = list == null ? last + 1 : last;
    for (int i = 1; i < quotesEnd; i++) {
      if (!(blocks.get(i) instanceof BlockQuote quote)) {
        throw MarkdownSource.errorAt(blocks.get(i), "unexpected " + MarkdownSource.describe(blocks.get(i)) + " in "
            + owner + "; expected the source's words as block quotes, then the claim's fields");
      }
      if (i == 1) {
        b.anchor(anchors.quoted(quote, owner, places, "anchor"));
      } else {
        b.addOtherAnchors(anchors.quoted(quote, owner, places, "otherAnchors[" + (i - 2) + "]"));
      }
    }
    if (quotesEnd == 1) {
      throw MarkdownSource.errorAt(list, owner + " has no quotation; expected the source's words as a block quote "
          + "('> ...') before the claim's fields");
    }
    Fields fields = Fields.of(list == null ? List.of() : items(list), source, at);
    fields.optional(Key.PARAPHRASE).ifPresent(f -> b.statement(f.value())); // a draft has none yet
    Integer position = position(fields);
    common(fields, owner, b, places, placedUnder, at);
    fields.finish(owner);
    Claim claim = build(at, idAt, owner, fields, b::build);
    if (parts.length == 2) {
      int comma = parts[0].length() + 1;
      Verdict shown = part(kindAndVerdict, comma, parts[1], "verdict", Verdict::fromCode);
      if (shown != claim.verdict()) {
        throw partAt(kindAndVerdict, comma, parts[1]).error(owner + " shows the verdict '" + shown.code() + "', but its assessments give '"
            + claim.verdict().code() + "' (the last assessment's verdict, or unverified when there is none); "
            + "expected '" + claim.kind().map(ClaimKind::code).orElse(Dialect.NO_KIND_YET) + ", " + claim.verdict().code() + "'");
      }
    }
    assembly.claims.add(new NarrativeAssembly.Draft<>(claim, position, at, places, assembly.kept(fields)));
  }

  private void dialectOne(BlockQuote quote, EntityRef placedUnder) {
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
    Fields.Field idField = fields.required(Key.ID, "a claim");
    String id = idField.value();
    String owner = "claim '" + id + "'";
    Map<String, Place> places = new HashMap<>();
    places.put("id", idField.at());
    Claim.Builder b = Claim.builder().id(id).statement(statement.text());
    Integer position = position(fields);
    Fields.Field kind = fields.required(Key.KIND, owner);
    b.kind(kind.as(ClaimKind::fromCode));
    place(places, "kind", kind);
    Fields.Field anchorField = fields.optionalNested(Key.ANCHOR).orElseThrow(() -> at.error(
        owner + " has no field 'Anchor'; expected '- **Anchor:**' with a nested list of Source and Quote"));
    b.anchor(anchors.nested(anchorField, owner, places, "anchor"));
    List<Fields.Field> others = fields.repeatedNested(Key.OTHER_ANCHOR);
    for (int i = 0; i < others.size(); i++) {
      b.addOtherAnchors(anchors.nested(others.get(i), owner, places, "otherAnchors[" + i + "]"));
    }
    common(fields, owner, b, places, placedUnder, at);
    fields.finish(owner);
    assembly.claims.add(new NarrativeAssembly.Draft<>(build(at, owner, fields, b::build), position, at, places, assembly.kept(fields)));
  }

  /** The fields both forms share, from Asserted by to the assessments. */
  private void common(Fields fields, String owner, Claim.Builder b, Map<String, Place> places, EntityRef placedUnder,
      Place at) {
    fields.optional(Key.ASSERTED_BY).ifPresent(f -> b.assertedBy(f.value())); // a draft may not say yet
    fields.optional(Key.EXTRACTED_BY).ifPresent(f -> b.extractedBy(f.value()));
    Optional<Fields.Field> about = fields.optional(Key.ABOUT);
    if (about.isPresent()) {
      List<EntityRef> refs = about.get().as(Values::parseRefs);
      if (placedUnder != null && !refs.contains(placedUnder)) {
        throw about.get().at().error(owner + " stands under " + placedUnder
            + " but its About field does not list it; expected it among: " + Values.refs(refs));
      }
      b.addAllAbout(refs);
      place(places, "about", about.get());
    } else if (placedUnder != null) {
      b.addAbout(placedUnder);
      places.put("about", at);
    }
    refs(fields, Key.CAUSES, places).ifPresent(b::addAllCauses);
    refs(fields, Key.EFFECTS, places).ifPresent(b::addAllEffects);
    refs(fields, Key.JUSTIFIES, places).ifPresent(b::addAllJustifies);
    period(fields, Key.REFERS_TO, owner).ifPresent(b::refersTo);
    fields.optional(Key.RELATIONS).ifPresent(f -> {
      b.addAllRelations(f.as(Values::parseRelations));
      place(places, "relations", f);
    });
    figures.figures(fields, owner, places, b::addFigures);
    encoderNotes(fields, owner, b::addEncoderNotes);
    for (Fields.Field f : fields.repeatedNested(Key.ASSESSMENT)) {
      b.addAssessments(assessment(f, owner));
    }
  }

  /** Converts one part of the line opening a claim, starting at {@code offset} in its value. */
  private static <T> T part(MarkdownSource.Value value, int offset, String text, String what,
      Function<String, T> parse) {
    try {
      return parse.apply(text.strip());
    } catch (IllegalArgumentException e) {
      throw partAt(value, offset, text).error("the claim's " + what + ": " + e.getMessage(), e);
    }
  }

  /** Where a part of the value starts (on the value's first line: the writer writes it on one). */
  private static Place partAt(MarkdownSource.Value value, int offset, String text) {
    int skip = 0;
    while (skip < text.length() && text.charAt(skip) == ' ') {
      skip++;
    }
    return new Place(value.line(), value.column() + offset + skip);
  }

  private static Optional<List<EntityRef>> refs(Fields fields, Key key, Map<String, Place> places) {
    Optional<Fields.Field> field = fields.optional(key);
    field.ifPresent(f -> place(places, key.attribute, f));
    return field.map(f -> f.as(Values::parseRefs));
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
    return build(field.keyAt(), what, fields, b::build);
  }
}
