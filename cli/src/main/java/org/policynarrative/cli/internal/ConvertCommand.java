package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.AtomicFiles;
import org.policynarrative.core.spi.CorpusEntry;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code convert IN... OUT}: reads one format, writes another, each chosen by extension or named;
 * splits a corpus into a directory of files and joins files into a corpus.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Read IN and write it to OUT, each in the format its file extension names (or --from and"
        + " --to name). '-' is standard input or output.",
        "A corpus (a JSON Lines file, one narrative a line) is converted narrative by narrative: to another"
            + " corpus file, or, when OUT is a directory (an existing one, or a name ending in /), split into one"
            + " file per narrative named after its id, in the format --to names (json unless given).",
        "Several IN, or a directory IN, are joined into the corpus OUT (such as corpus.jsonl), in the order"
            + " given, a directory's files in name order.",
        "OUT is replaced atomically, and its directory must exist. The input is never overwritten, and"
            + " nothing is written when an input cannot be read.",
        "A report (html) includes the texts given with --source-text, with every quote highlighted."})
final class ConvertCommand implements Callable<Integer> {

  @Parameters(arity = "2..*", paramLabel = "IN... OUT", description = "The files (or a directory) to read, - for"
      + " standard input; then the file or directory to write, - for standard output.")
  List<String> paths;

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format of IN, by name or extension (such as markdown or md); needed for -.")
  String from;

  @Option(names = "--to", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format of OUT, or of each file of a directory OUT, by name or extension (such as"
          + " json); needed for -.")
  String to;

  @Option(names = {"-t", "--source-text"}, paramLabel = "SOURCE=TEXT",
      description = "Include the text of source SOURCE, from file TEXT (UTF-8), with every quote highlighted;"
          + " only a report (the html format) shows source texts. Repeatable.")
  Map<String, Path> sourceTexts = new LinkedHashMap<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Session session = RootCommand.session(spec);
    String outArgument = paths.get(paths.size() - 1);
    Path out = Path.of(outArgument);
    NarrativeFormats formats = session.formats();
    NarrativeOutput output = NarrativeOutput.of(out);
    // A directory IN is joined only into a corpus OUT; otherwise it is an error the reader explains.
    Optional<NarrativeFormat> outFormat = to != null ? formats.byName(to.strip().toLowerCase(Locale.ROOT))
        : output.file().flatMap(formats::forPath);
    boolean joining = !outArgument.endsWith("/") && !Files.isDirectory(out)
        && outFormat.map(NarrativeFormat::isCorpus).orElse(false);
    List<NarrativeInput> inputs = inputs(paths.subList(0, paths.size() - 1), joining);
    for (NarrativeInput input : inputs) {
      if (input.file().isPresent() && output.file().isPresent() && sameFile(input.file().get(), out)) {
        throw new CliException("refusing to overwrite the input " + input.name() + "; choose another OUT");
      }
    }
    // An existing directory OUT splits a corpus or several inputs; one narrative file into it is an error.
    boolean split = output.file().isPresent() && (outArgument.endsWith("/") || Files.isDirectory(out)
        && (inputs.size() > 1 || inputs.get(0).file().flatMap(formats::forPath).map(NarrativeFormat::isCorpus)
            .orElse(false)));
    NarrativeFormat target = split ? splitFormat(formats) : Formats.forWriting(formats, output, to, spec.commandLine());
    if (!sourceTexts.isEmpty()) {
      SourceTextFormats.requireShowsTexts(target, spec.commandLine());
    }
    List<NarrativeFormat> sources = new ArrayList<>();
    for (NarrativeInput input : inputs) {
      input.checkReadable();
      sources.add(Formats.forReading(formats, input, from, spec.commandLine()));
    }
    if (split) {
      return split(session, inputs, sources, out, target);
    }
    output.checkWritable();
    if (!sourceTexts.isEmpty()) {
      List<SourceText> texts = SourceTextFiles.read(sourceTexts, session);
      target = SourceTextFormats.including(target, texts);
    }
    if (inputs.size() == 1 && !sources.get(0).isCorpus()) {
      NarrativeInput input = inputs.get(0);
      Narrative narrative = input.read(session, sources.get(0));
      output.write(session, target, narrative);
      if (output.file().isPresent()) {
        session.out().println(TerminalText.escape("wrote " + output.name() + " (" + target.name() + ") from "
            + input.name() + " (" + sources.get(0).name() + "): " + narrative.claims().size() + " claims"));
      }
      return 0;
    }
    return join(session, inputs, sources, output, target);
  }

