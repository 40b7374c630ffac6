package org.policynarrative.cli.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policynarrative.core.spi.NarrativeFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code formats}: the installed formats, the tool's own and the plugins'. */
@Command(name = "formats", mixinStandardHelpOptions = true,
    description = {"List the installed formats: name (for --from and --to), file extensions, media type,"
        + " whether it reads and writes, and the jar or folder it was loaded from."})
final class FormatsCommand implements Callable<Integer> {

  private static final List<String> HEADINGS = List.of("NAME", "EXTENSIONS", "MEDIA TYPE", "CAN", "FROM");

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Session session = RootCommand.session(spec);
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADINGS);
    for (NarrativeFormat format : session.formats().all()) {
      rows.add(List.of(format.name(), String.join(" ", format.fileExtensions()), format.mediaType(),
          format.canRead() && format.canWrite() ? "read, write" : format.canRead() ? "read" : "write",
          origin(format)));
    }
    TextReports.table(rows).stream().map(TerminalText::escape).forEach(session.out()::println);
    return 0;
  }

  /** The file name of the jar (or folder of classes) the format's class came from. */
  private static String origin(NarrativeFormat format) {
    CodeSource source = format.getClass().getProtectionDomain().getCodeSource();
    try {
      Path path = source == null ? null : Path.of(source.getLocation().toURI()).getFileName();
      return path == null ? "?" : path.toString();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return String.valueOf(source.getLocation());
    }
  }
}
