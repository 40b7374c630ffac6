package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Problem;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.ValidationReport;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: lists every problem of every file, with path and code. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate each FILE and list every problem found, one a line.",
        "Each problem is printed as FILE: PATH: [CODE] MESSAGE; a valid file as FILE: valid (...).",
        "Exits with status 1 when any file has a problem or cannot be read."})
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The narrative files to validate.")
  List<Path> files;

  @Option(names = {"-t", "--source-text"}, paramLabel = "SOURCE=TEXT",
      description = "Also check the anchors of source SOURCE against the text in file TEXT (UTF-8)."
          + " Repeatable.")
  Map<String, Path> sourceTexts = new LinkedHashMap<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<SourceText> texts = readTexts();
    Set<String> usedTexts = new HashSet<>();
    NarrativeFormats formats = NarrativeFormats.installed();
    boolean failed = false;
    for (Path file : files) {
      Narrative narrative;
      try {
        narrative = formats.read(file);
      } catch (NarrativeFormatException | IOException e) {
        err.println("policy-narrative validate: " + Errors.describe(e));
        failed = true;
        continue;
      }
      List<SourceText> relevant = new ArrayList<>();
      for (SourceText text : texts) {
        if (narrative.source(text.sourceId()).isPresent()) {
          relevant.add(text);
          usedTexts.add(text.sourceId());
        }
      }
      ValidationReport report = NarrativeValidator.validate(narrative, relevant);
      for (Problem problem : report.problems()) {
        out.println(file + ": " + problem.path() + ": [" + problem.code().code() + "] " + problem.message());
      }
      if (report.isValid()) {
        out.println(file + ": valid (" + narrative.claims().size() + " claims"
            + (relevant.isEmpty() ? "" : ", anchors checked against " + relevant.size() + " source text(s)") + ")");
      } else {
        failed = true;
      }
    }
    for (SourceText text : texts) {
      if (!usedTexts.contains(text.sourceId())) {
        err.println("policy-narrative validate: no file has a source '" + text.sourceId()
            + "', so its text was not checked");
        failed = true;
      }
    }
    return failed ? RootCommand.EXIT_FAILURE : 0;
  }

  private List<SourceText> readTexts() throws IOException {
    List<SourceText> texts = new ArrayList<>();
    for (Map.Entry<String, Path> entry : sourceTexts.entrySet()) {
      String text;
      try {
        text = Files.readString(entry.getValue(), StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        throw new CliException("source text " + entry.getValue() + " is not valid UTF-8");
      }
      try {
        texts.add(SourceText.of(entry.getKey(), text));
      } catch (IllegalArgumentException e) {
        throw new CliException("--source-text " + entry.getKey() + "=" + entry.getValue() + ": " + e.getMessage());
      }
    }
    return texts;
  }
}
