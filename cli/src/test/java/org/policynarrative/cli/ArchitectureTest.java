package org.policynarrative.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.ArchitectureRules;

/**
 * The command-line tool keeps the project's architecture rules: it depends on core, the corpus module and picocli
 * only, and finds every format (the library's own and third parties') through the SPI.
 */
class ArchitectureTest {

  @Test
  void theCliKeepsTheModuleRulesAndNamesNoFormatModule() {
    JavaClasses classes = ArchitectureRules.importMainClassesOf(PolicyNarrativeCli.class, Narrative.class,
        org.policynarrative.corpus.Corpus.class);
    ArchitectureRules.moduleRules("org.policynarrative.cli", "picocli..", "org.policynarrative.corpus").check(classes);
  }
}
