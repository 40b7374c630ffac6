package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Figure;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Period;
import org.policynarrative.corpus.Corpus;
import org.policynarrative.corpus.CorpusClaim;
import org.policynarrative.corpus.CorpusFigure;
import org.policynarrative.corpus.SectorPriorityInNarrative;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code query CORPUS... --about REF}: one question across a corpus, streamed, one answer a line. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Ask one question across every narrative of CORPUS, read one narrative at a time; print one"
        + " answer a line, its fields separated by tabs.",
        "--about and --identifier print LINE, NARRATIVE, VERSION, CLAIM, KIND and STATEMENT; --figures prints"
            + " PERIOD, AMOUNT, UNIT, WORDING, NARRATIVE and CLAIM, earliest first; --sector prints DATE,"
            + " NARRATIVE, VERSION, ERA and MODE, narratives ordered by their date (their sources' latest"
            + " publication)."})
final class QueryCommand extends CorpusCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Question question;

  static final class Question {
    @Option(names = "--about", paramLabel = "KIND:ID",
        description = "The claims about an entity, such as sector:heavy-industry.")
    String about;

    @Option(names = "--identifier", paramLabel = "ID",
        description = "The claims about whatever entity carries an external identifier, such as wikidata:Q29452.")
    String identifier;

    @Option(names = "--figures", paramLabel = "INDICATOR", description = "The figures of an indicator over time.")
    String figures;

    @Option(names = "--sector", paramLabel = "SECTOR",
        description = "A sector's priority across narratives, by id or external identifier.")
    String sector;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = RootCommand.session(spec).out();
    Corpus corpus = corpus("querying:");
    if (question.about != null || question.identifier != null) {
      try (Stream<CorpusClaim> claims = question.about != null ? corpus.claimsAbout(ref(question.about))
          : corpus.claimsAboutIdentifier(question.identifier)) {
        claims.forEach(c -> out.println(fields(String.valueOf(c.line()),
            c.narrativeId(), c.narrativeVersion(), c.claim().id(), c.claim().kind().map(k -> k.code()).orElse(""), c.claim().statementOrQuote())));
      }
    } else if (question.figures != null) {
      for (CorpusFigure f : corpus.figures(question.figures)) {
        Figure figure = f.figure();
        out.println(fields(figure.period().map(Period::text).orElse(""),
            figure.amount().map(Object::toString).orElse(""), figure.unit().orElse(""), figure.wording(),
            f.narrativeId(), f.claim().id()));
      }
    } else {
      for (SectorPriorityInNarrative p : corpus.sectorPriorities(question.sector)) {
        out.println(fields(p.narrativeDate().map(HistoricalDate::text).orElse(""),
            p.narrativeId(), p.narrativeVersion(), p.era().id(), p.mode().code()));
      }
    }
    return 0;
  }

  /** The fields, each with its control characters escaped, separated by tabs. */
  private static String fields(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      line.append(i == 0 ? "" : "\t").append(TerminalText.escape(fields[i]));
    }
    return line.toString();
  }

  private EntityRef ref(String text) {
    try {
      return EntityRef.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--about " + text + ": " + e.getMessage());
    }
  }
}
