package org.policynarrative.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policynarrative.core.Narrative;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A subcommand that reads one narrative file (or standard input) and prints a plain-text report of
 * it, control characters escaped. Picocli reads the options declared here for each subclass.
 */
abstract class FileReportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The narrative file, or - for standard input.")
  Path file;

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format of FILE, by name or extension; needed for -.")
  String from;

  @Spec
  CommandSpec spec;

  /** The report's lines, without line separators. */
  abstract List<String> report(Narrative narrative);

  @Override
  public Integer call() {
    report(NarrativeInput.readOne(spec, file, from)).stream().map(TerminalText::escape)
        .forEach(RootCommand.session(spec).out()::println);
    return 0;
  }
}
