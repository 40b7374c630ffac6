package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code init OUT --title TITLE -t [SOURCE=]TEXT... --language [SOURCE=]TAG...}: writes a new
 * document with one claim draft per sentence of each text (see {@link DraftNarrative}), so that
 * encoding a text starts from anchors that are already right rather than from counting characters.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Start encoding one or more source texts: write OUT, a new narrative with the title given, one"
        + " source per text (with its language and SHA-256) and one claim draft per sentence of each text, its"
        + " quote anchored (offsets, prefix and suffix) and its id SOURCE-s1, SOURCE-s2, ... in text order.",
        "OUT is written in the format its extension names (or --to names), atomically; an existing OUT is never"
            + " replaced without --force.",
        "The language of every text must be given: init does not guess it. The narrative's id is made from the"
            + " title unless --id names it; its version is " + DraftNarrative.FIRST_VERSION + ".",
        "Sentences end after . ! ? (and their kin in other scripts) followed by white space, after 。！？, at a"
            + " blank line and at the end of the text, as coverage counts them.",
        "Next: fill in each claim's kind, statement and who asserts it, delete the drafts you do not need, and"
            + " run validate, which lists the drafts left as to-dos."})
final class InitCommand implements Callable<Integer> {

  @Parameters(paramLabel = "OUT", description = "The file to write, such as draft.md or draft.json; - for standard"
      + " output (with --to).")
  Path out;

  @Option(names = "--title", required = true, paramLabel = "TITLE",
      description = "The narrative's title, such as \"The Harbour Plan as the Party tells it\".")
  String title;

  @Option(names = {"-t", "--source-text"}, paramLabel = "[SOURCE=]TEXT", required = true,
      description = "The text of source SOURCE is in file TEXT (UTF-8). Without SOURCE=, the id is made from the"
          + " file name (harbour-plan.txt: harbour-plan). Repeatable: one per source.")
  List<String> sourceTexts = new ArrayList<>();

  @Option(names = {"-l", "--language"}, paramLabel = "[SOURCE=]TAG",
      description = "The BCP 47 language tag of the texts, such as en or ko; SOURCE=TAG for one source's text."
          + " Required: every text needs one. Repeatable.")
  List<String> languages = new ArrayList<>();

  @Option(names = "--narrative-language", paramLabel = "TAG",
      description = "The language you will write statements and notes in, when it is not the texts' (a Korean"
          + " text encoded in English: en).")
  String narrativeLanguage;

  @Option(names = "--id", paramLabel = "ID",
      description = "The narrative's id (lower-case letters, digits and hyphens), instead of one made from the"
          + " title.")
  String id;

  @Option(names = "--to", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "Write OUT in this format, by name or extension, whatever its extension; needed for -.")
  String to;

  @Option(names = {"-f", "--force"}, description = "Replace OUT if it exists.")
  boolean force;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    // The arguments first: a usage error is reported before any file is looked at.
    if (title.isBlank()) {
      throw usage("--title must not be blank");
    }
    DraftSources sources = DraftSources.of(sourceTexts, languages, narrativeLanguage, spec.commandLine());
    Map<String, Path> files = sources.files();
    Map<String, String> languageOf = sources.languages();
    String narrativeId = narrativeId();
    Session session = RootCommand.session(spec);
    NarrativeOutput output = NarrativeOutput.of(out);
    NarrativeFormat format = Formats.forWriting(session.formats(), output, to, spec.commandLine());
    if (format.isCorpus()) {
      throw new CliException("the " + format.name() + " format holds a corpus, and init writes one narrative; name"
          + " OUT after a narrative format, such as draft.md or draft.json");
    }
    for (Map.Entry<String, Path> text : files.entrySet()) {
      if (output.file().isPresent() && isSameFile(text.getValue(), out)) {
        throw new CliException("refusing to overwrite the source text " + text.getValue() + " (of source '"
            + text.getKey() + "') with the narrative; choose another OUT, such as draft.md");
      }
    }
    if (output.file().isPresent() && Files.exists(out) && !Files.isDirectory(out) && !force) {
      throw new CliException(out + " already exists; init writes a new document: choose another OUT, or add"
          + " --force to replace it");
    }
    output.checkWritable();
    List<SourceText> texts = SourceTextFiles.read(files, session);
    for (SourceText text : texts) {
      if (text.sentences().isEmpty()) {
        throw new CliException("--source-text " + text.sourceId() + "=" + files.get(text.sourceId()) + ": the text"
            + " is empty or only white space; there is nothing to draft claims from");
      }
    }
    Narrative narrative = DraftNarrative.of(narrativeId, title.strip(), sources.narrativeLanguage(), texts,
        languageOf);
    output.write(session, format, narrative);
    // A document written to standard output must stay clean: the summary then goes to standard error.
    PrintWriter report = output.file().isPresent() ? session.out() : session.err();
    for (String line : summary(output, narrative, languageOf, files)) {
      report.println(TerminalText.escape(line));
    }
    return 0;
  }

  /** The id {@code --id} gives, else one made from the title, else from OUT's file name. */
  private String narrativeId() {
    if (id != null) {
      if (!DraftNarrative.isSlug(id)) {
        throw usage("--id " + id + ": not a valid id: use lower-case ASCII letters, digits and hyphens");
      }
      return id;
    }
    String fromTitle = DraftNarrative.slug(title);
    if (!fromTitle.isEmpty()) {
      return fromTitle;
    }
    Path name = out.getFileName();
    String fromFile = name == null || Formats.isStandardStream(out) ? ""
        : DraftNarrative.slug(DraftNarrative.stem(name.toString()));
    return fromFile.isEmpty() ? DraftNarrative.FALLBACK_ID : fromFile;
  }

  /** Two lines: what was written, and what to do next (with the validate command to run). */
  private static List<String> summary(NarrativeOutput output, Narrative narrative, Map<String, String> languageOf,
      Map<String, Path> files) {
    String sources = languageOf.entrySet().stream().map(e -> e.getKey() + ", " + e.getValue())
        .collect(Collectors.joining("; "));
    String textOptions = files.entrySet().stream().map(e -> "-t " + UserFiles.shellQuote(e.getKey() + "="
        + e.getValue())).collect(Collectors.joining(" "));
    return List.of("wrote " + output.name() + ": " + count(files.size(), "source") + " (" + sources + "), "
        + count(narrative.claims().size(), "claim draft"),
        "next: fill in each claim's kind, statement and asserter (delete the drafts you do not need), then run:"
        + " policy-narrative validate " + (output.file().isPresent() ? UserFiles.shellQuote(output.name()) : "FILE")
        + " " + textOptions);
  }

  /** True when the two paths name one file (through links too). */
  private static boolean isSameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // unreadable: the read of the text reports it
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
