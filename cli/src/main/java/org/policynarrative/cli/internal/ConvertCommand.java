package org.policynarrative.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert IN OUT}: reads one format, writes another, each chosen by extension or named. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Read IN and write it to OUT, each in the format its file extension names (or --from and"
        + " --to name). '-' is standard input or output.",
        "OUT is replaced atomically, and its directory must exist. The input is never overwritten, and"
            + " nothing is written when IN cannot be read.",
        "A report (html) includes the texts given with --source-text, with every quote highlighted."})
final class ConvertCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "IN", description = "The file to read, or - for standard input.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT",
      description = "The file to write (replaced if it exists), or - for standard output.")
  Path out;

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format of IN, by name or extension (such as markdown or md); needed for -.")
  String from;

  @Option(names = "--to", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format of OUT, by name or extension (such as json); needed for -.")
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
    NarrativeInput input = NarrativeInput.of(in);
    NarrativeOutput output = NarrativeOutput.of(out);
    if (input.file().isPresent() && output.file().isPresent() && sameFile(in, out)) {
      throw new CliException("refusing to overwrite the input " + in + "; choose another OUT");
    }
    NarrativeFormats formats = session.formats();
    NarrativeFormat target = Formats.forWriting(formats, output, to, spec.commandLine());
    if (!sourceTexts.isEmpty()) {
      SourceTextFormats.requireShowsTexts(target, spec.commandLine());
    }
    input.checkReadable();
    NarrativeFormat source = Formats.forReading(formats, input, from, spec.commandLine());
    output.checkWritable();
    if (!sourceTexts.isEmpty()) {
      List<SourceText> texts = SourceTextFiles.read(sourceTexts, session);
      target = SourceTextFormats.including(target, texts);
    }
    Narrative narrative = input.read(session, source);
    output.write(session, target, narrative);
    if (output.file().isPresent()) {
      session.out().println(TerminalText.escape("wrote " + output.name() + " (" + target.name() + ") from "
          + input.name() + " (" + source.name() + "): " + narrative.claims().size() + " claims"));
    }
    return 0;
  }

  private static boolean sameFile(Path a, Path b) throws IOException {
    if (Files.exists(a) && Files.exists(b)) {
      return Files.isSameFile(a, b);
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
