package org.policynarrative.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.policynarrative.cli.internal.RootCommand;

/**
 * {@code policy-narrative}: convert, validate and summarise narrative files from the command line.
 * Formats are chosen by file extension among those installed through the SPI, so a format added
 * by a third party works without any change here.
 *
 * <p>Exit status: 0 on success, {@link #EXIT_FAILURE} when a file is invalid or an operation
 * fails, {@link #EXIT_USAGE} on a usage error. Errors are one line on standard error;
 * {@code --verbose} adds the stack trace.
 */
public final class PolicyNarrativeCli {

  /** Exit status when an input is invalid or an operation fails. */
  public static final int EXIT_FAILURE = RootCommand.EXIT_FAILURE;

  /** Exit status on a usage error. */
  public static final int EXIT_USAGE = RootCommand.EXIT_USAGE;

  private PolicyNarrativeCli() {}

  /**
   * Runs the tool and exits the JVM with its exit status when that is not 0.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int status = run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the tool in-process, writing to the given streams (flushed before returning).
   *
   * @param out where results go
   * @param err where errors go, one line each
   * @param args the command line
   * @return the exit status: 0, {@link #EXIT_FAILURE} or {@link #EXIT_USAGE}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return RootCommand.run(out, err, args);
  }
}
