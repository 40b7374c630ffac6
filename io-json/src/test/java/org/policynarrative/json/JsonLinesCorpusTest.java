package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.CorpusEntry;
import org.policynarrative.core.spi.CorpusReader;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.testing.SampleNarratives;

/** The {@code jsonl} format as a corpus: every line read, bad lines reported by number, the rest still read. */
class JsonLinesCorpusTest {

  private static final NarrativeFormat JSONL = NarrativeFormats.installed().byName("jsonl").orElseThrow();

  private static String line(String id) {
    return NarrativeJson.create().toJson(Narrative.builder().id(id).title("T " + id).language("en").version("1")
        .build()).replaceAll("\\s*\\n\\s*", "");
  }

  private static List<CorpusEntry> read(byte[] bytes) throws IOException {
    List<CorpusEntry> entries = new ArrayList<>();
    try (CorpusReader reader = JSONL.readCorpus(new ByteArrayInputStream(bytes))) {
      reader.forEachRemaining(entries::add);
    }
    return entries;
  }

  private static List<CorpusEntry> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void isACorpusFormatAndWritesWhatItReads() throws IOException {
    assertThat(JSONL.isCorpus()).isTrue();
    assertThat(NarrativeFormats.installed().byName("json").orElseThrow().isCorpus()).isFalse();
    List<Narrative> narratives = List.of(SampleNarratives.full(), SampleNarratives.minimal());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSONL.writeCorpus(narratives.iterator(), out);

    List<CorpusEntry> entries = read(out.toByteArray());
    assertThat(entries).extracting(e -> e.narrative().orElseThrow()).containsExactlyElementsOf(narratives);
    assertThat(entries).extracting(CorpusEntry::line).containsExactly(1L, 2L);
  }

  @Test
  void aTruncatedLineInTheMiddleIsReportedThereAndTheRestIsStillRead() throws IOException {
    String good = line("a");
    String text = good + "\n" + good.substring(0, good.length() / 2) + "\n\n" + line("c") + "\r\n" + line("d");

    List<CorpusEntry> entries = read(text);

    assertThat(entries).extracting(CorpusEntry::line).containsExactly(1L, 2L, 4L, 5L);
    assertThat(entries.get(1).problem()).get().satisfies(p -> {
      assertThat(p.line()).hasValue(2);
      assertThat(p.format()).isEqualTo("jsonl");
    });
    assertThat(entries.get(2).narrative()).get().extracting(Narrative::id).isEqualTo("c");
    assertThat(entries.get(3).narrative()).get().extracting(Narrative::id).isEqualTo("d");
  }

  @Test
  void aLineThatIsNotUtf8IsReportedWithItsLineAndColumnAndTheNextLineIsRead() throws IOException {
    byte[] bad = ("{\"id\":\"x").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((line("a") + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(bad);
    bytes.write(0xC3);   // a lead byte with no continuation
    bytes.writeBytes(("\"}\n" + line("b") + "\n").getBytes(StandardCharsets.UTF_8));

    List<CorpusEntry> entries = read(bytes.toByteArray());

    assertThat(entries).hasSize(3);
    NarrativeFormatException problem = entries.get(1).problem().orElseThrow();
    assertThat(problem.line()).hasValue(2);
    assertThat(problem.column()).hasValue(bad.length + 1);
    assertThat(problem.problem()).contains("not valid UTF-8");
    assertThat(entries.get(2).narrative()).get().extracting(Narrative::id).isEqualTo("b");
  }

  @Test
  void aLineLongerThanTheLimitIsSkippedWithoutBeingHeldAndTheNextIsRead() throws IOException {
    NarrativeFormat limited = JSONL.withMaxDocumentLength(200);
    String text = line("a") + "\n" + "x".repeat(300_000) + "\n" + line("b") + "\n";
    List<CorpusEntry> entries = new ArrayList<>();
    try (CorpusReader reader = limited.readCorpus(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      reader.forEachRemaining(entries::add);
    }

    assertThat(entries).extracting(CorpusEntry::line).containsExactly(1L, 2L, 3L);
    assertThat(entries.get(1).problem()).get().satisfies(p -> assertThat(p.getMessage())
        .contains("line 2 is longer than the maximum document length"));
    assertThat(entries.get(2).narrative()).isPresent();
  }

  @Test
  void aByteOrderMarkBlankLinesAndAMissingFinalNewlineAreAccepted() throws IOException {
    String text = "\uFEFF" + line("a") + "\n   \n\t\n" + line("b");

    assertThat(read(text)).extracting(e -> e.narrativeOrThrow().id() + "@" + e.line()).containsExactly("a@1", "b@4");
    assertThat(read("")).isEmpty();
    assertThat(read("\n\n")).isEmpty();
  }

  @Test
  void theStreamOfNarrativesFailsAtTheFirstBadLine() throws IOException {
    String text = line("a") + "\n{\n" + line("b");
    List<String> seen = new ArrayList<>();
    try (Stream<Narrative> narratives = JSONL.readCorpus(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .narratives()) {
      narratives.forEach(n -> seen.add(n.id()));
    } catch (NarrativeFormatException e) {
      assertThat(e.line()).hasValue(2);
    }
    assertThat(seen).containsExactly("a");
  }

  @Test
  void aSingleNarrativeFormatReadsACorpusOfOneAndRefusesToWriteMore() throws IOException {
    NarrativeFormat json = NarrativeFormats.installed().byName("json").orElseThrow();
    byte[] one = NarrativeJson.create().toJson(SampleNarratives.minimal()).getBytes(StandardCharsets.UTF_8);
    try (CorpusReader reader = json.readCorpus(new ByteArrayInputStream(one))) {
      assertThat(reader.next().narrativeOrThrow()).isEqualTo(SampleNarratives.minimal());
      assertThat(reader.hasNext()).isFalse();
    }
    try (CorpusReader reader = json.readCorpus(new ByteArrayInputStream("{\n  \"id\": 3\n}".getBytes(
        StandardCharsets.UTF_8)))) {
      CorpusEntry failed = reader.next();
      assertThat(failed.problem()).isPresent();
      assertThat(failed.line()).isEqualTo(failed.problem().get().line().orElse(1));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.writeCorpus(
            List.of(SampleNarratives.minimal(), SampleNarratives.full()).iterator(), out))
        .isInstanceOf(NarrativeFormatException.class).hasMessageContaining("holds exactly one narrative");
  }
}
