package org.policynarrative.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code timeline FILE}: the eras and policy lines in chronological order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Print the eras and policy lines of FILE in chronological order, with their dates as the"
        + " source wrote them.")
final class TimelineCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The narrative file, or - for standard input.")
  Path file;

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format of FILE, by name or extension; needed for -.")
  String from;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    TextReports.timeline(NarrativeInput.readOne(spec, file, from)).stream().map(TerminalText::escape)
        .forEach(RootCommand.session(spec).out()::println);
    return 0;
  }
}
