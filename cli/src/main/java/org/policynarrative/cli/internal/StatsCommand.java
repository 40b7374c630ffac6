package org.policynarrative.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.CorpusEntry;
import org.policynarrative.core.spi.NarrativeFormat;
import picocli.CommandLine.Command;

/**
 * {@code stats FILE}: how many entities and claims, claims by kind and by verdict; for a corpus,
 * added up over every narrative.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {"Print counts for FILE: sources, eras, sectors, policy lines and claims, claims by kind,"
        + " by verdict and by who asserts them.",
        "For a corpus (a JSON Lines file), the counts are added up over every narrative; a line that cannot be"
            + " read is reported on standard error, the others still counted, and the exit status is then 1."})
final class StatsCommand extends FileReportCommand {

  @Override
  List<String> report(Narrative narrative) {
    return TextReports.stats(narrative);
  }

  @Override
  public Integer call() {
    Session session = RootCommand.session(spec);
    NarrativeInput input = NarrativeInput.of(file);
    input.checkReadable();
    NarrativeFormat format = Formats.forReading(session.formats(), input, from, spec.commandLine());
    if (!format.isCorpus()) {
      return super.call();
    }
    TextReports.Counts counts = new TextReports.Counts();
    long unreadable = 0;
    try (CorpusInput corpus = new CorpusInput(session, List.of(input), List.of(format),
        Progress.of(session, "counting " + input.name() + ":"))) {
      while (corpus.hasNext()) {
        CorpusEntry entry = corpus.next();
        if (entry.problem().isPresent()) {
          unreadable++;
          for (String error : Errors.describeEach(entry.problem().get())) {
            session.err().println(spec.qualifiedName() + ": " + error);
          }
        } else {
          counts.add(entry.narrative().get());
        }
      }
    } catch (IOException e) {
      throw UserFiles.readFailed(input.file().orElse(Path.of(input.name())), e);
    }
    List<String> lines = new ArrayList<>();
    lines.add(input.name() + ": " + counts.narratives() + (counts.narratives() == 1 ? " narrative" : " narratives")
        + (unreadable > 0 ? " (" + unreadable + (unreadable == 1 ? " line" : " lines") + " not readable)" : ""));
    lines.add("narratives:   " + counts.narratives());
    lines.addAll(counts.lines());
    lines.stream().map(TerminalText::escape).forEach(session.out()::println);
    return unreadable > 0 ? RootCommand.EXIT_FAILURE : 0;
  }
}
