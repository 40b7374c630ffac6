package org.policynarrative.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import org.policynarrative.cli.internal.RootCommand;

/**
 * {@code policy-narrative}: convert, validate and summarise narrative files from the command line.
 * Formats are chosen by file extension (or named with {@code --from} and {@code --to}) among those
 * installed through the SPI, so a format added by a third party, on the class path or in a plugin
 * jar, works without any change here.
 *
 * <p>Exit status: 0 on success, {@link #EXIT_FAILURE} when a file is invalid or an operation
 * fails (standard output that cannot be written included), {@link #EXIT_USAGE} on a usage error. Errors are one line on standard error, naming the
 * user's file and what to do; {@code --verbose} adds the stack trace.
 */
public final class PolicyNarrativeCli {

  /** Exit status when an input is invalid or an operation fails. */
  public static final int EXIT_FAILURE = RootCommand.EXIT_FAILURE;

  /** Exit status on a usage error. */
  public static final int EXIT_USAGE = RootCommand.EXIT_USAGE;

  private PolicyNarrativeCli() {}

  /**
   * Runs the tool on the process's standard streams and exits the JVM with its exit status when
   * that is not 0.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // The file descriptor rather than System.out, a PrintStream that would hide a failed write
    // (a full disk, a closed pipe) and its reason.
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    int status = run(System.in, stdout, System.err, args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the tool in-process. Text goes to {@code stdout} and {@code stderr} as UTF-8; a narrative
   * written to {@code -} goes to {@code stdout} in its format's bytes. Plugin jars are also taken from
   * the environment variable {@code POLICY_NARRATIVE_PLUGINS}. The streams are flushed, not closed.
   *
   * @param stdin what {@code -} reads
   * @param stdout where results go
   * @param stderr where errors go, one line each
   * @param args the command line
   * @return the exit status: 0, {@link #EXIT_FAILURE} or {@link #EXIT_USAGE}
   */
  public static int run(InputStream stdin, OutputStream stdout, OutputStream stderr, String... args) {
    return RootCommand.run(stdin, stdout, stderr, System.getenv(), args);
  }
}
