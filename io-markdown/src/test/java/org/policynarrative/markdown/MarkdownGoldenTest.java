package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Narrative;

/**
 * Golden files: {@code src/test/resources/MarkdownGoldenTest/<case>.md} is exactly what the writer
 * produces for the narrative {@link SampleNarratives#CASES} builds under that name, and reads back
 * to it. Run with {@code -Dgolden.update=true} to rewrite the files after a deliberate change, then
 * review the diff.
 */
class MarkdownGoldenTest {

  static final Path FOLDER = Path.of("src/test/resources/MarkdownGoldenTest");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void writesAndReadsTheGoldenFile(String name) throws IOException {
    assertThat(SampleNarratives.CASES).as("a narrative for golden file %s.md", name).containsKey(name);
    Narrative narrative = SampleNarratives.CASES.get(name).get();
    Path file = FOLDER.resolve(name + ".md");
    String written = write(narrative);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(NarrativeMarkdown.create().read(new StringReader(written))).isEqualTo(narrative);
  }

  @Test
  void everyCaseHasAGoldenFile() throws IOException {
    List<String> files = cases().collect(Collectors.toList());
    assertThat(files).containsExactlyInAnyOrderElementsOf(SampleNarratives.CASES.keySet());
  }

  static String writeUnchecked(Narrative narrative) {
    try {
      return write(narrative);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String write(Narrative narrative) throws IOException {
    StringWriter out = new StringWriter();
    NarrativeMarkdown.create().write(narrative, out);
    return out.toString();
  }
}
