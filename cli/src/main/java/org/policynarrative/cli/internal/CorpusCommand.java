package org.policynarrative.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.corpus.Corpus;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A subcommand over one or more corpus files, read one after another as one corpus: its
 * parameters, {@code --from}, and the {@link Corpus} they make, with progress on a terminal.
 */
abstract class CorpusCommand {

  @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "The corpus files (such as corpus.jsonl; any"
      + " narrative file is a corpus of one), read one after another; - for standard input.")
  List<Path> files;

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format of every CORPUS, by name or extension; needed for -.")
  String from;

  @Spec
  CommandSpec spec;

  /** The corpus the files make; each question reads them anew, reporting progress as {@code what}. */
  Corpus corpus(String what) {
    Session session = RootCommand.session(spec);
    NarrativeFormats formats = session.formats();
    List<NarrativeInput> inputs = new ArrayList<>();
    List<NarrativeFormat> sources = new ArrayList<>();
    for (Path file : files) {
      NarrativeInput input = NarrativeInput.of(file);
      input.checkReadable();
      inputs.add(input);
      sources.add(Formats.forReading(formats, input, from, spec.commandLine()));
    }
    String name = inputs.stream().map(NarrativeInput::name).collect(Collectors.joining(", "));
    return Corpus.of(() -> new CorpusInput(session, inputs, sources, Progress.of(session, what)), name);
  }
}
