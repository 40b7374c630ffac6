package org.policynarrative.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * Loads a corpus into another engine or file layout, such as a DuckDB database or a directory of
 * Parquet files; found with {@link ServiceLoader} (the {@code policy-narrative-duckdb} module
 * provides {@code duckdb} and {@code parquet}). Implementations must have a public no-argument
 * constructor (or a {@code provider()} method on the module path) and be safe to use from several
 * threads.
 */
public interface CorpusExporter {

  /** {@return the exporter's short, unique name, such as {@code duckdb}} */
  String name();

  /** {@return one line that says what the exporter writes and what {@code target} is} */
  String description();

  /**
   * {@return true when this exporter is the natural one for {@code target}, such as a file named
   * {@code *.duckdb} for the DuckDB exporter}
   *
   * @param target the file or directory to write
   */
  boolean claims(Path target);

  /**
   * Reads the corpus once, narrative by narrative, and writes it to {@code target}, replacing what
   * was there.
   *
   * @param corpus the corpus to export
   * @param target the file or directory to write
   * @throws NarrativeFormatException when an entry of the corpus cannot be read: nothing usable is
   *     left at {@code target}
   * @throws IOException when reading the corpus or writing the target fails
   */
  void export(Corpus corpus, Path target) throws IOException;

  /**
   * {@return the exporters installed on the class path or module path, in name order}
   *
   * @throws java.util.ServiceConfigurationError when an installed exporter cannot be loaded
   */
  static List<CorpusExporter> installed() {
    List<CorpusExporter> found = new ArrayList<>();
    ServiceLoader.load(CorpusExporter.class).forEach(found::add);
    found.sort(Comparator.comparing(CorpusExporter::name));
    return List.copyOf(found);
  }
}
