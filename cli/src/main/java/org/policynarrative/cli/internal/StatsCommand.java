package org.policynarrative.cli.internal;

import java.util.List;
import org.policynarrative.core.Narrative;
import picocli.CommandLine.Command;

/** {@code stats FILE}: how many entities and claims, claims by kind and by verdict. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Print counts for FILE: sources, eras, sectors, policy lines and claims, claims by kind,"
        + " by verdict and by who asserts them.")
final class StatsCommand extends FileReportCommand {

  @Override
  List<String> report(Narrative narrative) {
    return TextReports.stats(narrative);
  }
}
