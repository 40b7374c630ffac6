package org.policynarrative.markdown.internal;

import java.util.Map;
import java.util.function.BiConsumer;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.InvalidValueException;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * Reads a claim's anchors: in dialect 2 a block quote of the source's words followed by their
 * {@link Attribution} (or, when that would not read back, a list of the anchor's fields); in
 * dialect 1 (and for hand-written claims) a field {@code Anchor} or {@code Other anchor} with a
 * nested list of {@code Source}, {@code Quote}, {@code Before}, {@code After} and {@code Offsets}.
 */
final class AnchorReader extends ConstructReader {

  /** The suffix of an anchor's path under which its attribution line is recorded, for {@link #parts}. */
  static final String ATTRIBUTION = ".attribution";

  AnchorReader(MarkdownSource source, NarrativeAssembly assembly) {
    super(source, assembly);
  }

  /**
   * The anchor of a block quote: the quotation, then its attribution or its fields.
   *
   * @param path the anchor's path below the claim ({@code anchor}, {@code otherAnchors[0]}), for the validator
   */
  Anchor quoted(BlockQuote quote, String owner, Map<String, Place> places, String path) {
    String what = "the quotation " + ("anchor".equals(path) ? "" : "(" + path + ") ") + "of " + owner;
    Node first = quote.getFirstChild();
    if (!(first instanceof Paragraph words)) {
      throw MarkdownSource.errorAt(first == null ? quote : first, "expected the source's words as the first "
          + "paragraph of the block quote, found " + (first == null ? "an empty quote" : "a "
          + MarkdownSource.describe(first)));
    }
    Node second = words.getNext();
    if (second == null || second.getNext() != null) {
      Node at = second == null ? words : second.getNext();
      throw MarkdownSource.errorAt(at, "expected the source's words, then a line saying where they are: "
          + Attribution.expected());
    }
    MarkdownSource.Value exact = source.valueAfter(words, null);
    places.put(path, Place.of(quote));
    places.put(path + ".exact", exact.at());
    if (second instanceof BulletList list) {
      Fields fields = Fields.of(items(list), source, Place.of(list));
      return anchorFields(fields, exact.text(), what, places, path, Place.of(quote));
    }
    if (!(second instanceof Paragraph line)) {
      throw MarkdownSource.errorAt(second, "unexpected " + MarkdownSource.describe(second) + " in " + what
          + "; expected a line saying where the words are: " + Attribution.expected());
    }
    MarkdownSource.Value attribution = source.valueAfter(line, null);
    Anchor anchor;
    try {
      anchor = Attribution.parse(attribution.text(), exact.text());
    } catch (InvalidValueException e) {
      throw attribution.at().error("invalid " + what + ": " + e.getMessage(), e);
    }
    if (anchor == null) {
      throw attribution.at().error("expected a line saying where the words are: " + Attribution.expected()
          + ", found " + NarrativeFormatException.quote(attribution.text()));
    }
    places.put(path + ".source", attribution.at());
    // Its parts (offsets, context) are placed only when the location index is asked for: parts(...).
    places.put(path + ATTRIBUTION, attribution.at());
    return anchor;
  }

  /**
   * The places of the parts of an attribution line recorded at {@code at} under {@code anchorPath}
   * (such as {@code claims[3].anchor}): {@code start} and {@code end} at its {@code code points},
   * {@code prefix} at {@code before}, {@code suffix} at {@code after}, each just past its comma, or
   * at the attribution's start when its first line does not have the part.
   */
  static void parts(MarkdownSource source, String anchorPath, Place at, BiConsumer<String, Place> put) {
    String line = source.line(at.line());
    int from = Math.min(at.column(), line.length());
    Place offsets = partOf(line, at, from, Dialect.CODE_POINTS);
    put.accept(anchorPath + ".start", offsets);
    put.accept(anchorPath + ".end", offsets);
    int before = line.indexOf(Dialect.BEFORE_QUOTE, from);
    put.accept(anchorPath + ".prefix", before < 0 ? at : new Place(at.line(), before + 2));
    put.accept(anchorPath + ".suffix", partOf(line, at, before < 0 ? from : before, Dialect.AFTER_QUOTE));
  }

  private static Place partOf(String line, Place at, int from, String part) {
    int found = line.indexOf(part, from);
    return found < 0 ? at : new Place(at.line(), found + 2);
  }

  /** The anchor of a field with nested Source, Quote, Before, After and Offsets fields (dialect 1). */
  Anchor nested(Fields.Field field, String owner, Map<String, Place> places, String path) {
    Fields fields = nested(field, owner);
    String what = ("anchor".equals(path) ? "the anchor" : "an other anchor (" + path + ")") + " of " + owner;
    places.put(path, field.keyAt());
    Fields.Field quote = fields.required(Key.QUOTE, what);
    places.put(path + ".exact", quote.at());
    return anchorFields(fields, quote.value(), what, places, path, field.keyAt());
  }

  private static Anchor anchorFields(Fields fields, String exact, String what, Map<String, Place> places, String path,
      Place at) {
    Anchor.Builder b = Anchor.builder().exact(exact);
    Fields.Field sourceField = fields.required(Key.SOURCE, what);
    b.source(sourceField.value());
    places.put(path + ".source", sourceField.at());
    fields.optional(Key.BEFORE).ifPresent(f -> {
      b.prefix(f.value());
      places.put(path + ".prefix", f.at());
    });
    fields.optional(Key.AFTER).ifPresent(f -> {
      b.suffix(f.value());
      places.put(path + ".suffix", f.at());
    });
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
      places.put(path + ".start", f.at());
      places.put(path + ".end", f.at());
    });
    fields.finish(what);
    return build(at, what, fields, b::build);
  }

  /** The index of ".." in offsets written as 1 to 10 ASCII digits, "..", 1 to 10 ASCII digits; -1 otherwise. */
  static int offsetsDots(String value) {
    int dots = value.indexOf("..");
    return dots >= 0 && Values.isDigits(value, 0, dots) && Values.isDigits(value, dots + 2, value.length())
        ? dots : -1;
  }
}
