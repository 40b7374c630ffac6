package org.policynarrative.corpus;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.ArchitectureRules;

/** The corpus module depends on core alone and reads every format through the SPI. */
class ArchitectureTest {

  @Test
  void dependsOnlyOnCoreWithoutCyclesOrLeakedInternals() {
    JavaClasses classes = ArchitectureRules.importMainClassesOf(Corpus.class, Narrative.class);
    ArchitectureRules.moduleRules("org.policynarrative.corpus").check(classes);
  }
}
