package org.policynarrative.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.AtomicFiles;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.DocumentLimits.TooLongException;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;
import org.policynarrative.examples.yaml.YamlNarrativeFormat;
import org.policynarrative.json.NarrativeJson;

/**
 * Issue 22, item 5, across the four formats (this module has them all): one default limit; at the
 * limit a document is written and reads back, one byte over it the writer refuses it (as the reader
 * would), leaving a file as it was; and the defaults carry a document that the old limits of one
 * format or another refused through every format.
 */
class WriteLimitsTest {

  private static final Narrative REFERENCE = ReferenceNarrative.narrative();

  @Test
  void everyFormatHasTheSameDefaultLimit() {
    // Markdown's facade is checked in its module (this one reaches Markdown through the SPI only).
    assertThat(List.of(NarrativeJson.create().maxDocumentLength(), YamlNarrativeFormat.MAX_DOCUMENT_LENGTH))
        .containsOnly(DocumentLimits.DEFAULT_MAX_DOCUMENT_LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "markdown", "yaml"})
  void atTheLimitADocumentIsWrittenAndReadsBackAndOneByteOverItIsRefusedBothWays(String name) throws IOException {
    NarrativeFormat format = NarrativeFormats.installed().byName(name).orElseThrow();
    byte[] bytes = write(format, REFERENCE);
    long length = length(name, bytes);

    NarrativeFormat exact = format.withMaxDocumentLength(length);
    assertThat(write(exact, REFERENCE)).isEqualTo(bytes);
    assertThat(exact.read(new ByteArrayInputStream(bytes))).isEqualTo(REFERENCE);

    NarrativeFormat under = format.withMaxDocumentLength(length - 1);
    String what = name.equals("jsonl") ? "line 1" : "the document";
    assertThatThrownBy(() -> write(under, REFERENCE)).isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
      assertThat(e.format()).isEqualTo(name);
      assertThat(e.problem()).startsWith(what + " to write is longer than the maximum document length of "
          + String.format("%,d", length - 1)).contains("so it would not read back", "withMaxDocumentLength(long)")
          .doesNotContain("--max-document-size");
      assertThat(e.getCause()).isInstanceOfSatisfying(TooLongException.class, t -> assertThat(t.writing()).isTrue());
    });
    assertThatThrownBy(() -> under.read(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.problem()).startsWith(what + " is longer than the maximum document length of "
              + String.format("%,d", length - 1)).contains("to read it, raise the limit with");
          assertThat(e.getCause()).isInstanceOfSatisfying(TooLongException.class, t -> assertThat(t.writing()).isFalse());
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "markdown", "yaml"})
  void aRefusedWriteLeavesTheFileAsItWas(String name, @TempDir Path dir) throws IOException {
    NarrativeFormat format = NarrativeFormats.installed().byName(name).orElseThrow();
    NarrativeFormat under = format.withMaxDocumentLength(length(name, write(format, REFERENCE)) - 1);
    Path file = Files.writeString(dir.resolve("narrative." + name), "old content");

    assertThatThrownBy(() -> AtomicFiles.write(file, out -> under.write(REFERENCE, out)))
        .isInstanceOf(NarrativeFormatException.class);
    assertThat(Files.readString(file)).isEqualTo("old content");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void theDefaultsCarryAStringOfMillionsOfCharactersThroughEveryFormat() throws IOException {
    // 3,500,000 characters: past JSON's old string limit (1,000,000 characters) and SnakeYAML's document
    // limit (3 MB of code points), both of which refused what another format had written (issue 22).
    Narrative large = Narrative.builder().from(REFERENCE).description("A long description. ".repeat(175_000)).build();
    NarrativeFormats formats = NarrativeFormats.installed();
    Narrative carried = large;
    for (String name : List.of("markdown", "json", "jsonl", "yaml")) {
      NarrativeFormat format = formats.byName(name).orElseThrow();
      carried = format.read(new ByteArrayInputStream(write(format, carried)));
      assertThat(carried).as("through %s", name).isEqualTo(large);
    }
  }

  /** The length the format's limit counts: bytes of a document, characters of a JSON Lines line. */
  private static long length(String format, byte[] written) {
    return format.equals("jsonl") ? new String(written, StandardCharsets.UTF_8).strip().length() : written.length;
  }

  private static byte[] write(NarrativeFormat format, Narrative narrative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(narrative, out);
    return out.toByteArray();
  }
}
