package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Core's module descriptor exports only the API packages and uses the format service. The
 * descriptor is read from {@code module-info.class} itself, so the check holds whether the tests
 * run on the module path or on the class path.
 */
class ModuleDescriptorTest {

  @Test
  void theModuleExportsOnlyItsApiPackagesAndUsesTheFormatService() throws IOException {
    ModuleDescriptor descriptor = coreDescriptor();
    assertThat(descriptor.name()).isEqualTo("org.policynarrative.core");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("org.policynarrative.core", "org.policynarrative.core.spi",
            "org.policynarrative.core.diff", "org.policynarrative.core.spelling");
    assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
    assertThat(descriptor.uses()).containsExactly("org.policynarrative.core.spi.NarrativeFormat");
  }

  private static ModuleDescriptor coreDescriptor() throws IOException {
    // Resolved against Narrative's own code source: on the class path, a bare
    // getResourceAsStream("/module-info.class") could find another jar's descriptor.
    URL location = Narrative.class.getProtectionDomain().getCodeSource().getLocation();
    URL descriptor = location.getPath().endsWith(".jar")
        ? new URL("jar:" + location + "!/module-info.class")
        : new URL(location, "module-info.class");
    try (InputStream in = descriptor.openStream()) {
      return ModuleDescriptor.read(in);
    }
  }
}
