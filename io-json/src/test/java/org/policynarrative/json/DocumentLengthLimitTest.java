package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.SampleNarratives;

/** {@link NarrativeJson#withMaxDocumentLength(long)}: exact limits, a message that says how to raise them, copies. */
class DocumentLengthLimitTest {

  private static final String HEAD = "{\"format\":\"policy-narrative/1\",\"id\":\"n\",\"title\":\"T\",\"language\":\"en\","
      + "\"version\":\"1\"";
  private static final long DEFAULT = 64L * 1024 * 1024;

  /** A document of 100,000 characters of description, 200,000 bytes of UTF-8 more than that. */
  private static final String WIDE = HEAD + ",\"description\":\"" + "é".repeat(100_000) + "\"}";

  private final String document = NarrativeJson.create().toJson(SampleNarratives.full());
  private final int bytes = document.getBytes(StandardCharsets.UTF_8).length;

  @Test
  void defaultsAreUnchanged() {
    assertThat(NarrativeJson.create().maxDocumentLength()).isEqualTo(DEFAULT);
    assertThat(NarrativeJson.create().skippingUnknownFields().maxDocumentLength()).isEqualTo(DEFAULT);
    assertThat(NarrativeJson.create().validatingOnRead().maxDocumentLength()).isEqualTo(DEFAULT);
  }

  @Test
  void aDocumentOneByteOverTheLimitFailsWithAMessageSayingHowToRaiseIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("n.json");
    Files.writeString(file, document, StandardCharsets.UTF_8);
    NarrativeJson json = NarrativeJson.create().withMaxDocumentLength(bytes - 1);

