package org.policynarrative.markdown.internal;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * A place in the document: a 0-based line and column, as commonmark-java counts them (column -1
 * when unknown). Errors report them 1-based.
 */
record Place(int line, int column) {

  /** The start of the document, where a problem with no better place is reported (column unknown). */
  static final Place DOCUMENT = new Place(0, -1);

  /** Where the node's first source span starts. */
  static Place of(Node node) {
    SourceSpan span = node.getSourceSpans().get(0);
    return new Place(span.getLineIndex(), span.getColumnIndex());
  }

  /** An error at this place. */
  NarrativeFormatException error(String problem) {
    return MarkdownErrors.at(line, column, problem);
  }

  /** An error at this place, wrapping its cause. */
  NarrativeFormatException error(String problem, Throwable cause) {
    return MarkdownErrors.at(line, column, problem, cause);
  }
}
