package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.markdown.internal.MarkdownNarrativeFormat;
import org.policynarrative.testing.SampleNarratives;

/** The format is found through the SPI and reads and writes files through it and the facade. */
class MarkdownRegistrationTest {

  @Test
  void serviceLoaderFindsTheFormat() {
    // NarrativeFormats.installed() is core's ServiceLoader lookup (core declares the 'uses').
    List<NarrativeFormat> found = NarrativeFormats.installed().all().stream()
        .filter(f -> f.name().equals("markdown")).collect(Collectors.toList());
    assertThat(found).hasSize(1);
    NarrativeFormat format = found.get(0);
    assertThat(format).isInstanceOf(MarkdownNarrativeFormat.class);
    assertThat(format.mediaType()).isEqualTo("text/markdown");
    assertThat(format.fileExtensions()).containsExactly(".md", ".markdown");
    assertThat(format.canRead()).isTrue();
    assertThat(format.canWrite()).isTrue();
    NarrativeFormats formats = NarrativeFormats.installed();
    assertThat(formats.forPath(Path.of("a/b/Narrative.MD"))).containsSame(formats.byName("markdown").orElseThrow());
    assertThat(formats.forPath(Path.of("narrative.markdown")).map(NarrativeFormat::name)).contains("markdown");
  }

  @Test
  void moduleInfoAndServiceFileAgree() throws IOException {
    String services = Files.readString(
        Path.of("src/main/resources/META-INF/services/org.policynarrative.core.spi.NarrativeFormat"));
    String moduleInfo = Files.readString(Path.of("src/main/java/module-info.java"));
    assertThat(services.strip()).isEqualTo(MarkdownNarrativeFormat.class.getName());
    assertThat(moduleInfo.replaceAll("\\s+", " "))
        .contains("provides org.policynarrative.core.spi.NarrativeFormat with " + MarkdownNarrativeFormat.class.getName() + ";");
  }

  @Test
  void pathsAreWrittenAtomicallyAndReadBack(@TempDir Path dir) throws IOException {
    Narrative narrative = SampleNarratives.economicConstruction();
    Path file = dir.resolve("sub/narrative.md");
    NarrativeMarkdown.create().write(narrative, file);
    assertThat(NarrativeMarkdown.create().read(file)).isEqualTo(narrative);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(MarkdownGoldenTest.write(narrative));
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("narrative.md");
    }
    String text = NarrativeMarkdown.create().toMarkdown(narrative);
    assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(NarrativeMarkdown.create().fromMarkdown(text)).isEqualTo(narrative);
    Path other = dir.resolve("copy.markdown");
    NarrativeFormats.installed().write(narrative, other);
    assertThat(NarrativeFormats.installed().read(other)).isEqualTo(narrative);
  }
}
