package org.policynarrative.json;

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
 * io-json keeps the project's architecture rules (from test-support), and its module descriptor
 * exports only the API package. The descriptor is read from {@code module-info.class} itself, so
 * the check holds on the class path as on the module path: it never returns early.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.importMainClassesOf(NarrativeJson.class, Narrative.class);

  @Test
  void dependsOnlyOnCoreAndJacksonWithoutCyclesOrLeakedInternals() {
    ArchitectureRules.moduleRules("org.policynarrative.json", "tools.jackson..", "com.fasterxml.jackson.annotation..")
        .check(CLASSES);
  }

  @Test
  void theModuleExportsOnlyItsApiPackage() throws Exception {
    Path classes = Path.of(NarrativeJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }

    assertThat(descriptor.name()).isEqualTo("org.policynarrative.json");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.policynarrative.json");
    assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
  }
}
