package org.policynarrative.cli.internal;

import java.util.Optional;
import org.policynarrative.core.spi.DocumentLimits.TooLongException;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * What the tool says when a document passes a length limit. A format's own message names the Java
 * method that raises the limit, which a command-line user cannot call; the format's exception carries
 * the limit it passed ({@link TooLongException}, its cause), so the tool says the same in its own
 * words: the option that raises the limit, with a size to try.
 */
final class LimitMessages {

  /** The option that raises every document limit of a run. */
  static final String OPTION = "--max-document-size";

  private LimitMessages() {}

  /**
   * {@code e} as the tool reports it: when a document passed a length limit, the same error (file,
   * line, column, path) with a problem that names {@value #OPTION}; otherwise {@code e} itself.
   */
  static NarrativeFormatException forCommandLine(NarrativeFormatException e) {
    Optional<TooLongException> passed = passedLimit(e);
    if (passed.isEmpty()) {
      return e;
    }
    TooLongException limit = passed.get();
    String problem = limit.message(OPTION + ", such as " + OPTION + " " + DocumentSize.format(larger(limit.maxLength())));
    NarrativeFormatException.Builder error = NarrativeFormatException.builder(e.format(), problem).cause(e);
    e.file().ifPresent(error::file);
    if (e.line().isPresent()) {
      if (e.column().isPresent()) {
        error.at(e.line().getAsInt(), e.column().getAsInt());
      } else {
        error.line(e.line().getAsInt());
      }
    }
    e.path().ifPresent(error::path);
    return error.build();
  }

  /** The length limit that {@code e} reports passed, if it reports one. */
  private static Optional<TooLongException> passedLimit(Throwable e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof TooLongException tooLong) {
        return Optional.of(tooLong);
      }
    }
    return Optional.empty();
  }

  /** A size to suggest: twice the limit, or the largest size there is. */
  private static long larger(long limit) {
    return limit > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * limit;
  }
}
