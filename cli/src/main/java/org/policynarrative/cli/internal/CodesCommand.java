package org.policynarrative.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.policynarrative.core.CodeList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codes [FILE]}: the codes of each list, built in and declared, with a definition each. */
@Command(name = "codes", mixinStandardHelpOptions = true,
    description = {"List the codes the library knows, each with a one-line definition: claim kinds, verdicts,"
        + " priority modes, relation types, calendars, actor kinds, line roles, figure status, stated-as,"
        + " durability and mapping relations.",
        "With FILE, also the codes its vocabulary declares (marked 'declared'), after the built-in codes of their"
            + " list."})
final class CodesCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "A narrative whose declared codes to add; - for"
      + " standard input (with --from).")
  Path file;

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "Read FILE in this format, by name or extension, whatever its extension; needed for -.")
  String from;

  @Option(names = {"-l", "--list"}, paramLabel = "NAME", description = "Print only this list, such as claim-kind or"
      + " verdict.")
  String list;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Session session = RootCommand.session(spec);
    if (list != null && CodeList.named(list).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no code list is named '" + TerminalText.escape(list)
          + "'; the lists are " + CodeList.builtIn().stream().map(CodeList::name).collect(Collectors.joining(", ")));
    }
    if (file != null && Formats.isStandardStream(file)) {
      Formats.requireNamed(session.formats(), from, "--from", spec.commandLine());
    }
    List<CodeList> lists = file == null ? CodeList.builtIn() : CodeList.of(NarrativeInput.readOne(spec, file, from));
    PrintWriter out = session.out();
    boolean first = true;
    for (CodeList codes : lists) {
      if (list != null && !codes.name().equals(list)) {
        continue;
      }
      if (!first) {
        out.println();
      }
      first = false;
      out.println(codes.name() + " (" + codes.field() + (codes.isOpen() ? "; a document may declare more" : "")
          + "):");
      int width = codes.entries().stream().mapToInt(e -> e.code().length()).max().orElse(0);
      for (CodeList.Entry entry : codes.entries()) {
        String definition = entry.definition().isEmpty() ? entry.label() : entry.definition();
        out.println(TerminalText.escape("  " + entry.code() + " ".repeat(width - entry.code().length() + 2)
            + (entry.declared() ? "(declared) " + entry.label() + ": " : "") + definition));
      }
    }
    return 0;
  }
}
