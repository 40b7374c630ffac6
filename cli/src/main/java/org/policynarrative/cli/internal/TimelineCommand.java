package org.policynarrative.cli.internal;

import java.util.List;
import org.policynarrative.core.Narrative;
import picocli.CommandLine.Command;

/** {@code timeline FILE}: the eras and policy lines in chronological order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Print the eras and policy lines of FILE in chronological order, with their dates as the"
        + " source wrote them.")
final class TimelineCommand extends FileReportCommand {

  @Override
  List<String> report(Narrative narrative) {
    return TextReports.timeline(narrative);
  }
}
