package org.policynarrative.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.policynarrative.cli.internal.RootCommand;

/**
 * One in-process run of the tool: exit status, standard output (as bytes, for narratives written to
 * {@code -}, and as text) and standard error.
 */
record CliRun(int status, byte[] stdout, String err) {

  /** Runs with empty standard input and no environment. */
  static CliRun run(String... args) {
    return run(new byte[0], Map.of(), args);
  }

  /** Runs with these bytes on standard input. */
  static CliRun withStdin(byte[] stdin, String... args) {
    return run(stdin, Map.of(), args);
  }

  /** Runs with these environment variables (and empty standard input). */
  static CliRun withEnvironment(Map<String, String> environment, String... args) {
    return run(new byte[0], environment, args);
  }

  private static CliRun run(byte[] stdin, Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RootCommand.run(new ByteArrayInputStream(stdin), out, err, environment, args);
    return new CliRun(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  String out() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  List<String> outLines() {
    return out().lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
