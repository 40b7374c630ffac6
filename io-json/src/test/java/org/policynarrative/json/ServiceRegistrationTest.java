package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.testing.SampleNarratives;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The formats and the Jackson module are found by {@link ServiceLoader} on the class path (through
 * {@code META-INF/services}) and in this test run, and the two registrations say the same thing.
 */
class ServiceRegistrationTest {

  private static final String FORMAT_SERVICE = NarrativeFormat.class.getName();
  private static final String MODULE_SERVICE = JacksonModule.class.getName();

  @Test
  void theCoreRegistryFindsBothFormats(@TempDir Path dir) throws IOException {
    NarrativeFormats formats = NarrativeFormats.installed();

    NarrativeFormat json = formats.byName("json").orElseThrow();
    NarrativeFormat jsonl = formats.byName("jsonl").orElseThrow();
    assertThat(json.mediaType()).isEqualTo("application/json");
    assertThat(json.fileExtensions()).containsExactly(".json");
    assertThat(jsonl.mediaType()).isEqualTo("application/jsonl");
    assertThat(jsonl.fileExtensions()).containsExactly(".jsonl");
    assertThat(formats.forPath(Path.of("data", "corpus.JSONL"))).containsSame(jsonl);
    assertThat(formats.forPath(Path.of("narrative.json"))).containsSame(json);

    Path file = dir.resolve("narrative.json");
    formats.write(SampleNarratives.full(), file);
    assertThat(Files.readString(file)).isEqualTo(NarrativeJson.create().toJson(SampleNarratives.full()));
    assertThat(formats.read(file)).isEqualTo(SampleNarratives.full());
  }

  @Test
  void theClassPathRegistrationIsFoundByAPlainClassLoader() throws Exception {
    URL[] classPath = Stream.of(NarrativeJson.class, Narrative.class, JsonMapper.class, JsonParser.class,
            com.fasterxml.jackson.annotation.JsonProperty.class)
        .map(ServiceRegistrationTest::location)
        .distinct()
        .toArray(URL[]::new);

    // Parent: the boot loader only. The platform loader would hand the model's packages to the application
    // loader when the test itself runs on the module path, and nothing would be loaded from the class path.
    try (URLClassLoader loader = new URLClassLoader(classPath, null)) {
      Class<?> formatService = loader.loadClass(FORMAT_SERVICE);
      assertThat(formatService.getClassLoader()).as("the isolated loader, not the test's").isSameAs(loader);
      Class<?> moduleService = loader.loadClass(MODULE_SERVICE);
      // When this test runs on the module path, its module must declare the use of these foreign service types.
      ServiceRegistrationTest.class.getModule().addUses(formatService).addUses(moduleService);
      List<String> formats = new ArrayList<>();
      for (Object format : ServiceLoader.load(formatService, loader)) {
        assertThat(format.getClass().getModule().isNamed()).as("loaded from the class path").isFalse();
        formats.add((String) format.getClass().getMethod("name").invoke(format));
      }
      List<String> modules = new ArrayList<>();
      for (Object module : ServiceLoader.load(moduleService, loader)) {
        modules.add(module.getClass().getName());
      }

      assertThat(formats).containsExactlyInAnyOrder("json", "jsonl");
      assertThat(modules).containsExactly(NarrativeJacksonModule.class.getName());
    }
  }

  /** Where a class was loaded from; {@link Path#toUri()} gives folders the trailing slash that URLClassLoader needs. */
  private static URL location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void moduleInfoAndMetaInfServicesDeclareTheSameProviders() throws Exception {
    Path classes = Path.of(NarrativeJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    Map<String, Set<String>> declared = descriptor.provides().stream()
        .collect(Collectors.toMap(ModuleDescriptor.Provides::service, p -> Set.copyOf(p.providers())));

    assertThat(declared).containsOnlyKeys(FORMAT_SERVICE, MODULE_SERVICE);
    for (String service : declared.keySet()) {
      Set<String> listed = Files.readAllLines(classes.resolve("META-INF/services/" + service), StandardCharsets.UTF_8)
          .stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toSet());
      assertThat(listed).as(service).isEqualTo(declared.get(service));
    }
  }
}
