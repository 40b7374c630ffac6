package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits.TooLongException;
import org.policynarrative.core.spi.DocumentLimits.Unit;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.SampleNarratives;

/**
 * Issue 22, item 5: the writer refuses a document longer than the limit the reader applies, so that
 * what is written reads back; at the limit it is written and reads back. Limits are lowered to the
 * size of a sample to keep the test small.
 */
class WriteLengthLimitTest {

  private final NarrativeMarkdown markdown = NarrativeMarkdown.create();
  private final Narrative narrative = SampleNarratives.economicConstruction();
  private final String document = markdown.toMarkdown(narrative);
  private final byte[] utf8 = document.getBytes(StandardCharsets.UTF_8);

  @Test
  void aFileAtTheLimitIsWrittenAndReadsBackAndOneByteMoreIsRefusedLeavingTheFileAlone(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("n.md");
    NarrativeMarkdown exactly = markdown.withMaxDocumentLength(utf8.length);
    exactly.write(narrative, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(utf8);
    assertThat(exactly.read(file)).isEqualTo(narrative);

    Files.writeString(file, "old content");
    assertThatThrownBy(() -> markdown.withMaxDocumentLength(utf8.length - 1).write(narrative, file))
        .isInstanceOfSatisfying(NarrativeFormatException.class, refused(utf8.length - 1, Unit.BYTES));
    assertThat(Files.readString(file)).isEqualTo("old content");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file is left").containsExactly(file);
    }
  }

  @Test
  void streamsCountBytesAndWritersAndStringsCountCharacters() throws IOException {
    assertThat(utf8.length).as("the sample holds non-ASCII text").isGreaterThan(document.length());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    markdown.withMaxDocumentLength(utf8.length).write(narrative, out);
    assertThat(out.toByteArray()).isEqualTo(utf8);
    ByteArrayOutputStream cut = new ByteArrayOutputStream();
    assertThatThrownBy(() -> markdown.withMaxDocumentLength(utf8.length - 1).write(narrative, cut))
        .isInstanceOfSatisfying(NarrativeFormatException.class, refused(utf8.length - 1, Unit.BYTES));
    assertThat(cut.size()).as("nothing past the limit is written").isLessThan(utf8.length);

    NarrativeMarkdown byChars = markdown.withMaxDocumentLength(document.length());
    assertThat(byChars.toMarkdown(narrative)).isEqualTo(document);
    StringWriter chars = new StringWriter();
    byChars.write(narrative, chars);
    assertThat(chars).hasToString(document);

    NarrativeMarkdown fewer = markdown.withMaxDocumentLength(document.length() - 1);
    assertThatThrownBy(() -> fewer.toMarkdown(narrative))
        .isInstanceOfSatisfying(NarrativeFormatException.class, refused(document.length() - 1, Unit.CHARACTERS));
    assertThatThrownBy(() -> fewer.write(narrative, new StringWriter()))
        .isInstanceOfSatisfying(NarrativeFormatException.class, refused(document.length() - 1, Unit.CHARACTERS));
  }

  private static Consumer<NarrativeFormatException> refused(long limit, Unit unit) {
    return e -> {
      assertThat(e.format()).isEqualTo("markdown");
      assertThat(e.problem()).startsWith(String.format("the document to write is longer than the maximum document"
          + " length of %,d %s", limit, unit)).contains("so it would not read back",
          "NarrativeMarkdown.withMaxDocumentLength(long)").doesNotContain("--max-document-size");
      assertThat(e.getCause()).isInstanceOfSatisfying(TooLongException.class, passed -> {
        assertThat(passed.writing()).isTrue();
        assertThat(passed.maxLength()).isEqualTo(limit);
        assertThat(passed.unit()).isEqualTo(unit);
      });
    };
  }
}
