package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Standard output that remembers its first failure. Text goes to standard output through a
 * {@link java.io.PrintWriter}, which swallows {@code IOException}s, and a {@link PrintStream} such
 * as {@code System.out} swallows them too: without this, {@code stats > /dev/full}, a full disk or a
 * closed pipe would exit 0 with the output cut short. The tool checks {@link #failure()} at the end
 * of a run and then exits with an error.
 */
final class StandardOutput extends OutputStream {

  private final OutputStream out;
  private IOException failure;

  StandardOutput(OutputStream out) {
    this.out = out;
  }

  /** The first write or flush that failed, if any. */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void write(int b) throws IOException {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    check();
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
    if (out instanceof PrintStream print && print.checkError()) {
      throw remember(new IOException("write error"));
    }
  }

  /** Not closed: the caller owns the stream. */
  @Override
  public void close() throws IOException {
    flush();
  }

  /** After a failure every further write fails at once: the output is already incomplete. */
  private void check() throws IOException {
    if (failure != null) {
      throw new IOException(failure.getMessage(), failure);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
