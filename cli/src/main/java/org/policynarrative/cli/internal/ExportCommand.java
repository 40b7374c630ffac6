package org.policynarrative.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.policynarrative.corpus.CorpusExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code export CORPUS... --to OUT}: loads corpora into another engine, such as a DuckDB database. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Load every narrative of CORPUS into OUT: a DuckDB database file (OUT ending in .duckdb),"
        + " or a directory of Parquet files, one per table (an existing directory, or a name without an"
        + " extension), for SQL over the whole corpus.",
        "The exporters come with the DuckDB plugin (policy-narrative-duckdb and its driver in the plugins"
            + " directory); 'policy-narrative export --help' lists those installed. A line that cannot be read"
            + " stops the export (run validate first), and OUT is then left as it was."})
final class ExportCommand extends CorpusCommand implements Callable<Integer> {

  @Option(names = "--to", required = true, paramLabel = "OUT",
      description = "The database file or directory to write; replaced.")
  Path to;

  @Option(names = "--as", paramLabel = "EXPORTER",
      description = "The exporter, by name (duckdb or parquet), whatever OUT is called.")
  String as;

  @Override
  public Integer call() throws IOException {
    Session session = RootCommand.session(spec);
    session.formats();   // puts the plugin jars on the class path the exporters are looked up in
    List<CorpusExporter> exporters = installed();
    CorpusExporter exporter = choose(exporters);
    exporter.export(corpus("exporting:"), to);
    session.out().println(TerminalText.escape("wrote " + to + " (" + exporter.name() + ")"));
    return 0;
  }

  private static List<CorpusExporter> installed() {
    List<CorpusExporter> exporters;
    try {
      exporters = CorpusExporter.installed();
    } catch (ServiceConfigurationError | LinkageError e) {
      throw new CliException("cannot load an exporter: " + Errors.oneLine(e.getMessage()), e);
    }
    if (exporters.isEmpty()) {
      throw new CliException("no exporter is installed; the DuckDB and Parquet export is a plugin: put"
          + " policy-narrative-duckdb-VERSION.jar and duckdb_jdbc-VERSION.jar in the plugins directory of the"
          + " installation, or name their directory with --plugins DIR (see the CLI's README)");
    }
    return exporters;
  }

  private CorpusExporter choose(List<CorpusExporter> exporters) {
    String names = exporters.stream().map(e -> e.name() + " (" + e.description() + ")")
        .collect(Collectors.joining("; "));
    if (as != null) {
      return exporters.stream().filter(e -> e.name().equals(as)).findFirst().orElseThrow(() ->
          new ParameterException(spec.commandLine(), "--as " + as + ": no such exporter; installed: " + names));
    }
    return exporters.stream().filter(e -> e.claims(to)).findFirst().orElseThrow(() ->
        new ParameterException(spec.commandLine(), "cannot tell what to write from the name " + to + "; name the"
            + " exporter with --as, one of: " + names));
  }
}
