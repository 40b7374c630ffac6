package org.policynarrative.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * The shipped JSON and Markdown are exactly what the library writes from
 * {@link ReferenceNarrative}, and read back to the same narrative. When this fails after a change
 * to the data set or to a format, regenerate the files with {@link GenerateReferenceData} (its
 * Javadoc has the command) and review the diff.
 */
class ReferenceDataFilesTest {

  static final List<String> FILES = GenerateReferenceData.FILE_NAMES;

  @ParameterizedTest
  @ValueSource(strings = {"economic-construction.json", "economic-construction.md"})
  void shippedFileIsWhatTheLibraryWrites(String name, @TempDir Path dir) throws IOException {
    GenerateReferenceData.write(ReferenceNarrative.narrative(), dir);
    String expected = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    assertThat(shipped(name))
        .as("%s differs from what the library writes; run GenerateReferenceData to regenerate it", name)
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"economic-construction.json", "economic-construction.md"})
  void shippedFileReadsBackToTheReferenceNarrative(String name, @TempDir Path dir) throws IOException {
    Path copy = dir.resolve(name);
    Files.writeString(copy, shipped(name), StandardCharsets.UTF_8);
    Narrative read = NarrativeFormats.installed().read(copy);
    assertThat(read).isEqualTo(ReferenceNarrative.narrative());
    assertThat(NarrativeValidator.validate(read, List.of(ReferenceNarrative.sourceText())).problems()).isEmpty();
  }

  @Test
  void theParametersNameEveryShippedFile() {
    assertThat(FILES).containsExactly("economic-construction.json", "economic-construction.md");
  }

  @Test
  void jsonAndMarkdownReadBackEqual(@TempDir Path dir) throws IOException {
    NarrativeFormats formats = NarrativeFormats.installed();
    Path json = dir.resolve(FILES.get(0));
    Path markdown = dir.resolve(FILES.get(1));
    Files.writeString(json, shipped(FILES.get(0)), StandardCharsets.UTF_8);
    Files.writeString(markdown, shipped(FILES.get(1)), StandardCharsets.UTF_8);
    assertThat(formats.read(markdown)).isEqualTo(formats.read(json));
  }

  private static String shipped(String name) throws IOException {
    try (InputStream in = ReferenceNarrative.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s is shipped", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
