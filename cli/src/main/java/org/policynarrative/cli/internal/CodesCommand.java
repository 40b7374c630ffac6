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

  @Option(names = "--json", description = "Print the lists as one JSON object, for programs: {\"lists\": [{\"name\","
      + " \"title\", \"field\", \"open\", \"codes\": [{\"code\", \"label\", \"definition\", \"declared\"}]}]}.")
  boolean json;

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
    if (list != null) {
      lists = lists.stream().filter(codes -> codes.name().equals(list)).toList();
    }
    if (json) {
      out.println(json(lists));
      return 0;
    }
    boolean first = true;
    for (CodeList codes : lists) {
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

  private static String json(List<CodeList> lists) {
    StringBuilder out = new StringBuilder("{\"lists\":[");
    for (int i = 0; i < lists.size(); i++) {
      CodeList codes = lists.get(i);
      out.append(i == 0 ? "" : ",").append("{\"name\":").append(JsonText.string(codes.name()))
          .append(",\"title\":").append(JsonText.string(codes.title()))
          .append(",\"field\":").append(JsonText.string(codes.field()))
          .append(",\"open\":").append(codes.isOpen()).append(",\"codes\":[");
      for (int k = 0; k < codes.entries().size(); k++) {
        CodeList.Entry entry = codes.entries().get(k);
        out.append(k == 0 ? "" : ",").append("{\"code\":").append(JsonText.string(entry.code()))
            .append(",\"label\":").append(JsonText.string(entry.label()))
            .append(",\"definition\":").append(JsonText.string(entry.definition()))
            .append(",\"declared\":").append(entry.declared()).append('}');
      }
      out.append("]}");
    }
    return out.append("]}").toString();
  }
}
