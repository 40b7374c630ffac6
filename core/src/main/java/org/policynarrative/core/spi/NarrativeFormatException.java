package org.policynarrative.core.spi;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Input that a format cannot read: the one exception every reader throws for bad input,
 * whatever library it is built on. Carries the format's name and, where known, the file, the line
 * and column (1-based) and the path inside the document (such as {@code /claims/3/about/1}).
 *
 * <p>{@link #getMessage()} puts them together as {@code file:line:column: format: problem (at path)};
 * {@link #problem()} is the bare description.
 */
public final class NarrativeFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String format;
  private final String problem;
  private final String file;
  private final int line;
  private final int column;
  private final String path;

  /**
   * An error at a known place.
   *
   * @param format the format's name, such as {@code json}
   * @param problem what is wrong and what was expected
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param path the path inside the document, or {@code null} when unknown
   * @param cause the underlying library's exception, or {@code null}
   */
  public NarrativeFormatException(String format, String problem, int line, int column, String path,
      Throwable cause) {
    this(format, problem, null, line, column, path, cause);
  }

  /** An error with no known place. */
  public NarrativeFormatException(String format, String problem) {
    this(format, problem, null, 0, 0, null, null);
  }

  private NarrativeFormatException(String format, String problem, String file, int line, int column,
      String path, Throwable cause) {
    super(describe(format, problem, file, line, column, path), cause);
    this.format = format;
    this.problem = problem;
    this.file = file;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.path = path;
  }

  private static String describe(String format, String problem, String file, int line, int column, String path) {
    StringBuilder out = new StringBuilder();
    if (file != null) {
      out.append(file).append(':');
    }
    if (line > 0) {
      out.append(line).append(':');
      if (column > 0) {
        out.append(column).append(':');
      }
    }
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(format).append(": ").append(problem);
    if (path != null && !path.isEmpty()) {
      out.append(" (at ").append(path).append(')');
    }
    return out.toString();
  }

  /** The same error, located in {@code file} (a path or other name of the input). */
  public NarrativeFormatException inFile(String file) {
    NarrativeFormatException located =
        new NarrativeFormatException(format, problem, file, line, column, path, getCause());
    located.setStackTrace(getStackTrace());
    return located;
  }

  /** The name of the format that failed to read, such as {@code json} or {@code markdown}. */
  public String format() {
    return format;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** The file or other input name, when known. */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** The 1-based line, when known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The 1-based column, when known. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** The path inside the document, when known. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
