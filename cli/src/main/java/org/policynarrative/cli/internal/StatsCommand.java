package org.policynarrative.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policynarrative.core.spi.NarrativeFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stats FILE}: how many entities and claims, claims by kind and by verdict. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Print counts for FILE: sources, eras, sectors, policy lines and claims, claims by kind,"
        + " by verdict and by who asserts them.")
final class StatsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The narrative file.")
  Path file;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    TextReports.stats(NarrativeFormats.installed().read(file)).forEach(spec.commandLine().getOut()::println);
    return 0;
  }
}
