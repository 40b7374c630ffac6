package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;

/**
 * The root command of {@code policy-narrative}: convert, validate and summarise narrative files from
 * the command line. Formats are chosen by file extension (or {@code --from}/{@code --to}) among those
 * installed through the SPI, so a format added by a third party works without any change here.
 *
 * <p>Exit status: 0 on success, 1 when a file is invalid or an operation fails, 2 on a usage
 * error. Errors are one line on standard error; {@code --verbose} adds the stack trace.
 */
@Command(name = "policy-narrative", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Convert, validate, compare and summarise policy-narrative files. The format of each file is"
        + " chosen by its extension, or named with --from and --to; '-' reads standard input or writes"
        + " standard output."},
    footerHeading = "%nPlugins:%n",
    footer = {"Adapter jars (a NarrativeFormat and its META-INF/services entry) are loaded from the plugins"
        + " directory of the installation, from each --plugins DIR and from the directories or jars in "
        + Plugins.ENVIRONMENT_VARIABLE + " (separated by the path separator). 'policy-narrative formats'"
        + " lists what was found."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:invalid file or failed operation (diff: the files differ)",
        "2:usage error (diff: any error)"})
public final class RootCommand implements Runnable {

  /** Exit status when an input is invalid or an operation fails. */
  public static final int EXIT_FAILURE = 1;

  /** The subcommands, in the order the help lists them. */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /** Exit status on a usage error. */
  public static final int EXIT_USAGE = 2;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error, not just its one-line message.")
  boolean verbose;

  @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Also load the adapter jars in DIR (a directory of jars, or one .jar). Repeatable.")
  List<Path> plugins = new ArrayList<>();

  @Option(names = "--max-document-size", paramLabel = "SIZE", scope = ScopeType.INHERIT,
      converter = DocumentSize.class,
      description = "Read and write documents (for JSON Lines, each line), and read standard input and source"
          + " texts, of up to SIZE bytes (such as 200M or 1G) instead of the default of 64 MiB; read what was"
          + " written with a raised limit with the same option. A larger document needs more memory: see"
          + " JAVA_OPTS.")
  Long maxDocumentSize;

  @Option(names = "--progress", scope = ScopeType.INHERIT,
      description = "Show the progress of work over a corpus on standard error even when it is not a terminal.")
  boolean progress;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Show no progress, even on a terminal.")
  boolean quiet;

  @CommandLine.Spec
  CommandSpec spec;

  private final Session session;

  private RootCommand(Session session) {
    this.session = session;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "a subcommand is required: " + String.join(", ", SUBCOMMANDS.keySet()));
  }

  /** The session of the run that {@code command} belongs to. */
  static Session session(CommandSpec command) {
    return ((RootCommand) command.root().userObject()).session;
  }

  /**
   * Runs the tool in-process.
   *
   * @param stdin what {@code -} reads
   * @param stdout where results go (UTF-8 text, or the bytes of a narrative written to {@code -})
   * @param stderr where errors go, one line each (UTF-8)
   * @param environment the environment variables, for {@value Plugins#ENVIRONMENT_VARIABLE}
   * @param args the command line
   * @return the exit status: 0, {@link #EXIT_FAILURE} or {@link #EXIT_USAGE}
   */
  public static int run(InputStream stdin, OutputStream stdout, OutputStream stderr, Map<String, String> environment,
      String... args) {
    try (Session session = new Session(stdin, stdout, stderr, environment)) {
      CommandLine cli = new CommandLine(new RootCommand(session));
      addSubcommands(cli, args);
      cli.setOut(session.out());
      cli.setErr(session.err());
      cli.setExecutionStrategy(parsed -> execute(session, parsed));
      cli.setExecutionExceptionHandler(RootCommand::onError);
      cli.setParameterExceptionHandler(RootCommand::onUsageError);
      int status = cli.execute(args);
      Optional<IOException> failure = session.unreportedStdoutFailure();
      if (failure.isPresent()) {
        // Output cut short by a full disk, a file-size limit or a closed pipe is a failure, never success.
        session.err().println(cli.getCommandName() + ": cannot write standard output: " + Errors.reason(failure.get())
            + "; the output is incomplete");
        return status == EXIT_USAGE ? status : session.failureStatus();
      }
      return status;
    }
  }

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("init", InitCommand.class);
    all.put("convert", ConvertCommand.class);
    all.put("validate", ValidateCommand.class);
    all.put("anchor", AnchorCommand.class);
    all.put("coverage", CoverageCommand.class);
    all.put("codes", CodesCommand.class);
    all.put("diff", DiffCommand.class);
    all.put("timeline", TimelineCommand.class);
    all.put("stats", StatsCommand.class);
    all.put("query", QueryCommand.class);
    all.put("export", ExportCommand.class);
    all.put("formats", FormatsCommand.class);
    all.put("completion", CompletionCommand.class);
    return all;
  }

  /**
   * Adds the subcommands that {@code args} name, or all of them when it names none (for the
   * help, a usage error's suggestions and the completion script, which list them all): picocli
   * builds a command's model by reflection over its annotations, and a run needs only its own.
   */
  private static void addSubcommands(CommandLine cli, String... args) {
    Set<String> named = new HashSet<>();
    for (String arg : args) {
      if (SUBCOMMANDS.containsKey(arg)) {
        named.add(arg);
      }
    }
    boolean all = named.isEmpty() || named.contains("completion");
    SUBCOMMANDS.forEach((name, type) -> {
      if (all || named.contains(name)) {
        cli.addSubcommand(name, type);
      }
    });
  }

  private static int execute(Session session, ParseResult parsed) {
    session.pluginOptions(pluginOptions(parsed));
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--max-document-size")) {
        session.maxDocumentSize(p.matchedOptionValue("--max-document-size", 0L));
      }
      if (p.hasMatchedOption("--progress")) {
        session.progress(true);
      }
      if (p.hasMatchedOption("--quiet")) {
        session.progress(false);
      }
    }
    try {
      return new RunLast().execute(parsed);
    } catch (OutOfMemoryError e) {
      // Caught where the command's data is no longer referenced, so there is memory again to report it.
      throw new ExecutionException(leaf(parsed).commandLine(), "out of memory",
          new CliException(Memory.outOfMemory(e), e));
    } catch (ServiceConfigurationError | LinkageError e) {
      // A plugin jar that misses a class or was built for a newer Java: picocli handles exceptions only.
      throw new ExecutionException(leaf(parsed).commandLine(), String.valueOf(e.getMessage()),
          new CliException("a plugin or the installation is broken: " + Errors.oneLine(e.toString()), e));
    }
  }

  /** The values of {@code --plugins}, wherever on the command line they were given. */
  private static List<Path> pluginOptions(ParseResult parsed) {
    Set<Path> all = new LinkedHashSet<>();
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      all.addAll(p.matchedOptionValue("--plugins", List.<Path>of()));
    }
    return new ArrayList<>(all);
  }

  private static CommandSpec leaf(ParseResult parsed) {
    ParseResult p = parsed;
    while (p.subcommand() != null) {
      p = p.subcommand();
    }
    return p.commandSpec();
  }

  private static int onError(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    for (String error : Errors.describeEach(e)) {
      err.println(command.getCommandSpec().qualifiedName() + ": " + error);
    }
    if (isVerbose(command)) {
      e.printStackTrace(err);
    }
    return session(command.getCommandSpec()).failureStatus();
  }

  private static int onUsageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(name + ": " + TerminalText.escape(Errors.oneLine(e.getMessage())) + " (see '" + name
        + " --help')");
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
