package org.policynarrative.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.ArchitectureRules;

/**
 * The command-line tool keeps the project's architecture rules: it depends on core, the corpus module
 * and picocli, and finds every format (the library's own and third parties') through the SPI. The one
 * exception, until the SPI can hand a format the source texts, is {@code SourceTextFormats}, which gives
 * them to io-html's format through that module's API.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.importMainClassesOf(PolicyNarrativeCli.class, Narrative.class,
          org.policynarrative.corpus.Corpus.class);

  @Test
  void theCliKeepsTheModuleRules() {
    ArchitectureRules.moduleRules("org.policynarrative.cli", "picocli..", "org.policynarrative.corpus",
        "org.policynarrative.html").check(CLASSES);
  }

  @Test
  void onlySourceTextFormatsNamesAFormatModule() {
    noClasses().that().resideInAPackage("org.policynarrative.cli..")
        .and().doNotHaveSimpleName("SourceTextFormats")
        .should().dependOnClassesThat().resideInAnyPackage(ArchitectureRules.ADAPTERS.stream()
            .map(adapter -> adapter + "..").toArray(String[]::new))
        .check(CLASSES);
  }
}
