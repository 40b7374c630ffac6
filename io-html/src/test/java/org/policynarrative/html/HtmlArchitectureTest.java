package org.policynarrative.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.ArchitectureRules;

/**
 * io-html keeps the project's architecture rules (from test-support) with jte's runtime as its one
 * library, and its module descriptor exports only the API package.
 */
class HtmlArchitectureTest {

  private static final JavaClasses CLASSES = ArchitectureRules.importMainClassesOf(NarrativeHtml.class, Narrative.class);

  @Test
  void dependsOnlyOnCoreAndJteWithoutCyclesOrLeakedInternals() {
    ArchitectureRules.moduleRules("org.policynarrative.html", "gg.jte..", "javax.annotation.processing..")
        .check(CLASSES);
  }

  @Test
  void theModuleExportsOnlyItsApiPackage() throws Exception {
    Path classes = Path.of(NarrativeHtml.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("org.policynarrative.html");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.policynarrative.html");
    assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
    assertThat(descriptor.opens()).extracting(ModuleDescriptor.Opens::source)
        .containsExactly("org.policynarrative.html.internal.templates");
  }
}
