package org.policynarrative.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.policynarrative.core.internal.Checks;

/**
 * Input that a format cannot read: the one exception every reader throws for bad input,
 * whatever library it is built on. Carries the format's name and, where known, the file, the line
 * and column (1-based) and the path inside the document (such as {@code /claims/3/about/1}).
 *
 * <p>{@link #getMessage()} puts them together as {@code file:line:column: format: problem (at path)};
 * {@link #problem()} is the bare description.
 *
 * <p>A reader that goes on after an error reports the first as this exception and the others it
 * found in the same run as {@link #moreErrors()} (at most {@link #MAX_ERRORS} in all), so that a
 * user fixes them all at once; {@link #allErrors()} lists them together.
 *
 * <pre>{@code
 * throw NarrativeFormatException.builder("yaml", "expected a list of claims")
 *     .at(12, 3).path("/claims").cause(e).build();
 * }</pre>
 */
public final class NarrativeFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The format's name. */
  private final String format;
  /** What is wrong, without the place. */
  private final String problem;
  /** The file that was read, or null. */
  private final String file;
  /** The 1-based line, or 0 when unknown. */
  private final int line;
  /** The 1-based column, or 0 when unknown. */
  private final int column;
  /** The path of the value in the document, or null. */
  private final String path;
  /** The errors found after this one in the same read, in document order. */
  private final List<NarrativeFormatException> more;

  /** The most errors one read reports: this one and {@link #moreErrors()}. */
  public static final int MAX_ERRORS = 100;

  /**
   * An error at a known place.
   *
   * @param format the format's name, such as {@code json}
   * @param problem what is wrong and what was expected
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param path the path inside the document, or {@code null} when unknown
   * @param cause the underlying library's exception, or {@code null}
   * @deprecated placeholders (0, {@code null}) stand for what is unknown; use {@link #builder}, which
   *     leaves out what is unknown
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public NarrativeFormatException(String format, String problem, int line, int column, String path,
      Throwable cause) {
    this(format, problem, null, line, column, path, cause, List.of());
  }

  /**
   * An error with no known place.
   *
   * @param format the format's name, such as {@code json}
   * @param problem what is wrong and what was expected
   */
  public NarrativeFormatException(String format, String problem) {
    this(format, problem, null, 0, 0, null, null, List.of());
  }

  private NarrativeFormatException(String format, String problem, String file, int line, int column,
      String path, Throwable cause, List<NarrativeFormatException> more) {
    super(describe(format, shortened(Objects.requireNonNull(problem, "problem")), file, line, column, path)
        + (more.isEmpty() ? "" : " (and " + more.size() + " more error" + (more.size() == 1 ? "" : "s") + ")"), cause);
    this.more = more;
    this.format = Objects.requireNonNull(format, "format");
    this.problem = shortened(problem);
    this.file = file;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.path = path;
  }

  /** The longest {@link #problem()}, in chars: with a file name and a place, a message stays under 2,000. */
  public static final int MAX_PROBLEM_LENGTH = 1_500;

  /**
   * {@code value} in single quotes for a message, cut to its first 60 characters (with its length
   * named) so that a huge bad value does not make a huge message: {@code 'en'}, or
   * {@code 'xxxx...' (500000 characters)}.
   *
   * @param value the value to quote
   * @return the quoted value
   */
  public static String quote(String value) {
    return Checks.quote(value);
  }

  /**
   * A last defence for the promise that messages stay short, whatever an adapter put in them: a
   * problem longer than {@link #MAX_PROBLEM_LENGTH} is cut, and says so.
   */
  private static String shortened(String problem) {
    if (problem.length() <= MAX_PROBLEM_LENGTH) {
      return problem;
    }
    String tail = "... (" + problem.length() + " characters in all)";
    int end = MAX_PROBLEM_LENGTH - tail.length();
    if (Character.isHighSurrogate(problem.charAt(end - 1))) {
      end--;
    }
    return problem.substring(0, end) + tail;
  }

  /**
   * {@return a builder of an error: set what is known of its place, then {@link Builder#build()}}
   *
   * @param format the format's name, such as {@code json}
   * @param problem what is wrong and what was expected
   */
  public static Builder builder(String format, String problem) {
    return new Builder(Objects.requireNonNull(format, "format"), Objects.requireNonNull(problem, "problem"));
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

  /**
   * {@return the same error, located in {@code file} (a path or other name of the input)}
   *
   * @param file the file that was read
   */
  public NarrativeFormatException inFile(String file) {
    return copy(Objects.requireNonNull(file, "file"), line, column);
  }

  /**
   * The same error on another line, for a reader that parses part of its input on its own (such
   * as one line of JSON Lines): the column is kept, the line replaced.
   *
   * @return the same error on another line
   * @param line the 1-based line
   * @throws IllegalArgumentException when {@code line} is less than 1
   */
  public NarrativeFormatException onLine(int line) {
    return copy(file, Builder.positive(line, "line"), column);
  }

  private NarrativeFormatException copy(String file, int line, int column) {
    List<NarrativeFormatException> moved = more;
    if (!Objects.equals(file, this.file)) {
      moved = more.stream().map(e -> e.inFile(file)).toList();
    }
    NarrativeFormatException copy =
        new NarrativeFormatException(format, problem, file, line, column, path, getCause(), moved);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * {@return this error followed by {@code others}, found after it in the same read: the errors of
   * every exception given, flattened, in the order given, and cut at {@link #MAX_ERRORS} in all}
   *
   * @param others the further errors, in document order; each may carry further errors of its own
   */
  public NarrativeFormatException withMoreErrors(List<NarrativeFormatException> others) {
    List<NarrativeFormatException> all = new ArrayList<>(more);
    for (NarrativeFormatException other : others) {
      for (NarrativeFormatException e : other.allErrors()) {
        if (all.size() < MAX_ERRORS - 1) {
          all.add(e.more.isEmpty() ? e : e.single());
        }
      }
    }
    NarrativeFormatException copy =
        new NarrativeFormatException(format, problem, file, line, column, path, getCause(), List.copyOf(all));
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  private NarrativeFormatException single() {
    NarrativeFormatException copy =
        new NarrativeFormatException(format, problem, file, line, column, path, getCause(), List.of());
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * {@return the errors found after this one in the same read, in document order; empty when the
   * reader stopped at this one}
   */
  public List<NarrativeFormatException> moreErrors() {
    return more;
  }

  /** {@return this error, then {@link #moreErrors()}: every error of the read, each without further errors} */
  public List<NarrativeFormatException> allErrors() {
    List<NarrativeFormatException> all = new ArrayList<>(more.size() + 1);
    all.add(more.isEmpty() ? this : single());
    all.addAll(more);
    return List.copyOf(all);
  }

  /** {@return the name of the format that failed to read, such as {@code json} or {@code markdown}} */
  public String format() {
    return format;
  }

  /** {@return what is wrong, without the location} */
  public String problem() {
    return problem;
  }

  /** {@return the file or other input name, when known} */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** {@return the 1-based line, when known} */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** {@return the 1-based column, when known} */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** {@return the path inside the document, when known; empty text for the whole document} */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * Collects what is known of an error's place. What is not known is not set: there are no
   * placeholder values.
   */
  public static final class Builder {
    private final String format;
    private final String problem;
    private String file;
    private int line;
    private int column;
    private String path;
    private Throwable cause;

    private Builder(String format, String problem) {
      this.format = format;
      this.problem = problem;
    }

    /**
     * {@return the 1-based line and column}
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @throws IllegalArgumentException when either is less than 1
     */
    public Builder at(int line, int column) {
      this.line = positive(line, "line");
      this.column = positive(column, "column");
      return this;
    }

    /**
     * {@return the 1-based line, when the column is not known}
     *
     * @param line the 1-based line
     * @throws IllegalArgumentException when {@code line} is less than 1
     */
    public Builder line(int line) {
      this.line = positive(line, "line");
      this.column = 0;
      return this;
    }

    /**
     * {@return the path inside the document, such as {@code /claims/3}; empty text for the whole document}
     *
     * @param path the file
     */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * {@return the file or other name of the input}
     *
     * @param file the file that was read
     */
    public Builder file(String file) {
      this.file = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * {@return the underlying library's exception}
     *
     * @param cause the underlying failure
     */
    public Builder cause(Throwable cause) {
      this.cause = Objects.requireNonNull(cause, "cause");
      return this;
    }

    /** {@return the exception} */
    public NarrativeFormatException build() {
      return new NarrativeFormatException(format, problem, file, line, column, path, cause, List.of());
    }

    private static int positive(int value, String what) {
      if (value < 1) {
        throw new IllegalArgumentException("the " + what + " is 1-based, so at least 1, but was " + value);
      }
      return value;
    }
  }
}
