package org.policynarrative.cli.internal;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The root command of {@code policy-narrative}: convert, validate and summarise narrative files from the command line.
 * Formats are chosen by file extension among those installed through the SPI, so a format added
 * by a third party (such as this module's YAML adapter) works without any change here.
 *
 * <p>Exit status: 0 on success, 1 when a file is invalid or an operation fails, 2 on a usage
 * error. Errors are one line on standard error; {@code --verbose} adds the stack trace.
 */
@Command(name = "policy-narrative", mixinStandardHelpOptions = true, version = "policy-narrative 0.1.0",
    description = "Convert, validate and summarise policy-narrative files. The format of each file is"
        + " chosen by its extension.",
    subcommands = {ConvertCommand.class, ValidateCommand.class, TimelineCommand.class, StatsCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:invalid file or failed operation", "2:usage error"})
public final class RootCommand implements Runnable {

  /** Exit status when an input is invalid or an operation fails. */
  public static final int EXIT_FAILURE = 1;

  /** Exit status on a usage error. */
  public static final int EXIT_USAGE = 2;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error, not just its one-line message.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Instantiated by picocli. */
  RootCommand() {}

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "a subcommand is required: convert, validate, timeline or stats");
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
    CommandLine cli = new CommandLine(new RootCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(RootCommand::onError);
    cli.setParameterExceptionHandler(RootCommand::onUsageError);
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int onError(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + Errors.describe(e));
    if (isVerbose(command)) {
      e.printStackTrace(err);
    }
    return EXIT_FAILURE;
  }

  private static int onUsageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(name + ": " + Errors.oneLine(e.getMessage()) + " (see '" + name + " --help')");
    return EXIT_USAGE;
  }

  private static boolean isVerbose(CommandLine command) {
    for (CommandLine c = command; c != null; c = c.getParent()) {
      if (c.getParseResult() != null && c.getParseResult().hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
