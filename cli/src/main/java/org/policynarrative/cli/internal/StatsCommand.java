package org.policynarrative.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stats FILE}: how many entities and claims, claims by kind and by verdict. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Print counts for FILE: sources, eras, sectors, policy lines and claims, claims by kind,"
        + " by verdict and by who asserts them.")
final class StatsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The narrative file, or - for standard input.")
  Path file;

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format of FILE, by name or extension; needed for -.")
  String from;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    TextReports.stats(NarrativeInput.readOne(spec, file, from)).stream().map(TerminalText::escape)
        .forEach(RootCommand.session(spec).out()::println);
    return 0;
  }
}
