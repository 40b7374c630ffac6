package org.policynarrative.markdown.internal;

import org.policynarrative.core.spi.NarrativeFormatException;

/** Builds the format's exceptions from 0-based commonmark positions. */
final class MarkdownErrors {

  /** The format's name, as every exception reports it. */
  static final String FORMAT = "markdown";

  private MarkdownErrors() {}

  /** An error at a 0-based line and column (column -1 when unknown). */
  static NarrativeFormatException at(int line, int column, String problem) {
    return at(line, column, problem, null);
  }

  /** An error at a 0-based line and column (column -1 when unknown), wrapping a cause (or null). */
  static NarrativeFormatException at(int line, int column, String problem, Throwable cause) {
    NarrativeFormatException.Builder error = NarrativeFormatException.builder(FORMAT, problem);
    if (column >= 0) {
      error.at(line + 1, column + 1);
    } else {
      error.line(line + 1);
    }
    if (cause != null) {
      error.cause(cause);
    }
    return error.build();
  }
}
