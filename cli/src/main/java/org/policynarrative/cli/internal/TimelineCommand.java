package org.policynarrative.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policynarrative.core.spi.NarrativeFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code timeline FILE}: the eras and policy lines in chronological order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Print the eras and policy lines of FILE in chronological order, with their dates as the"
        + " source wrote them.")
final class TimelineCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The narrative file.")
  Path file;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    TextReports.timeline(NarrativeFormats.installed().read(file)).forEach(spec.commandLine().getOut()::println);
    return 0;
  }
}
