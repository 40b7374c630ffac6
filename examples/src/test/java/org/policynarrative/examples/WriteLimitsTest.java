package org.policynarrative.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;

/**
 * Issue 22, item 5: a writer refuses a document longer than its reader accepts, instead of writing
 * a file that the same tool then refuses; within the limit, what is written reads back.
 */
class WriteLimitsTest {

  @ParameterizedTest
  @ValueSource(strings = {"json", "markdown"})
  void aDocumentLongerThanTheReadLimitIsNotWritten(String name) {
    NarrativeFormat small = NarrativeFormats.installed().byName(name).orElseThrow().withMaxDocumentLength(1024);
    assertThatThrownBy(() -> small.write(ReferenceNarrative.narrative(), new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> assertThat(e.problem())
            .startsWith("the document to write is longer than the maximum document length of 1,024 bytes")
            .contains("--max-document-size"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "markdown", "yaml"})
  void whatIsWrittenWithALimitReadsBackWithIt(String name) throws IOException {
    NarrativeFormat format = NarrativeFormats.installed().byName(name).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(ReferenceNarrative.narrative(), out);
    NarrativeFormat exact = format.withMaxDocumentLength(out.size());
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    exact.write(ReferenceNarrative.narrative(), again);
    assertThat(exact.read(new ByteArrayInputStream(again.toByteArray()))).isEqualTo(ReferenceNarrative.narrative());
  }
}
