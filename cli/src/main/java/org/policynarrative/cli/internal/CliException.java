package org.policynarrative.cli.internal;

/** A failure the tool explains in its own words, such as a refused overwrite. */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }
}
