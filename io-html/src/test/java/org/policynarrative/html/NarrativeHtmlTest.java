package org.policynarrative.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.SampleNarratives;

/** The facade: every write gives the same bytes, and every misuse fails with a message that says what to do. */
class NarrativeHtmlTest {

  @Test
  void everyWayOfWritingGivesTheSameDocumentEveryTime(@TempDir Path dir) throws IOException {
    NarrativeHtml html = NarrativeHtml.create().withSourceTexts(List.of(ReferenceReport.text()));
    Narrative narrative = ReferenceReport.narrative();
    String expected = html.toHtml(narrative);
    assertThat(html.toHtml(ReferenceReport.narrative())).isEqualTo(expected);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    html.write(narrative, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    StringWriter chars = new StringWriter();
    html.write(narrative, chars);
    assertThat(chars.toString()).isEqualTo(expected);
    Path file = dir.resolve("a/b/report.html");
    html.write(narrative, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(expected).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
  }

  @Test
  void aTextForASourceTheNarrativeDoesNotHaveIsRefused() {
    NarrativeHtml html = NarrativeHtml.create().withSourceTexts(List.of(SourceText.of("elsewhere", "Text.")));
    assertThatThrownBy(() -> html.toHtml(ReferenceReport.narrative()))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("source 'elsewhere'")
        .hasMessageContaining("its sources: economic-construction");
  }

  @Test
  void twoTextsForOneSourceAreRefused() {
    List<SourceText> twice = List.of(SourceText.of("s", "one"), SourceText.of("s", "two"));
    assertThatThrownBy(() -> NarrativeHtml.create().withSourceTexts(twice))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two texts were given for source 's'");
  }

  @Test
  void nullIsRefusedByName() {
    NarrativeHtml html = NarrativeHtml.create();
    assertThatThrownBy(() -> html.toHtml(null)).isInstanceOf(NullPointerException.class).hasMessage("narrative");
    assertThatThrownBy(() -> html.write(SampleNarratives.minimal(), (OutputStream) null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
    assertThatThrownBy(() -> html.withSourceTexts(null)).isInstanceOf(NullPointerException.class).hasMessage("texts");
  }

  @Test
  void aFailingStreamFailsTheWriteWithItsIoException() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> NarrativeHtml.create().write(LargeNarratives.of(300).narrative(), broken))
        .isInstanceOf(IOException.class).hasMessage("disk full");
  }

  @Test
  void theReferencePageIsUnder200Kilobytes() {
    assertThat(ReferenceReport.html().getBytes(StandardCharsets.UTF_8).length).isLessThan(200 * 1024);
  }

  @Test
  void everyNarrativeOfTheSampleSetIsWritten() {
    for (Narrative narrative : List.of(SampleNarratives.empty(), SampleNarratives.minimal(), SampleNarratives.full(),
        SampleNarratives.trickyStrings(), SampleNarratives.dataSetOrder(), SampleNarratives.economicConstruction())) {
      assertThat(NarrativeHtml.create().toHtml(narrative)).as(narrative.id()).contains("</html>");
    }
  }
}
