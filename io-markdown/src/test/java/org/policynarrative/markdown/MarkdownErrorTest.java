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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.Fixtures;

/**
 * Hand-written documents with one mistake each: {@code MarkdownErrorTest/<case>.md} must fail
 * with exactly the message (location included) in {@code <case>.error}. Every fixture differs
 * from {@link HandWrittenInputTest#HAND_WRITTEN} (the {@code v2-} ones from
 * {@link HandWrittenInputTest#HAND_WRITTEN_V2}, which uses model v2's constructs), which read
 * cleanly, by that one mistake. Run
 * with {@code -Dgolden.update=true} to record new messages (the run fails), then review them and
 * run again.
 */
class MarkdownErrorTest {

  static List<String> cases() {
    return Fixtures.caseNames(MarkdownErrorTest.class, ".md");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsTheLineAndWhatWasExpected(String name) throws IOException {
    String input = Fixtures.read(Fixtures.file(MarkdownErrorTest.class, name + ".md"));
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeMarkdown.create().validatingOnRead().read(new StringReader(input)));
    assertThat(e).as("reading %s.md must fail", name).isNotNull();
    assertThat(e.format()).isEqualTo("markdown");
    assertThat(e.line()).as("the line of %s", name).isPresent();
    Fixtures.assertGolden(Fixtures.file(MarkdownErrorTest.class, name + ".error"), e.getMessage() + "\n");
    // The reader goes on after an error: one mistake must still make one error, not a cascade.
    assertThat(e.allErrors()).as("the errors of %s", name).hasSize(1);
  }

  @Test
  void theUnchangedDocumentReads() throws IOException {
    Narrative narrative = NarrativeMarkdown.create().read(HandWrittenInputTest.HAND_WRITTEN);
    assertThat(narrative.eras()).hasSize(1);
    assertThat(narrative.policyLines().get(0).eras()).containsExactly("post-war");
    assertThat(narrative.claims().get(0).about()).hasSize(1);
    assertThat(narrative.sectors()).hasSize(1);
  }

  @Test
  void theUnchangedDocumentOfModelTwoReadsAndIsValid() throws IOException {
    Narrative narrative = NarrativeMarkdown.create().validatingOnRead().read(HandWrittenInputTest.HAND_WRITTEN_V2);
    assertThat(narrative.actors()).hasSize(2);
    assertThat(narrative.events()).hasSize(1);
    assertThat(narrative.vocabulary()).hasSize(1);
    assertThat(narrative.claims().get(1).about()).containsExactly(EntityRef.policyLine("raised-targets"));
    assertThat(narrative.claims().get(1).otherAnchors()).hasSize(1);
    assertThat(narrative.policyLines().get(0).priorities().get(0).sector()).isEqualTo("steel");
  }

  /** The one read policy of every format: checks across the whole narrative only when asked for. */
  @Test
  void structuralProblemsAreErrorsOnlyWhenValidatingOnRead() throws IOException {
    Path dangling = Fixtures.file(MarkdownErrorTest.class, "unknown-reference.md");
    Narrative narrative = NarrativeMarkdown.create().read(dangling);
    assertThat(narrative.claims().get(0).about()).extracting(ref -> ref.id()).contains("nowhere");
    assertThatThrownBy(() -> NarrativeMarkdown.create().validatingOnRead().read(dangling))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("the narrative is not consistent");
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
