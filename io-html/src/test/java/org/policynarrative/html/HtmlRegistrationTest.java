package org.policynarrative.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.testing.SampleNarratives;

/** The format is found through the SPI, is write-only, and writes what the facade writes. */
class HtmlRegistrationTest {

  @Test
  void serviceLoaderFindsTheWriteOnlyFormat() {
    NarrativeFormats formats = NarrativeFormats.installed();
    NarrativeFormat format = formats.byName("html").orElseThrow();
    assertThat(format).isInstanceOf(HtmlNarrativeFormat.class);
    assertThat(format.mediaType()).isEqualTo("text/html");
    assertThat(format.fileExtensions()).containsExactly(".html", ".htm");
    assertThat(format.canRead()).isFalse();
    assertThat(format.canWrite()).isTrue();
    assertThat(formats.forPath(Path.of("a/Report.HTML"))).containsSame(format);
    assertThat(formats.forPath(Path.of("report.htm"))).containsSame(format);
    assertThatThrownBy(() -> format.read(new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("write-only");
  }

  @Test
  void moduleInfoAndServiceFileAgree() throws IOException {
    String services = Files.readString(
        Path.of("src/main/resources/META-INF/services/org.policynarrative.core.spi.NarrativeFormat"));
    String moduleInfo = Files.readString(Path.of("src/main/java/module-info.java"));
    assertThat(services.strip()).isEqualTo(HtmlNarrativeFormat.class.getName());
    assertThat(moduleInfo.replaceAll("\\s+", " "))
        .contains("provides org.policynarrative.core.spi.NarrativeFormat with " + HtmlNarrativeFormat.class.getName() + ";");
  }

  @Test
  void theFormatWritesWhatTheFacadeWritesAndFilesByExtension(@TempDir Path dir) throws IOException {
    Narrative narrative = SampleNarratives.full();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlNarrativeFormat().write(narrative, out);
    String expected = NarrativeHtml.create().toHtml(narrative);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);

    Path file = dir.resolve("sub/report.html");
    NarrativeFormats.installed().write(narrative, file);
    assertThat(Files.readString(file)).isEqualTo(expected);
    assertThatThrownBy(() -> NarrativeFormats.installed().read(file)).isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("write-only").hasMessageContaining(file.toString());
  }

  @Test
  void withSourceTextsIncludesThemAndKeepsTheOriginalAsItWas() throws IOException {
    Narrative narrative = ReferenceReport.narrative();
    HtmlNarrativeFormat plain = new HtmlNarrativeFormat();
    HtmlNarrativeFormat withText = plain.withSourceTexts(List.of(ReferenceReport.text()));
    assertThat(plain.sourceTexts()).isEmpty();
    assertThat(withText.sourceTexts()).extracting(SourceText::sourceId).containsExactly("economic-construction");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    withText.write(narrative, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ReferenceReport.html()).contains("id=\"source-texts\"");
  }
}
