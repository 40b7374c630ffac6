package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * The blocks under one entity heading (an era, a policy line, an event, an actor), or of a
 * section of claims, in the order the dialect allows: the entity's fields, then (for a policy
 * line) its priorities table, then its claims. A claim is one block quote (dialect 1), or a
 * paragraph {@code **Claim id:** ...}, the block quotes of its sources' words and its fields
 * (dialect 2); {@link ClaimReader} reads each group.
 */
final class EntityBlocks {

  /** The entity's heading, or null for a section of claims. */
  final Heading heading;
  final String id;
  final String name;
  /** Where the id is written (the heading's text), or null for a section of claims. */
  final Place idAt;
  /** For a policy line in the Eras section, the era it stands under; otherwise null. */
  final String eraId;
  private final boolean takesTable;
  private BulletList fields;
  private TableBlock table;
  private final List<List<Node>> claims = new ArrayList<>();
  /** The open claim of dialect 2, still waiting for its fields, or null. */
  private List<Node> open;

  private EntityBlocks(Heading heading, String id, String name, Place idAt, String eraId, boolean takesTable) {
    this.heading = heading;
    this.id = id;
    this.name = name;
    this.idAt = idAt;
    this.eraId = eraId;
    this.takesTable = takesTable;
  }

  /**
   * The entity of a heading {@code id: Name}, described as {@code kind} ("an era") in errors.
   *
   * @param takesTable whether a table may follow its fields (a policy line's priorities)
   */
  static EntityBlocks of(MarkdownSource source, Heading heading, String kind, String eraId, boolean takesTable) {
    MarkdownSource.Value text = source.heading(heading);
    Matcher m = ConstructReader.ID_AND_NAME.matcher(text.text());
    if (!m.matches()) {
      throw text.at().error("expected " + kind + " heading 'id: Name' with a slug id such as "
          + "post-war, found " + NarrativeFormatException.quote(text.text()));
    }
    return new EntityBlocks(heading, m.group(1), m.group(2), text.at(), eraId, takesTable);
  }

  /**
   * The error for a heading at a level where {@code kind} ("a policy line") takes another: {@code
   * expected a level-4 heading (####) for a policy line, found level 3}, and why, if known.
   */
  static NarrativeFormatException wrongLevel(Heading heading, int expected, String kind, String why) {
    return MarkdownSource.errorAt(heading, "expected a level-" + expected + " heading (" + "#".repeat(expected)
        + ") for " + kind + ", found level " + heading.getLevel() + why);
  }

  /** The claims of a section that holds nothing else. */
  static EntityBlocks claimsOnly() {
    return new EntityBlocks(null, null, null, null, null, false);
  }

  /**
   * Takes the next block, or returns false when it cannot come next: fields come first, then a
   * table, then claims.
   */
  boolean add(Node block) {
    if (ClaimReader.isLead(block)) {
      open = new ArrayList<>(List.of(block));
      claims.add(open);
      return true;
    }
    if (open != null) {
      open.add(block);
      if (block instanceof BulletList) {
        open = null;
      }
      return true;
    }
    if (block instanceof BlockQuote) {
      claims.add(List.of(block));
      return true;
    }
    if (block instanceof BulletList list && heading != null && fields == null && table == null && claims.isEmpty()) {
      fields = list;
      return true;
    }
    if (block instanceof TableBlock t && takesTable && table == null && claims.isEmpty()) {
      table = t;
      return true;
    }
    return false;
  }

  /** The fields' list, or null. */
  BulletList fields() {
    return fields;
  }

  /** The table after the fields, or null. */
  TableBlock table() {
    return table;
  }

  /** The blocks of each claim, in order. */
  List<List<Node>> claims() {
    return claims;
  }
}
