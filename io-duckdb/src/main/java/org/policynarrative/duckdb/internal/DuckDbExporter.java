package org.policynarrative.duckdb.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.policynarrative.corpus.Corpus;
import org.policynarrative.corpus.CorpusExporter;

/** The {@code duckdb} exporter: a DuckDB database file, for {@code *.duckdb} and {@code *.db}. */
public final class DuckDbExporter implements CorpusExporter {

  /** For {@link java.util.ServiceLoader}. */
  public DuckDbExporter() {}

  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public String description() {
    return "a DuckDB database file (.duckdb), replaced atomically";
  }

  @Override
  public boolean claims(Path target) {
    String name = String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".duckdb") || name.endsWith(".db");
  }

  @Override
  public void export(Corpus corpus, Path target) throws IOException {
    Exports.exportDatabase(corpus, target);
  }
}