  /** Writes every narrative of every input, in order, to one output. */
  private int join(Session session, List<NarrativeInput> inputs, List<NarrativeFormat> sources, NarrativeOutput output,
      NarrativeFormat target) {
    long[] counts = new long[2];
    try (CorpusInput corpus = new CorpusInput(session, inputs, sources, Progress.of(session, "converting:"))) {
      Iterator<Narrative> narratives = narratives(corpus, counts);
      if (!target.isCorpus()) {
        // One narrative to a single-narrative file: read it first, so that the error can say what to do.
        List<Narrative> all = new ArrayList<>();
        while (narratives.hasNext() && all.size() < 2) {
          all.add(narratives.next());
        }
        if (all.size() != 1) {
          throw new CliException(all.isEmpty() ? "the input holds no narrative; nothing to write"
              : "the input holds more than one narrative and " + output.name() + " (" + target.name()
                  + ") holds one; give a directory (such as out/) to split it into one file per narrative, or a"
                  + " corpus file (such as corpus.jsonl)");
        }
        narratives = all.iterator();
      }
      Iterator<Narrative> each = narratives;
      if (output.file().isEmpty()) {
        OutputStream stdout = session.stdoutBytes();
        session.limited(target).writeCorpus(each, stdout);
        stdout.flush();
      } else {
        NarrativeFormat limited = session.limited(target);
        AtomicFiles.write(output.file().get(), o -> limited.writeCorpus(each, o));
      }
    } catch (NarrativeFormatException e) {
      throw e.file().isPresent() ? e : e.inFile(output.name());
    } catch (IOException e) {
      if (output.file().isEmpty()) {
        session.stdoutFailureReported();
        throw new CliException("cannot write standard output: " + Errors.reason(e) + "; the output is incomplete", e);
      }
      throw UserFiles.writeFailed(output.file().get(), e);
    }
    if (output.file().isPresent()) {
      session.out().println(TerminalText.escape("wrote " + output.name() + " (" + target.name() + "): " + counts[0]
          + (counts[0] == 1 ? " narrative, " : " narratives, ") + counts[1] + " claims"));
    }
    return 0;
  }

  /** Writes each narrative to a file of its own in {@code directory}, named after its id. */
  private int split(Session session, List<NarrativeInput> inputs, List<NarrativeFormat> sources, Path directory,
      NarrativeFormat target) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw UserFiles.writeFailed(directory, e);
    }
    String extension = target.fileExtensions().isEmpty() ? "" : target.fileExtensions().get(0);
    Set<String> taken = new HashSet<>();
    long[] counts = new long[2];
    try (CorpusInput corpus = new CorpusInput(session, inputs, sources, Progress.of(session, "splitting:"))) {
      Iterator<Narrative> narratives = narratives(corpus, counts);
      while (narratives.hasNext()) {
        Narrative narrative = narratives.next();
        String name = fileName(narrative, counts[0], taken);
        NarrativeOutput output = NarrativeOutput.of(directory.resolve(name + extension));
        output.write(session, target, narrative);
      }
    } catch (IOException e) {
      throw UserFiles.writeFailed(directory, e);
    }
    session.out().println(TerminalText.escape("wrote " + counts[0] + (counts[0] == 1 ? " file" : " files") + " ("
        + target.name() + ") to " + directory + ": " + counts[1] + " claims"));
    return 0;
  }

  /** The narrative's id; then id-version, then id-version-N (its place in the corpus) for ids and versions that repeat. */
  private static String fileName(Narrative narrative, long ordinal, Set<String> taken) {
    String name = narrative.id();
    if (!taken.add(name.toLowerCase(Locale.ROOT))) {
      name = narrative.id() + "-" + narrative.version().replaceAll("[^A-Za-z0-9._-]", "_");
      if (!taken.add(name.toLowerCase(Locale.ROOT))) {
        name = name + "-" + ordinal;
        taken.add(name.toLowerCase(Locale.ROOT));
      }
    }
    return name;
  }

  /** The narratives of the corpus; the first entry that cannot be read fails the command. */
  private static Iterator<Narrative> narratives(CorpusInput corpus, long[] counts) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return corpus.hasNext();
      }

      @Override
      public Narrative next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CorpusEntry entry = corpus.next();
        Narrative narrative = entry.narrativeOrThrow();
        counts[0]++;
        counts[1] += narrative.claims().size();
        return narrative;
      }
    };
  }

  private NarrativeFormat splitFormat(NarrativeFormats formats) {
    NarrativeFormat format = to == null ? formats.byName("json").orElseThrow(() -> new ParameterException(
        spec.commandLine(), "name the format of the files to write with --to FORMAT"))
        : Formats.forWriting(formats, NarrativeOutput.of(Path.of(Formats.STANDARD_STREAM)), to, spec.commandLine());
    if (format.isCorpus()) {
      throw new ParameterException(spec.commandLine(), "--to " + to + " is a corpus format; a directory gets one"
          + " file per narrative in a single-narrative format, such as json or markdown");
    }
    return format;
  }

  /** The inputs the arguments name: files, {@code -}, or every file of a directory that a format reads, by name. */
  private List<NarrativeInput> inputs(List<String> arguments, boolean joining) {
    List<NarrativeInput> inputs = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (joining && !Formats.isStandardStream(path) && Files.isDirectory(path)) {
        NarrativeFormats formats = RootCommand.session(spec).formats();
        try (Stream<Path> files = Files.list(path)) {
          files.filter(Files::isRegularFile).filter(f -> formats.forPath(f).filter(NarrativeFormat::canRead).isPresent())
              .sorted().forEach(f -> inputs.add(NarrativeInput.of(f)));
        } catch (IOException e) {
          throw UserFiles.readFailed(path, e);
        }
      } else {
        inputs.add(NarrativeInput.of(path));
      }
    }
    if (inputs.stream().filter(i -> i.file().isEmpty()).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) can be given only once");
    }
    if (inputs.isEmpty()) {
      throw new CliException("no file in " + String.join(", ", arguments) + " is in a format an installed format"
          + " reads; see 'policy-narrative formats'");
    }
    return inputs;
  }

  private static boolean sameFile(Path a, Path b) throws IOException {
    if (Files.exists(a) && Files.exists(b)) {
      return Files.isSameFile(a, b);
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
