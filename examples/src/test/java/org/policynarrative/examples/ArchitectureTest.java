package org.policynarrative.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.ArchitectureRules;

/** The examples keep the project's architecture rules, like any other module. */
class ArchitectureTest {

  @Test
  void examplesKeepTheModuleRules() {
    JavaClasses classes = ArchitectureRules.importMainClassesOf(Explore.class, Narrative.class);
    ArchitectureRules.moduleRules("org.policynarrative.examples",
        "org.policynarrative.json", "tools.jackson..", "org.snakeyaml.engine..").check(classes);
  }
}
