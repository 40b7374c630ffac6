package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Problem;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.ValidationReport;
import org.policynarrative.core.spi.CorpusEntry;
import org.policynarrative.core.spi.LocatedNarrative;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: lists every problem of every file, with path and code. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate each FILE and list every problem found, one a line.",
        "Each problem is printed as FILE:LINE:COLUMN: PATH: [CODE] MESSAGE, at the value it is about (as"
            + " FILE: PATH: [CODE] MESSAGE for a format that does not record places), and each file ends with a"
            + " summary line that says whether its anchors were checked against the text of their sources.",
        "A file that cannot be read is reported on standard error with every error the reader found in it,"
            + " one a line, as FILE:LINE:COLUMN: FORMAT: MESSAGE.",
        "A corpus (a JSON Lines file, one narrative a line) is read narrative by narrative: each problem is"
            + " printed as FILE:LINE: ID: PATH: [CODE] MESSAGE; a line that cannot be read (truncated, not JSON,"
            + " not UTF-8) is reported on standard error as FILE:LINE:COLUMN: MESSAGE, and the lines after it are"
            + " still checked.",
        "Claims still being encoded (drafts without a kind, a statement or who asserts them) are to-dos,"
            + " not problems: each file lists how many, as FILE: to do: N claims have no kind yet.",
        "Exits with status 1 when any file has a problem or cannot be read, or with --strict when any"
            + " to-do is left."})
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The narrative files to validate; - for"
      + " standard input.")
  List<Path> files;

  @Option(names = {"-t", "--source-text"}, paramLabel = "SOURCE=TEXT",
      description = "Also check the anchors of source SOURCE against the text in file TEXT (UTF-8)."
          + " Repeatable.")
  Map<String, Path> sourceTexts = new LinkedHashMap<>();

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "Read every FILE in this format, by name or extension, whatever its extension; needed"
          + " for -.")
  String from;

  @Option(names = "--strict", description = "Treat to-dos (draft claims) as failures: list each one with its"
      + " path, and exit with status 1 when any is left. For CI, once a text is fully encoded.")
  boolean strict;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Session session = RootCommand.session(spec);
    if (files.stream().filter(Formats::isStandardStream).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) can be given only once");
    }
    NarrativeFormats formats = session.formats();
    if (files.stream().anyMatch(Formats::isStandardStream)) {
      Formats.requireNamed(formats, from, "--from", spec.commandLine());
    }
    PrintWriter out = session.out();
    PrintWriter err = session.err();
    List<SourceText> texts = readTexts();
    Set<String> usedTexts = new HashSet<>();
    boolean failed = false;
    boolean unread = false; // a file that could not be read may be the one with the source a text is for
    for (Path file : files) {
      NarrativeInput input = NarrativeInput.of(file);
      LocatedNarrative located;
      try {
        input.checkReadable();
        NarrativeFormat format = Formats.forReading(formats, input, from, spec.commandLine());
        if (format.isCorpus()) {
          failed |= validateCorpus(session, input, format, texts, usedTexts);
          continue;
        }
        located = input.readLocated(session, format);
      } catch (NarrativeFormatException | CliException e) {
        for (String error : Errors.describeEach(e)) {
          err.println(spec.qualifiedName() + ": " + error);
        }
        failed = true;
        unread = true;
        continue;
      }
      Narrative narrative = located.narrative();
      List<SourceText> relevant = new ArrayList<>();
      for (SourceText text : texts) {
        if (narrative.source(text.sourceId()).isPresent()) {
          relevant.add(text);
          usedTexts.add(text.sourceId());
        }
      }
      ValidationReport report = NarrativeValidator.validate(narrative, relevant);
      for (Problem problem : report.problems()) {
        out.println(TerminalText.escape(at(input, located, problem) + problem.path() + ": ["
            + problem.code().code() + "] " + problem.message()));
      }
      toDos(input.name() + ": ", report, out, problem -> at(input, located, problem));
      int problems = report.problems().size();
      out.println(TerminalText.escape(input.name() + ": "
          + (report.isValid() ? "valid" : problems + (problems == 1 ? " problem" : " problems"))
          + " (" + narrative.claims().size() + " claims" + drafts(narrative) + ")" + anchorsNote(narrative, relevant)));
      failed |= !report.isValid() || (strict && !report.toDos().isEmpty());
    }
    for (SourceText text : texts) {
      if (!usedTexts.contains(text.sourceId()) && !unread) {
        err.println(spec.qualifiedName() + ": no file has a source '" + TerminalText.escape(text.sourceId())
            + "', so its text was not checked");
        failed = true;
      }
    }
    return failed ? RootCommand.EXIT_FAILURE : 0;
  }

  /**
   * Validates every narrative of a corpus, printing each problem with its line, and a summary.
   *
   * @return true when some narrative has a problem or some line cannot be read
   */
  private boolean validateCorpus(Session session, NarrativeInput input, NarrativeFormat format,
      List<SourceText> texts, Set<String> usedTexts) {
    PrintWriter out = session.out();
    long narratives = 0;
    long valid = 0;
    long unreadable = 0;
    long problems = 0;
    long claims = 0;
    try (CorpusInput corpus = new CorpusInput(session, List.of(input), List.of(format),
        Progress.of(session, "validating " + input.name() + ":"))) {
      while (corpus.hasNext()) {
        CorpusEntry entry = corpus.next();
        if (entry.problem().isPresent()) {
          unreadable++;
          for (String error : Errors.describeEach(entry.problem().get())) {
            session.err().println(spec.qualifiedName() + ": " + error);
          }
          continue;
        }
        Narrative narrative = entry.narrative().get();
        narratives++;
        claims += narrative.claims().size();
        List<SourceText> relevant = new ArrayList<>();
        for (SourceText text : texts) {
          if (narrative.source(text.sourceId()).isPresent()) {
            relevant.add(text);
            usedTexts.add(text.sourceId());
          }
        }
        ValidationReport report = NarrativeValidator.validate(narrative, relevant);
        for (Problem problem : report.problems()) {
          out.println(TerminalText.escape(input.name() + ":" + entry.line() + ": " + narrative.id() + ": "
              + problem.path() + ": [" + problem.code().code() + "] " + problem.message()));
        }
        String prefix = input.name() + ":" + entry.line() + ": " + narrative.id() + ": ";
        toDos(prefix, report, out, toDo -> prefix);
        problems += report.problems().size();
        valid += report.isValid() && !(strict && !report.toDos().isEmpty()) ? 1 : 0;
      }
    } catch (IOException e) {
      throw UserFiles.readFailed(input.file().orElse(Path.of(input.name())), e);
    }
    out.println(TerminalText.escape(input.name() + ": " + count(narratives, "narrative") + ", " + number(valid) + " valid, "
        + number(narratives - valid) + " with problems (" + count(problems, "problem") + "), "
        + count(unreadable, "unreadable line") + " (" + count(claims, "claim") + ")"));
    return valid < narratives || unreadable > 0;
  }

  /**
   * Where a problem is: {@code FILE:LINE:COLUMN: } when the format recorded the place of the value
   * the problem names (or of the nearest value around it), else {@code FILE: }.
   */
  private static String at(NarrativeInput input, LocatedNarrative located, Problem problem) {
    return located.locate(problem).map(l -> input.name() + ":" + l.line() + ":" + l.column() + ": ")
        .orElse(input.name() + ": ");
  }

  /**
   * The to-dos: a count of each kind under {@code prefix}, or with --strict each one, as a failure,
   * under the place {@code placed} gives it.
   */
  private void toDos(String prefix, ValidationReport report, PrintWriter out, Function<Problem, String> placed) {
    if (strict) {
      for (Problem toDo : report.toDos()) {
        out.println(TerminalText.escape(placed.apply(toDo) + toDo.path() + ": [" + toDo.code().code() + "] "
            + toDo.message()));
      }
    } else {
      for (String line : report.toDoSummary()) {
        out.println(TerminalText.escape(prefix + "to do: " + line));
      }
    }
  }

  private static String drafts(Narrative narrative) {
    long drafts = narrative.claims().stream().filter(c -> c.isDraft()).count();
    return drafts == 0 ? "" : ", " + drafts + (drafts == 1 ? " draft" : " drafts");
  }

  private static String count(long n, String what) {
    return number(n) + " " + what + (n == 1 ? "" : "s");
  }

  private static String number(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /** Which sources' texts the anchors were checked against, and how to check the others. */
  private String anchorsNote(Narrative narrative, List<SourceText> checked) {
    if (narrative.sources().isEmpty()) {
      return "";
    }
    Set<String> checkedIds = checked.stream().map(SourceText::sourceId).collect(Collectors.toSet());
    List<String> unchecked = narrative.sources().stream().map(Source::id).filter(id -> !checkedIds.contains(id))
        .collect(Collectors.toList());
    String hint = " (add -t " + (unchecked.isEmpty() ? "" : unchecked.get(0)) + "=FILE"
        + (unchecked.size() > 1 ? " for each source" : "") + " to check them against the text)";
    if (checked.isEmpty()) {
      return "; anchors not checked: no source text was given" + hint;
    }
    String note = "; anchors checked against the text of " + checked.stream()
        .map(t -> t.sourceId() + " (" + sourceTexts.get(t.sourceId()) + ")").collect(Collectors.joining(", "));
    return unchecked.isEmpty() ? note : note + ", not against " + String.join(", ", unchecked) + hint;
  }

  private List<SourceText> readTexts() {
    return SourceTextFiles.read(sourceTexts, RootCommand.session(spec));
  }

}
