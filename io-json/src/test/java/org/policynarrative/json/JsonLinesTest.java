package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.testing.SampleNarratives;

/** JSON Lines: one compact narrative per line, streamed lazily, bad lines reported by number. */
class JsonLinesTest {

  private static List<Narrative> corpus() {
    List<Narrative> narratives = new ArrayList<>();
    narratives.add(SampleNarratives.full());
    narratives.add(SampleNarratives.minimal());
    IntStream.range(0, 5).forEach(i -> narratives.add(Narrative.builder().id("n" + i).title("Narrative " + i)
        .language("en").version("1").build()));
    return narratives;
  }

  @Test
  void writesOneCompactLinePerNarrativeAndReadsThemBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    NarrativeJson.create().writeLines(corpus().stream(), file);

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(corpus().size());
    assertThat(lines.get(1)).isEqualTo(
        "{\"format\":\"policy-narrative/2\",\"id\":\"minimal\",\"title\":\"Minimal\",\"language\":\"en\",\"version\":\"1\"}");
    assertThat(Files.readString(file)).endsWith("}\n");
    try (Stream<Narrative> read = NarrativeJson.create().readLines(file)) {
      assertThat(read).containsExactlyElementsOf(corpus());
    }
  }

  @Test
  void aCorpusMixingVersion1AndVersion2LinesReadsAndAVersion1LineWithAVersion2FieldFailsOnItsLine()
      throws IOException {
    String v1 = "{\"format\":\"policy-narrative/1\",\"id\":\"old\",\"title\":\"Old\",\"language\":\"en\","
        + "\"version\":\"1\"}";
    StringWriter v2 = new StringWriter();
    NarrativeJson.create().writeLines(Stream.of(V2Sample.full()), v2);

    try (Stream<Narrative> read = NarrativeJson.create().readLines(new StringReader(v1 + "\n" + v2))) {
      assertThat(read).extracting(Narrative::id).containsExactly("old", V2Sample.full().id());
    }
    String mislabelled = v1.replace("}", ",\"events\":[{\"id\":\"e\",\"name\":\"E\"}]}");
    try (Stream<Narrative> read = NarrativeJson.create().readLines(new StringReader(v2 + mislabelled + "\n"))) {
      assertThatThrownBy(() -> read.forEach(n -> { }))
          .isInstanceOf(NarrativeFormatException.class)
          .hasMessageContaining("field 'events' was added in format policy-narrative/2")
          .satisfies(e -> assertThat(((NarrativeFormatException) e).line()).hasValue(2));
    }
  }

  @Test
  void eachLineIsTheCompactFormOfTheCanonicalDocument() throws IOException {
    StringWriter out = new StringWriter();
    NarrativeJson.create().writeLines(Stream.of(SampleNarratives.full()), out);

    String canonical = NarrativeJson.create().toJson(SampleNarratives.full());
    assertThat(out.toString()).isEqualTo(compact(canonical));
  }

  @Test
  void writingIsDeterministicAcrossOutputs() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NarrativeJson.create().writeLines(corpus().stream(), bytes);
    StringWriter chars = new StringWriter();
    NarrativeJson.create().writeLines(corpus().stream(), chars);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars.toString());
  }

  @Test
  void blankLinesAndCrLfLineEndsAreAccepted() {
    String minimal = "{\"format\":\"policy-narrative/1\",\"id\":\"a\",\"title\":\"A\",\"language\":\"en\",\"version\":\"1\"}";
    String text = "\uFEFF" + minimal + "\r\n\r\n   \n" + minimal.replace("\"a\"", "\"b\"") + "\r\n";

    try (Stream<Narrative> read = NarrativeJson.create().readLines(new StringReader(text))) {
      assertThat(read.map(Narrative::id)).containsExactly("a", "b");
    }
  }

  @Test
  void aBadLineReportsItsNumberAfterTheLinesBeforeItWereDelivered(@TempDir Path dir) throws IOException {
    List<String> lines = corpus().stream().map(JsonLinesTest::line).collect(Collectors.toList());
    lines.add(3, "");
    lines.set(5, lines.get(5).replace("\"id\":\"n2\"", "\"id\":\"N 2\""));
    Path file = dir.resolve("bad.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);

    List<String> delivered = new ArrayList<>();
    NarrativeFormatException e;
    try (Stream<Narrative> read = NarrativeJson.create().readLines(file)) {
      Iterator<Narrative> it = read.iterator();
      e = catchThrowableOfType(NarrativeFormatException.class, () -> {
        while (it.hasNext()) {
          delivered.add(it.next().id());
        }
      });
    }

    assertThat(delivered).containsExactly("economic-construction", "minimal", "n0", "n1");
    assertThat(e.format()).isEqualTo("jsonl");
    assertThat(e.file()).hasValue(file.toString());
    assertThat(e.line()).hasValue(6);
    assertThat(e.column()).hasValue(37);
    assertThat(e.path()).hasValue("/id");
    assertThat(e.problem()).contains("Narrative.id must be a slug");
    assertThat(e.getMessage()).startsWith(file + ":6:37: jsonl: ");
  }

  @Test
  void malformedAndTrailingContentOnALineAreReportedWithTheLine() {
    String good = line(SampleNarratives.minimal());
    NarrativeFormatException malformed = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeJson.create().readLines(new StringReader(good + "\n{\"format\":\n" + good)).count());
    NarrativeFormatException twoOnOneLine = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeJson.create().readLines(new StringReader(good + "\n" + good + " " + good)).count());

    assertThat(malformed.line()).hasValue(2);
    assertThat(malformed.problem()).contains("ends before the JSON value is complete");
    assertThat(twoOnOneLine.line()).hasValue(2);
    assertThat(twoOnOneLine.column()).hasValue(good.length() + 2);
    assertThat(twoOnOneLine.problem()).contains("a JSON Lines line holds exactly one narrative");
  }

  @Test
  void validatingOnReadChecksEachLine() {
    String dangling = line(SampleNarratives.minimal()).replace("}", ",\"sectors\":[{\"id\":\"s\",\"name\":\"S\","
        + "\"broader\":\"nowhere\"}]}");

    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create()
        .validatingOnRead().readLines(new StringReader(line(SampleNarratives.full()) + "\n" + dangling)).count());

    assertThat(e.line()).hasValue(2);
    assertThat(e.path()).hasValue("/sectors/0/broader");
  }

  @Test
  void invalidUtf8IsAnErrorNotAReplacementCharacter() {
    byte[] bytes = line(SampleNarratives.minimal()).replace("Minimal", "Min\u00e9").getBytes(StandardCharsets.ISO_8859_1);

    assertThat(catchThrowableOfType(UncheckedIOException.class,
        () -> NarrativeJson.create().readLines(new ByteArrayInputStream(bytes)).count())).isNotNull();
  }

  @Test
  void theJsonlFormatOfTheSpiHoldsOneNarrativeOnOneLine() throws IOException {
    NarrativeFormat jsonl = NarrativeFormats.installed().byName("jsonl").orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    jsonl.write(SampleNarratives.full(), out);

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n").hasLineCount(1);
    assertThat(jsonl.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(SampleNarratives.full());

    byte[] two = (text + text).getBytes(StandardCharsets.UTF_8);
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> jsonl.read(new ByteArrayInputStream(two)));
    assertThat(e.line()).hasValue(2);
    assertThat(e.problem()).contains("more than one narrative");
    assertThat(catchThrowableOfType(NarrativeFormatException.class,
        () -> jsonl.read(new ByteArrayInputStream(new byte[0]))).problem()).contains("no narrative");
  }

  private static String line(Narrative narrative) {
    StringWriter out = new StringWriter();
    try {
      NarrativeJson.create().writeLines(Stream.of(narrative), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().stripTrailing();
  }

  /** The canonical document without its layout (valid here: no string in the sample holds a newline followed by spaces). */
  private static String compact(String canonical) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < canonical.length(); i++) {
      char c = canonical.charAt(i);
      if (c == '"' && (i == 0 || canonical.charAt(i - 1) != '\\')) {
        inString = !inString;
      }
      if (!inString && (c == ' ' || c == '\n')) {
        continue;
      }
      out.append(c);
    }
    return out.append('\n').toString();
  }
}
