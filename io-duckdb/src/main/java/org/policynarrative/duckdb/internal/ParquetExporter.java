package org.policynarrative.duckdb.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policynarrative.corpus.Corpus;
import org.policynarrative.corpus.CorpusExporter;

/**
 * The {@code parquet} exporter: a directory with one Parquet file per table and view; the natural one
 * for an existing directory or a name without an extension.
 */
public final class ParquetExporter implements CorpusExporter {

  /** For {@link java.util.ServiceLoader}. */
  public ParquetExporter() {}

  @Override
  public String name() {
    return "parquet";
  }

  @Override
  public String description() {
    return "a directory of Parquet files, one per table and view (created if missing)";
  }

  @Override
  public boolean claims(Path target) {
    Path name = target.getFileName();
    return Files.isDirectory(target) || (name != null && name.toString().indexOf('.') < 0);
  }

  @Override
  public void export(Corpus corpus, Path target) throws IOException {
    Exports.exportParquet(corpus, target);
  }
}
