package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.DocumentLimits.TooLongException;
import org.policynarrative.core.spi.DocumentLimits.Unit;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.SampleNarratives;

/**
 * Issue 22, item 5: the writers refuse a document (or JSON Lines line) longer than the limit the
 * readers apply, so that what is written reads back; at the limit it is written and reads back. The
 * limits are lowered to the size of a sample, which keeps the tests small; one test keeps the real
 * defaults, with a string far longer than Jackson's and this project's old string limits.
 */
class WriteLengthLimitTest {

  private static final Narrative SAMPLE = SampleNarratives.full();
  /** Non-ASCII text, a surrogate pair and an unpaired surrogate: UTF-8 bytes and characters differ. */
  private static final Narrative WIDE = Narrative.builder().from(SAMPLE)
      .description("é".repeat(1_000) + "\uD83D\uDE00 \uD800 한국어").build();

  @Test
  void aDocumentAtTheLimitIsWrittenAndReadsBackAndOneByteMoreIsRefusedLeavingTheFileAlone(@TempDir Path dir)
      throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    NarrativeJson.create().write(WIDE, written);
    byte[] canonical = written.toByteArray();
    Path file = dir.resolve("n.json");
    NarrativeJson exactly = NarrativeJson.create().withMaxDocumentLength(canonical.length);
    exactly.write(WIDE, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(canonical);
    assertThat(exactly.read(file)).isEqualTo(WIDE);

    Files.writeString(file, "old content");
    NarrativeJson small = NarrativeJson.create().withMaxDocumentLength(canonical.length - 1);
    assertThatThrownBy(() -> small.write(WIDE, file)).isInstanceOfSatisfying(NarrativeFormatException.class,
        refused("json", "the document", canonical.length - 1, Unit.BYTES));
    assertThat(Files.readString(file)).as("the file is as it was").isEqualTo("old content");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file is left").containsExactly(file);
    }
  }

  @Test
  void streamsCountBytesAndWritersAndStringsCountCharacters() throws IOException {
    // UTF-8 output escapes the unpaired surrogate (six bytes), character output holds it as it is.
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    NarrativeJson.create().write(WIDE, utf8);
    int bytes = utf8.size();
    String canonical = NarrativeJson.create().toJson(WIDE);
    assertThat(bytes).isGreaterThan(canonical.length() + 1_000);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NarrativeJson.create().withMaxDocumentLength(bytes).write(WIDE, out);
    assertThat(out.toByteArray()).isEqualTo(utf8.toByteArray());
    ByteArrayOutputStream cut = new ByteArrayOutputStream();
    assertThatThrownBy(() -> NarrativeJson.create().withMaxDocumentLength(bytes - 1).write(WIDE, cut))
        .isInstanceOfSatisfying(NarrativeFormatException.class, refused("json", "the document", bytes - 1, Unit.BYTES));
    assertThat(cut.size()).as("nothing past the limit is written").isLessThan(bytes);

    NarrativeJson byChars = NarrativeJson.create().withMaxDocumentLength(canonical.length());
    assertThat(byChars.toJson(WIDE)).isEqualTo(canonical);
    StringWriter chars = new StringWriter();
    byChars.write(WIDE, chars);
    assertThat(chars).hasToString(canonical);
    assertThat(byChars.fromJson(canonical)).isEqualTo(WIDE);
    NarrativeJson fewer = NarrativeJson.create().withMaxDocumentLength(canonical.length() - 1);
    assertThatThrownBy(() -> fewer.toJson(WIDE)).isInstanceOfSatisfying(NarrativeFormatException.class,
        refused("json", "the document", canonical.length() - 1, Unit.CHARACTERS));
    assertThatThrownBy(() -> fewer.write(WIDE, new StringWriter())).isInstanceOf(NarrativeFormatException.class);
  }

  @Test
  void eachJsonLinesLineIsHeldToTheLimitInCharactersAsTheReaderCountsThem(@TempDir Path dir) throws IOException {
    List<Narrative> corpus = List.of(SampleNarratives.minimal(), WIDE, SampleNarratives.minimal());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NarrativeJson.create().writeLines(corpus.stream(), bytes);
    String text = bytes.toString(StandardCharsets.UTF_8);
    int longest = text.lines().mapToInt(String::length).max().orElseThrow();
    assertThat(text.lines().mapToInt(String::length).boxed().collect(Collectors.toList()).indexOf(longest))
        .as("the second line is the longest").isEqualTo(1);
    assertThat(text.lines().skip(1).findFirst().orElseThrow().getBytes(StandardCharsets.UTF_8).length)
        .as("its UTF-8 is longer than its characters").isGreaterThan(longest + 1_000);

    NarrativeJson exactly = NarrativeJson.create().withMaxDocumentLength(longest);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    exactly.writeLines(corpus.stream(), again);
    assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
    // Characters hold the unpaired surrogate as it is, where UTF-8 has six characters of escape.
    StringWriter chars = new StringWriter();
    NarrativeJson.create().withMaxDocumentLength(longest - 5).writeLines(corpus.stream(), chars);
    assertThat(chars.toString().lines().mapToInt(String::length).max().orElseThrow()).isEqualTo(longest - 5);
    assertThatThrownBy(() -> NarrativeJson.create().withMaxDocumentLength(longest - 6).writeLines(corpus.stream(),
        new StringWriter())).isInstanceOfSatisfying(NarrativeFormatException.class,
            refused("jsonl", "line 2", longest - 6, Unit.CHARACTERS));
    try (Stream<Narrative> read = exactly.readLines(new ByteArrayInputStream(again.toByteArray()))) {
      assertThat(read).containsExactlyElementsOf(corpus);
    }

    NarrativeJson fewer = NarrativeJson.create().withMaxDocumentLength(longest - 1);
    Consumer<NarrativeFormatException> lineTwo = refused("jsonl", "line 2", longest - 1, Unit.CHARACTERS);
    assertThatThrownBy(() -> fewer.writeLines(corpus.stream(), new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(NarrativeFormatException.class, lineTwo);
    Path file = dir.resolve("corpus.jsonl");
    Files.writeString(file, "old content");
    assertThatThrownBy(() -> fewer.writeLines(corpus.stream(), file))
        .isInstanceOfSatisfying(NarrativeFormatException.class, lineTwo);
    assertThat(Files.readString(file)).isEqualTo("old content");
    try (Stream<Narrative> read = fewer.readLines(new StringReader(text))) {
      assertThatThrownBy(() -> read.collect(Collectors.toList())).isInstanceOf(NarrativeFormatException.class)
          .hasMessageContaining("line 2 is longer than");
    }
  }

  @Test
  void theDefaultsWriteAndReadBackAStringTenTimesLongerThanTheOldStringLimit() throws IOException {
    // 10,000,000 characters: Jackson's default string limit was 100,000,000 and this project's 1,000,000,
    // which refused a JSON file with a 10 MB description that convert had written from Markdown.
    Narrative large = Narrative.builder().from(SampleNarratives.minimal()).description("x".repeat(10_000_000)).build();
    NarrativeJson json = NarrativeJson.create();
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    json.write(large, document);
    assertThat(json.read(new ByteArrayInputStream(document.toByteArray()))).isEqualTo(large);

    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    json.writeLines(Stream.of(large), lines);
    try (Stream<Narrative> read = json.readLines(new ByteArrayInputStream(lines.toByteArray()))) {
      assertThat(read).containsExactly(large);
    }
  }

  /** The refusal of a writer: its message, with the library's way to raise the limit, and its cause. */
  private static Consumer<NarrativeFormatException> refused(String format, String what, long limit, Unit unit) {
    return e -> {
      assertThat(e.format()).isEqualTo(format);
      assertThat(e.problem()).startsWith(String.format("%s to write is longer than the maximum document length of %,d %s",
          what, limit, unit)).contains("so it would not read back", "NarrativeJson.withMaxDocumentLength(long)")
          .doesNotContain("--max-document-size");
      assertThat(e.getCause()).isInstanceOfSatisfying(TooLongException.class, passed -> {
        assertThat(passed.writing()).isTrue();
        assertThat(passed.maxLength()).isEqualTo(limit);
        assertThat(passed.unit()).isEqualTo(unit);
        assertThat(passed.what()).isEqualTo(what);
      });
      assertThat(e.getMessage()).hasSizeLessThan(2_000);
    };
  }

  @Test
  void everyFormatHasTheSameDefaultLimit() {
    assertThat(NarrativeJson.create().maxDocumentLength()).isEqualTo(DocumentLimits.DEFAULT_MAX_DOCUMENT_LENGTH);
  }
}
