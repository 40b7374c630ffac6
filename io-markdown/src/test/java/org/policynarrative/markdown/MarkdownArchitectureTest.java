package org.policynarrative.markdown;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.ArchitectureRules;

/** The project's shared architecture rules, applied to io-markdown's main classes. */
class MarkdownArchitectureTest {

  @Test
  void dependsOnlyOnTheJdkCoreAndCommonmark() {
    JavaClasses classes = ArchitectureRules.importMainClassesOf(NarrativeMarkdown.class, Narrative.class);
    ArchitectureRules.moduleRules("org.policynarrative.markdown", "org.commonmark..").check(classes);
  }
}
