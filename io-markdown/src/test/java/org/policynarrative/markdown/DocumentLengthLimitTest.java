package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.SampleNarratives;

/** {@link NarrativeMarkdown#withMaxDocumentLength(long)}: exact limits, a message that says how to raise them, copies. */
class DocumentLengthLimitTest {

  private static final long DEFAULT = DocumentLimits.DEFAULT_MAX_DOCUMENT_LENGTH;

  private final NarrativeMarkdown markdown = NarrativeMarkdown.create();
  private final Narrative narrative = SampleNarratives.economicConstruction();
  private final String document = markdown.toMarkdown(narrative);
  private final byte[] utf8 = document.getBytes(StandardCharsets.UTF_8);

  @Test
  void defaultsAreUnchanged() {
    assertThat(NarrativeMarkdown.create().maxDocumentLength()).isEqualTo(DEFAULT);
  }

  @Test
  void aFileOneByteOverTheLimitFailsWithAMessageSayingHowToRaiseIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("n.md");
    Files.write(file, utf8);
    NarrativeMarkdown small = markdown.withMaxDocumentLength(utf8.length - 1);

    assertThatThrownBy(() -> small.read(file))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.format()).isEqualTo("markdown");
          assertThat(e.file()).contains(file.toString());
          assertThat(e.problem()).contains("maximum document length", String.format("%,d bytes", utf8.length - 1),
              "NarrativeMarkdown.withMaxDocumentLength(long)");
        });
    assertThat(markdown.withMaxDocumentLength(utf8.length).read(file)).isEqualTo(narrative);
  }

  @Test
  void streamsCountBytesAndReadersAndStringsCountCharacters() throws IOException {
    // The sample holds non-ASCII text, so its UTF-8 is longer than its characters.
    assertThat(utf8.length).isGreaterThan(document.length());

    assertThatThrownBy(() -> markdown.withMaxDocumentLength(utf8.length - 1).read(new ByteArrayInputStream(utf8)))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining(String.format("%,d bytes", utf8.length - 1))
        .hasMessageContaining("withMaxDocumentLength");
    assertThat(markdown.withMaxDocumentLength(utf8.length).read(new ByteArrayInputStream(utf8))).isEqualTo(narrative);

    NarrativeMarkdown byChars = markdown.withMaxDocumentLength(document.length() - 1);
    assertThatThrownBy(() -> byChars.read(new StringReader(document)))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining(String.format("%,d characters", document.length() - 1));
    assertThatThrownBy(() -> byChars.fromMarkdown(document))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining(String.format("%,d characters", document.length() - 1));
    NarrativeMarkdown exactly = markdown.withMaxDocumentLength(document.length());
    assertThat(exactly.read(new StringReader(document))).isEqualTo(narrative);
    assertThat(exactly.fromMarkdown(document)).isEqualTo(narrative);
  }

  @Test
  void aDocumentPastTheOld16MiBDefaultReadsAndWritesByDefault() throws IOException {
    // Markdown once read 16 MiB where the other formats read 64 MiB, so convert wrote Markdown files
    // that it then refused (issue 22). One character past 16 MiB: read and written at the default.
    String head = "# Big\n\n- **Id:** n\n- **Language:** en\n- **Version:** 1\n- **Description:** ";
    int sixteenMiB = 16 * 1024 * 1024;
    String document = head + "x".repeat(sixteenMiB - head.length()) + "\n";
    assertThat(document.length()).isEqualTo(sixteenMiB + 1);

    Narrative large = markdown.read(new StringReader(document));
    assertThat(markdown.toMarkdown(large)).isEqualTo(document);
    assertThatThrownBy(() -> markdown.withMaxDocumentLength(sixteenMiB).fromMarkdown(document))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("16,777,216 characters (16 MiB)");
  }

  @Test
  void aDocumentPastTheDefaultIsRefusedBeforeItIsParsed() {
    String document = "x".repeat(Math.toIntExact(DEFAULT + 1));
    assertThatThrownBy(() -> markdown.fromMarkdown(document))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("67,108,864 characters (64 MiB)");
  }

  @Test
  void copiesAreIndependent() {
    NarrativeMarkdown small = markdown.withMaxDocumentLength(10);
    NarrativeMarkdown raised = small.withMaxDocumentLength(1_000_000);
    assertThat(markdown.maxDocumentLength()).isEqualTo(DEFAULT);
    assertThat(NarrativeMarkdown.create().maxDocumentLength()).isEqualTo(DEFAULT);
    assertThat(small.maxDocumentLength()).isEqualTo(10);
    assertThat(raised.maxDocumentLength()).isEqualTo(1_000_000);
    assertThatThrownBy(() -> small.fromMarkdown(document)).isInstanceOf(NarrativeFormatException.class);
    assertThat(raised.fromMarkdown(document)).isEqualTo(narrative);
    assertThat(raised.toMarkdown(narrative)).isEqualTo(document);
    assertThatThrownBy(() -> small.toMarkdown(narrative)).as("the writer keeps to the limit too")
        .isInstanceOf(NarrativeFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void aLimitBelowOneIsRejected(int limit) {
    assertThatThrownBy(() -> markdown.withMaxDocumentLength(limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void theLargestLimitReadsAsUsual() throws IOException {
    NarrativeMarkdown largest = markdown.withMaxDocumentLength(Integer.MAX_VALUE);
    assertThat(largest.read(new ByteArrayInputStream(utf8))).isEqualTo(narrative);
    assertThat(largest.read(new StringReader(document))).isEqualTo(narrative);
  }
}
