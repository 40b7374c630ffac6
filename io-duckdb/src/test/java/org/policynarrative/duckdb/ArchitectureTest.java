package org.policynarrative.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.corpus.Corpus;
import org.policynarrative.corpus.CorpusExporter;
import org.policynarrative.testing.ArchitectureRules;

/**
 * The DuckDB module keeps the project's rules: it depends on core, the corpus module, JDBC and
 * DuckDB's driver only, and its exporters are found through the service on the class path.
 */
class ArchitectureTest {

  @Test
  void dependsOnlyOnCoreCorpusAndDuckDb() {
    JavaClasses classes = ArchitectureRules.importMainClassesOf(CorpusDuckDb.class, Corpus.class, Narrative.class);
    ArchitectureRules.moduleRules("org.policynarrative.duckdb", "org.policynarrative.corpus", "org.duckdb..",
        "java.sql..").check(classes);
  }

  @Test
  void theExportersAreFoundThroughTheService() {
    assertThat(CorpusExporter.installed()).extracting(CorpusExporter::name).containsExactly("duckdb", "parquet");
  }
}
