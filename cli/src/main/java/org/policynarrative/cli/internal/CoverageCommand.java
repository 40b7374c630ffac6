package org.policynarrative.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceCoverage;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.TextSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coverage FILE -t SOURCE=TEXT...}: how much of each source text the anchors cover. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = {"For each source text given, print the share of its sentences and of its characters that the"
        + " anchors of FILE cover, then each uncovered sentence with its LINE:COLUMN in the text.",
        "A sentence is covered when quotes cover every character of it that is not white space. Sentences end"
            + " after . ! ? (and their kin in other scripts) followed by white space, after 。！？, at a blank"
            + " line and at the end of the text. Characters are code points that are not white space.",
        "With --min, exits with status 1 when any text's sentence coverage is below PERCENT."})
final class CoverageCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The narrative file; - for standard input (with --from).")
  Path file;

  @Option(names = {"-t", "--source-text"}, paramLabel = "SOURCE=TEXT", required = true,
      description = "The text of source SOURCE is in file TEXT (UTF-8). Repeatable: one per source to measure.")
  Map<String, Path> sourceTexts = new LinkedHashMap<>();

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "Read FILE in this format, by name or extension, whatever its extension; needed for -.")
  String from;

  @Option(names = "--json", description = "Print the report as one JSON object, for programs.")
  boolean json;

  @Option(names = "--min", paramLabel = "PERCENT",
      description = "Exit with status 1 when the sentence coverage of any text is below PERCENT (0 to 100).")
  Double min;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (min != null && (min.isNaN() || min < 0 || min > 100)) {
      throw new ParameterException(spec.commandLine(), "--min must be a percentage from 0 to 100, not " + min);
    }
    Session session = RootCommand.session(spec);
    if (Formats.isStandardStream(file)) {
      Formats.requireNamed(session.formats(), from, "--from", spec.commandLine());
    }
    List<SourceText> texts = SourceTextFiles.read(sourceTexts, session);
    Narrative narrative = NarrativeInput.readOne(spec, file, from);
    List<SourceCoverage> coverages = new ArrayList<>();
    for (SourceText text : texts) {
      if (narrative.source(text.sourceId()).isEmpty()) {
        throw new CliException(NarrativeInput.of(file).name() + " has no source '" + text.sourceId()
            + "'; check the id given to --source-text");
      }
      coverages.add(SourceCoverage.of(narrative, text));
    }
    boolean below = min != null && coverages.stream().anyMatch(c -> 100 * c.sentenceShare() < min);
    PrintWriter out = session.out();
    if (json) {
      out.println(json(coverages, below));
    } else {
      text(coverages, out);
    }
    return below ? RootCommand.EXIT_FAILURE : 0;
  }

  private void text(List<SourceCoverage> coverages, PrintWriter out) {
    String name = NarrativeInput.of(file).name();
    for (SourceCoverage c : coverages) {
      out.println(TerminalText.escape(name + ": source " + c.sourceId() + " (" + sourceTexts.get(c.sourceId())
          + "): " + c.coveredSentences() + " of " + c.sentences().size() + " sentences covered ("
          + percent(c.sentenceShare()) + "), " + c.coveredCharacters() + " of " + c.characters() + " characters ("
          + percent(c.characterShare()) + ")" + (min == null ? ""
              : 100 * c.sentenceShare() < min ? "; below --min " + percent(min / 100) : "; at least --min "
                  + percent(min / 100))));
      if (c.unplacedAnchors() > 0) {
        out.println(TerminalText.escape(name + ": " + c.unplacedAnchors() + " anchor"
            + (c.unplacedAnchors() == 1 ? "" : "s") + " into " + c.sourceId() + " could not be placed (quote missing,"
            + " or repeated without offsets); 'policy-narrative validate' says why"));
      }
      for (TextSpan sentence : c.uncoveredSentences()) {
        out.println(TerminalText.escape("  " + sentenceText(c.sourceId(), sentence)));
      }
    }
  }

  private String sentenceText(String source, TextSpan sentence) {
    return "uncovered " + sourceTexts.get(source) + ":" + sentence.position() + ": "
        + TextReports.abbreviate(sentence.text(), 100);
  }

  private String json(List<SourceCoverage> coverages, boolean below) {
    StringBuilder out = new StringBuilder("{\"file\":").append(JsonText.string(NarrativeInput.of(file).name()));
    if (min != null) {
      out.append(",\"min\":").append(number(min)).append(",\"belowMin\":").append(below);
    }
    out.append(",\"sources\":[");
    for (int i = 0; i < coverages.size(); i++) {
      SourceCoverage c = coverages.get(i);
      out.append(i == 0 ? "" : ",").append("{\"source\":").append(JsonText.string(c.sourceId()))
          .append(",\"text\":").append(JsonText.string(sourceTexts.get(c.sourceId()).toString()))
          .append(",\"sentences\":").append(c.sentences().size())
          .append(",\"coveredSentences\":").append(c.coveredSentences())
          .append(",\"sentencePercent\":").append(number(100 * c.sentenceShare()))
          .append(",\"characters\":").append(c.characters())
          .append(",\"coveredCharacters\":").append(c.coveredCharacters())
          .append(",\"characterPercent\":").append(number(100 * c.characterShare()))
          .append(",\"unplacedAnchors\":").append(c.unplacedAnchors())
          .append(",\"uncovered\":[");
      List<TextSpan> uncovered = c.uncoveredSentences();
      for (int k = 0; k < uncovered.size(); k++) {
        TextSpan s = uncovered.get(k);
        out.append(k == 0 ? "" : ",").append("{\"line\":").append(s.line()).append(",\"column\":").append(s.column())
            .append(",\"start\":").append(s.start()).append(",\"end\":").append(s.end())
            .append(",\"text\":").append(JsonText.string(s.text())).append('}');
      }
      out.append("]}");
    }
    return out.append("]}").toString();
  }

  /** A percentage with one decimal, such as {@code 81.8%}. */
  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** A number for JSON: at most two decimals, no trailing zeros. */
  private static String number(double value) {
    return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
  }
}
