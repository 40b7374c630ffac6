package org.policynarrative.cli.internal;

/**
 * A failure the tool explains in its own words: what went wrong, with which of the user's files,
 * and what to do. The message is printed as it is; the cause only with {@code --verbose}.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
