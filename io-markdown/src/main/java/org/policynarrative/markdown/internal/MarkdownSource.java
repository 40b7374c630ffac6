package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * The input's lines beside commonmark's tree: values are decoded from the source text under a
 * node's source spans ({@link MarkdownText#decode}), and errors are located at a node's first span.
 */
final class MarkdownSource {

  private final String input;
  /** Where each line starts in the input, and where it ends (before its line break). */
  private final int[] starts;
  private final int[] ends;

  MarkdownSource(String input) {
    this.input = input;
    int n = input.length();
    int[] lineStarts = new int[Math.max(16, n / 32)];
    int[] lineEnds = new int[lineStarts.length];
    int count = 0;
    int start = 0;
    // Without a '\r', String.indexOf (vectorised) finds the line breaks much faster than a loop.
    boolean newlinesOnly = input.indexOf('\r') < 0;
    for (int i = 0; i < n; i++) {
      if (newlinesOnly) {
        i = input.indexOf('\n', i);
        if (i < 0) {
          break;
        }
      }
      char c = input.charAt(i);
      if (c == '\n' || c == '\r') {
        if (count + 1 >= lineStarts.length) {
          lineStarts = Arrays.copyOf(lineStarts, lineStarts.length * 2);
          lineEnds = Arrays.copyOf(lineEnds, lineStarts.length);
        }
        lineStarts[count] = start;
        lineEnds[count] = i;
        count++;
        if (c == '\r' && i + 1 < n && input.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lineStarts[count] = start;
    lineEnds[count] = n;
    this.starts = lineStarts;
    this.ends = lineEnds;
  }

  /** A decoded value and where its text starts (0-based). */
  record Value(String text, int line, int column) {

    /** Where the text starts. */
    Place at() {
      return new Place(line, column);
    }
  }

  /** The value written after {@code key} in the paragraph (the whole paragraph when key is null). */
  Value valueAfter(Paragraph paragraph, Node key) {
    for (Node child = key == null ? paragraph.getFirstChild() : key.getNext(); child != null; child = child.getNext()) {
      requirePlain(child);
    }
    int startLine = -1;
    int startColumn = -1;
    if (key != null) {
      SourceSpan keySpan = key.getSourceSpans().get(0);
      startLine = keySpan.getLineIndex();
      startColumn = keySpan.getColumnIndex() + keySpan.getLength();
    }
    List<SourceSpan> spans = paragraph.getSourceSpans();
    if (spans.size() == 1 && spans.get(0).getLineIndex() >= startLine) {
      // One line, as the writer writes every value: decoded without a list of segments.
      SourceSpan span = spans.get(0);
      int line = span.getLineIndex();
      int from = span.getColumnIndex();
      int to = from + span.getLength();
      if (line == startLine) {
        from = Math.max(from, startColumn);
      }
      return decodeLine(line, from, to);
    }
    List<MarkdownText.Segment> segments = new ArrayList<>();
    for (SourceSpan span : spans) {
      int line = span.getLineIndex();
      int from = span.getColumnIndex();
      int to = from + span.getLength();
      if (line < startLine) {
        continue;
      }
      if (line == startLine) {
        from = Math.max(from, startColumn);
      }
      segments.add(new MarkdownText.Segment(line, from, text(line, from, to)));
    }
    return decode(segments, paragraph);
  }

  /** The text of a heading (a setext heading may span several lines). */
  Value heading(Heading heading) {
    TreeMap<Integer, int[]> ranges = new TreeMap<>();
    for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
      requirePlain(child);
      for (SourceSpan span : child.getSourceSpans()) {
        int from = span.getColumnIndex();
        int to = from + span.getLength();
        ranges.merge(span.getLineIndex(), new int[] {from, to},
            (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
      }
    }
    if (ranges.isEmpty()) {
      SourceSpan span = heading.getSourceSpans().get(0);
      return new Value("", span.getLineIndex(), span.getColumnIndex());
    }
    List<MarkdownText.Segment> segments = new ArrayList<>();
    ranges.forEach((line, range) ->
        segments.add(new MarkdownText.Segment(line, range[0], text(line, range[0], range[1]))));
    return decode(segments, heading);
  }

  /** The text of a table cell; empty for a cell the row left out. */
  Value cell(TableCell cell, int rowLine) {
    for (Node child = cell.getFirstChild(); child != null; child = child.getNext()) {
      requirePlain(child);
    }
    if (cell.getSourceSpans().isEmpty()) {
      return new Value("", rowLine, 0);
    }
    SourceSpan span = cell.getSourceSpans().get(0);
    int from = span.getColumnIndex();
    return decodeLine(span.getLineIndex(), from, from + span.getLength());
  }

  /** The source line (0-based), as written. */
  String line(int index) {
    return input.substring(starts[index], ends[index]);
  }

  /** The characters {@code [from, to)} of a line (0-based), as written. */
  private String text(int line, int from, int to) {
    return input.substring(starts[line] + from, starts[line] + to);
  }

  /**
   * Decodes the characters {@code [from, to)} of one line, as {@link #decode(List, Node)} decodes
   * them as the only segment; {@code from <= to}.
   */
  private Value decodeLine(int line, int from, int to) {
    int offset = starts[line];
    int skip = 0;
    while (from + skip < to && (input.charAt(offset + from + skip) == ' ' || input.charAt(offset + from + skip) == '\t')) {
      skip++;
    }
    return new Value(MarkdownText.decodeLine(input, offset + from, offset + to, line, from), line, from + skip);
  }

  private static Value decode(List<MarkdownText.Segment> segments, Node owner) {
    if (segments.isEmpty()) {
      SourceSpan span = owner.getSourceSpans().get(0);
      return new Value("", span.getLineIndex(), span.getColumnIndex());
    }
    MarkdownText.Segment first = segments.get(0);
    int column = first.column();
    String text = first.text();
    int skip = 0;
    while (skip < text.length() && (text.charAt(skip) == ' ' || text.charAt(skip) == '\t')) {
      skip++;
    }
    return new Value(MarkdownText.decode(segments), first.line(), column + skip);
  }

  /** Fails unless the inline node is plain text or a line break: values carry no formatting. */
  private static void requirePlain(Node node) {
    if (node instanceof Text || node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      return;
    }
    throw errorAt(node, "unexpected " + describe(node) + " in a value; values are plain text, so escape "
        + "Markdown characters with a backslash (\\*, \\_, \\`, \\[, \\<)");
  }

  /** An error located at the node's first source span (or its nearest located ancestor). */
  static NarrativeFormatException errorAt(Node node, String problem) {
    Node located = node;
    while (located != null && located.getSourceSpans().isEmpty()) {
      located = located.getParent();
    }
    if (located == null) {
      return new NarrativeFormatException(MarkdownErrors.FORMAT, problem);
    }
    SourceSpan span = located.getSourceSpans().get(0);
    return MarkdownErrors.at(span.getLineIndex(), span.getColumnIndex(), problem);
  }

  /** A person's name for the node's kind. */
  static String describe(Node node) {
    if (node instanceof Heading heading) {
      return "level-" + heading.getLevel() + " heading";
    }
    return node instanceof Paragraph ? "paragraph"
        : node instanceof BulletList ? "bullet list"
        : node instanceof OrderedList ? "numbered list"
        : node instanceof BlockQuote ? "block quote"
        : node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock ? "code block"
        : node instanceof HtmlBlock || node instanceof HtmlInline ? "raw HTML"
        : node instanceof ThematicBreak ? "horizontal rule"
        : node instanceof TableBlock ? "table"
        : node instanceof LinkReferenceDefinition ? "link reference definition"
        : node instanceof Emphasis || node instanceof StrongEmphasis ? "emphasis"
        : node instanceof Code ? "code span"
        : node instanceof Link ? "link"
        : node instanceof Image ? "image"
        : node.getClass().getSimpleName();
  }
}
