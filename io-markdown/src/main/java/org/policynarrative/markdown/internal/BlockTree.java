package org.policynarrative.markdown.internal;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * commonmark-java's syntax tree of a document, with source spans, checked to nest no deeper than
 * commonmark reads faithfully.
 */
final class BlockTree {

  /** commonmark-java flattens blocks nested deeper than its limit into text; we stop well before. */
  private static final int MAX_OPEN_BLOCKS = 64;
  private static final int MAX_DEPTH = MAX_OPEN_BLOCKS - 6;
  /**
   * The most levels below a paragraph, heading or table in a tree from {@link ValueInlineParser}:
   * table, head or body, row, cell, strong emphasis, text.
   */
  private static final int LEAF_HEIGHT = 5;

  /** commonmark-java's own parser: for documents the fast one cannot read. */
  static final Parser PARSER = parser(false);
  /** The same block parsing with {@link ValueInlineParser}: for documents laid out as the writer does. */
  static final Parser FAST_PARSER = parser(true);

  private BlockTree() {}

  private static Parser parser(boolean fast) {
    Parser.Builder builder = Parser.builder()
        .extensions(List.of(TablesExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .maxOpenBlockParsers(MAX_OPEN_BLOCKS);
    if (fast) {
      ValueInlineParser inline = new ValueInlineParser();
      builder.inlineParserFactory(context -> inline);
    }
    return builder.build();
  }

  /**
   * The tree commonmark-java's own parser builds: from the fast parser when every block's inline
   * content is plain, otherwise from a second parse with commonmark's inline parser.
   *
   * @throws org.policynarrative.core.spi.NarrativeFormatException when blocks nest too deep
   */
  static Node parse(String text) {
    Node document;
    boolean fast = true;
    try {
      document = FAST_PARSER.parse(text);
    } catch (ValueInlineParser.Fallback e) {
      document = PARSER.parse(text);
      fast = false;
    }
    checkDepth(document, 0, fast);
    return document;
  }

  /**
   * Fails where commonmark-java would have flattened deeper nesting into text. In a tree from
   * {@link ValueInlineParser} nothing below a paragraph, heading or table is more than
   * {@link #LEAF_HEIGHT} levels deeper than it, so a shallow one need not be walked.
   */
  private static void checkDepth(Node node, int depth, boolean fast) {
    if (depth >= MAX_DEPTH) {
      throw MarkdownSource.errorAt(node, "elements are nested more than " + MAX_DEPTH
          + " levels deep; the dialect never nests that deep, and deeper levels would be read as plain text");
    }
    if (fast && depth + LEAF_HEIGHT < MAX_DEPTH
        && (node instanceof Paragraph || node instanceof Heading || node instanceof TableBlock)) {
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      checkDepth(child, depth + 1, fast);
    }
  }
}
