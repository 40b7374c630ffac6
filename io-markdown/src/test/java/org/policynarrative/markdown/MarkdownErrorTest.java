package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
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
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * Hand-written documents with one mistake each: {@code MarkdownErrorTest/<case>.md} must fail
 * with exactly the message (location included) in {@code <case>.error}. Every fixture differs
 * from {@code hand-written.md}, which reads cleanly, by that one mistake. Run with
 * {@code -Dgolden.update=true} to record new messages, then review them.
 */
class MarkdownErrorTest {

  static final Path FOLDER = Path.of("src/test/resources/MarkdownErrorTest");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().collect(Collectors.toList());
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsTheLineAndWhatWasExpected(String name) throws IOException {
    String input = Files.readString(FOLDER.resolve(name + ".md"), StandardCharsets.UTF_8);
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().read(new StringReader(input)));
    assertThat(e).as("reading %s.md must fail", name).isNotNull();
    assertThat(e.format()).isEqualTo("markdown");
    assertThat(e.line()).as("the line of %s", name).isPresent();
    Path expected = FOLDER.resolve(name + ".error");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, e.getMessage() + "\n", StandardCharsets.UTF_8);
    }
    assertThat(e.getMessage() + "\n").isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void theUnchangedDocumentReads() throws IOException {
    Narrative narrative = NarrativeMarkdown.create().read(Path.of("src/test/resources/hand-written.md"));
    assertThat(narrative.eras()).hasSize(1);
    assertThat(narrative.policyLines().get(0).eras()).containsExactly("post-war");
    assertThat(narrative.claims().get(0).about()).hasSize(1);
    assertThat(narrative.sectors()).hasSize(1);
  }

  @Test
  void aFileErrorNamesTheFile() throws IOException {
    Path file = Files.createTempFile("broken", ".md");
    try {
      Files.writeString(file, "no title\n");
      assertThatThrownBy(() -> NarrativeMarkdown.create().read(file))
          .isInstanceOf(NarrativeFormatException.class)
          .hasMessageStartingWith(file + ":1:1: markdown: expected the narrative's title");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void invalidUtf8IsAFormatError() {
    byte[] bytes = "# Title\n".getBytes(StandardCharsets.UTF_8);
    bytes[3] = (byte) 0xC3;
    assertThatThrownBy(() -> NarrativeMarkdown.create().read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("not valid UTF-8");
  }
}
