package org.policynarrative.json;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.ArchitectureRules;

/** io-json keeps the project's architecture rules (shared from core's test-jar). */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.importMainClassesOf(NarrativeJson.class, Narrative.class);

  @Test
  void dependsOnlyOnCoreAndJacksonWithoutCyclesOrLeakedInternals() {
    ArchitectureRules.moduleRules("org.policynarrative.json", "tools.jackson..", "com.fasterxml.jackson.annotation..")
        .check(CLASSES);
  }
}