    assertThatThrownBy(() -> json.read(file))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.format()).isEqualTo("json");
          assertThat(e.file()).contains(file.toString());
          assertThat(e.problem()).contains("maximum document length", String.format("%,d", bytes - 1) + " bytes",
              "NarrativeJson.withMaxDocumentLength(long)");
        });
    assertThat(NarrativeJson.create().withMaxDocumentLength(bytes).read(file)).isEqualTo(SampleNarratives.full());
  }

  @Test
  void streamsCountBytesAndReadersAndStringsCountCharacters() throws IOException {
    byte[] utf8 = WIDE.getBytes(StandardCharsets.UTF_8);
    assertThat(utf8.length).isGreaterThan(WIDE.length() + 99_999);

    NarrativeJson byBytes = NarrativeJson.create().withMaxDocumentLength(utf8.length - 1);
    assertThatThrownBy(() -> byBytes.read(new ByteArrayInputStream(utf8)))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining(String.format("%,d bytes", utf8.length - 1))
        .hasMessageContaining("withMaxDocumentLength");
    assertThat(NarrativeJson.create().withMaxDocumentLength(utf8.length).read(new ByteArrayInputStream(utf8))
        .description()).hasValue("é".repeat(100_000));

    NarrativeJson byChars = NarrativeJson.create().withMaxDocumentLength(WIDE.length() - 1);
    assertThatThrownBy(() -> byChars.read(new StringReader(WIDE)))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining(String.format("%,d characters", WIDE.length() - 1));
    assertThatThrownBy(() -> byChars.fromJson(WIDE))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining(String.format("%,d characters", WIDE.length() - 1));
    NarrativeJson exactly = NarrativeJson.create().withMaxDocumentLength(WIDE.length());
    assertThat(exactly.read(new StringReader(WIDE)).id()).isEqualTo("n");
    assertThat(exactly.fromJson(WIDE).id()).isEqualTo("n");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100, 20_000, 60_000, 100_000})
  void theLimitHoldsWhereverItFallsInTheDocument(int limit) {
    // 20,000 and more fall inside the description, after the parser has filled several buffers.
    assertThatThrownBy(() -> NarrativeJson.create().withMaxDocumentLength(limit).fromJson(WIDE))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("maximum document length of " + String.format("%,d", limit) + " characters")
        .cause().isInstanceOf(DocumentLimits.TooLongException.class);
  }

  @Test
  void aLimitOfWholeMebibytesIsAlsoGivenInMiB() {
    assertThatThrownBy(() -> NarrativeJson.create().withMaxDocumentLength(2L * 1024 * 1024)
        .fromJson(HEAD + ",\"description\":\"" + "x".repeat(900_000) + "\",\"extra\":\"" + "x".repeat(900_000)
            + "\",\"more\":\"" + "x".repeat(900_000) + "\"}"))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("2,097,152 characters (2 MiB)");
  }

  @Test
  void eachJsonLinesLineIsHeldToTheLimit() {
    String line = HEAD + "}";
    String corpus = line + "\n" + line + "\r\n" + line.replace("\"policy-narrative/1\"", "\"policy-narrative/1\" ")
        + "\n";
    int length = line.length();

    NarrativeJson exactly = NarrativeJson.create().withMaxDocumentLength(length);
    try (Stream<Narrative> narratives = exactly.readLines(new StringReader(corpus))) {
      assertThatThrownBy(() -> narratives.collect(Collectors.toList()))
          .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
            assertThat(e.format()).isEqualTo("jsonl");
            assertThat(e.line()).hasValue(3);
            assertThat(e.problem()).contains("line 3", String.format("%,d characters", length),
                "each JSON Lines line", "NarrativeJson.withMaxDocumentLength(long)");
          });
    }
    try (Stream<Narrative> narratives = NarrativeJson.create().withMaxDocumentLength(length + 1)
        .readLines(new StringReader(corpus))) {
      assertThat(narratives.count()).isEqualTo(3);
    }
    // The limit is per line, not for the whole corpus.
    try (Stream<Narrative> narratives = exactly.readLines(new StringReader(line + "\n" + line + "\n"))) {
      assertThat(narratives.count()).isEqualTo(2);
    }
  }

  @Test
  void copiesKeepStrictnessAndValidationAndLeaveTheOriginalAlone() {
    NarrativeJson small = NarrativeJson.create().skippingUnknownFields().withMaxDocumentLength(10);
    assertThat(NarrativeJson.create().skippingUnknownFields().maxDocumentLength()).isEqualTo(DEFAULT);
    assertThat(small.maxDocumentLength()).isEqualTo(10);
    NarrativeJson raised = small.withMaxDocumentLength(1_000);
    assertThat(small.maxDocumentLength()).isEqualTo(10);
    assertThat(raised.maxDocumentLength()).isEqualTo(1_000);

    String unknownField = HEAD + ",\"extra\":1}";
    assertThat(raised.fromJson(unknownField).id()).isEqualTo("n");
    assertThatThrownBy(() -> NarrativeJson.create().withMaxDocumentLength(1_000).fromJson(unknownField))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("extra");

    String duplicateIds = HEAD + ",\"sources\":[{\"id\":\"s\"},{\"id\":\"s\"}]}";
    NarrativeJson validating = NarrativeJson.create().validatingOnRead();
    for (NarrativeJson json : List.of(validating.withMaxDocumentLength(1_000),
        NarrativeJson.create().withMaxDocumentLength(1_000).validatingOnRead())) {
      assertThat(json.maxDocumentLength()).isEqualTo(1_000);
      assertThatThrownBy(() -> json.fromJson(duplicateIds))
          .isInstanceOf(NarrativeFormatException.class)
          .hasMessageContaining("not consistent");
    }
    assertThat(validating.maxDocumentLength()).isEqualTo(DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void aLimitBelowOneIsRejected(long limit) {
    assertThatThrownBy(() -> NarrativeJson.create().withMaxDocumentLength(limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void theLargestLimitReadsAsUsual() {
    NarrativeJson json = NarrativeJson.create().withMaxDocumentLength(Long.MAX_VALUE);
    assertThat(json.fromJson(document)).isEqualTo(SampleNarratives.full());
    try (Stream<Narrative> narratives = json.readLines(new StringReader(HEAD + "}\n" + HEAD + "}"))) {
      assertThat(narratives.count()).isEqualTo(2);
    }
  }
}
