package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Verdict;
import org.policynarrative.testing.SampleNarratives;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every model type survives value to JSON to an equal value, and JSON to value to identical JSON,
 * through the Jackson module on a plain mapper and through the facade.
 */
class RoundTripTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();

  static Stream<Arguments> values() {
    Narrative full = SampleNarratives.full();
    HistoricalDate sixties = HistoricalDate.ofDecade(1960).withWording("in the 1960s", CalendarModel.GREGORIAN);
    return Stream.of(
        Arguments.of(Narrative.class, full),
        Arguments.of(Narrative.class, SampleNarratives.minimal()),
        Arguments.of(org.policynarrative.core.Source.class, full.sources().get(0)),
        Arguments.of(org.policynarrative.core.Source.class, full.sources().get(1)),
        Arguments.of(org.policynarrative.core.Era.class, full.eras().get(0)),
        Arguments.of(org.policynarrative.core.Era.class, full.eras().get(1)),
        Arguments.of(org.policynarrative.core.Sector.class, full.sectors().get(1)),
        Arguments.of(SectorMapping.class, SectorMapping.of("COFOG", "04.2", MappingRelation.NARROWER)),
        Arguments.of(org.policynarrative.core.PolicyLine.class, full.policyLines().get(0)),
        Arguments.of(org.policynarrative.core.PolicyLine.class, full.policyLines().get(1)),
        Arguments.of(SectorPriority.class, full.policyLines().get(0).priorities().get(0)),
        Arguments.of(SectorPriority.class, SectorPriority.of("agriculture", PriorityMode.TOP_PRIORITY)),
        Arguments.of(org.policynarrative.core.Claim.class, full.claims().get(0)),
        Arguments.of(org.policynarrative.core.Claim.class, full.claims().get(1)),
        Arguments.of(EntityRef.class, EntityRef.policyLine("songun-line")),
        Arguments.of(Anchor.class, full.claims().get(0).anchor()),
        Arguments.of(Anchor.class, Anchor.builder().source("s").exact("x").prefix("").suffix("").build()),
        Arguments.of(Assessment.class, full.claims().get(0).assessments().get(0)),
        Arguments.of(HistoricalDate.class, HistoricalDate.parse("2016-05-06%")),
        Arguments.of(HistoricalDate.class, HistoricalDate.parse("0000")),
        Arguments.of(HistoricalDate.class, HistoricalDate.ofJucheYear(42)),
        Arguments.of(HistoricalDate.class, sixties),
        Arguments.of(HistoricalDate.class, HistoricalDate.ofMonth(1953, 7).withWording("July 1953", CalendarModel.GREGORIAN)
            .withQualifiers(true, false)),
        Arguments.of(Period.class, Period.parse("1953")),
        Arguments.of(Period.class, Period.parse("196X/199X~")),
        Arguments.of(Period.class, Period.parse("2000/..")),
        Arguments.of(Period.class, Period.parse("../1953")),
        Arguments.of(Period.class, Period.of(sixties)),
        Arguments.of(Period.class, Period.between(sixties, HistoricalDate.ofJucheYear(80))),
        Arguments.of(Period.class, Period.until(HistoricalDate.ofJucheYear(42))),
        Arguments.of(Period.class, Period.from(sixties)),
        Arguments.of(ClaimKind.class, ClaimKind.THREAT_PERCEPTION),
        Arguments.of(Durability.class, Durability.TEMPORARY),
        Arguments.of(EntityKind.class, EntityKind.POLICY_LINE),
        Arguments.of(MappingRelation.class, MappingRelation.EXACT),
        Arguments.of(PriorityMode.class, PriorityMode.TOP_PRIORITY),
        Arguments.of(Verdict.class, Verdict.FALSE),
        Arguments.of(CalendarModel.class, CalendarModel.JUCHE));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("values")
  <T> void valueToJsonToEqualValueAndBackToIdenticalJson(Class<T> type, T value) {
    String json = MAPPER.writeValueAsString(value);

    T read = MAPPER.readValue(json, type);

    assertThat(read).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
  }

  @Test
  void enumsAreWrittenByCode() {
    assertThat(MAPPER.writeValueAsString(PriorityMode.TOP_PRIORITY)).isEqualTo("\"top-priority\"");
    assertThat(MAPPER.writeValueAsString(EntityRef.policyLine("x"))).isEqualTo("\"policy-line:x\"");
  }

  @Test
  void aDateInFreeWordingKeepsEdtfWordingAndCalendar() {
    HistoricalDate sixties = HistoricalDate.ofDecade(1960).withWording("in the 1960s", CalendarModel.GREGORIAN);
    assertThat(HistoricalDate.parse(sixties.text())).as("text() alone loses the wording").isNotEqualTo(sixties);

    String json = MAPPER.writeValueAsString(sixties);

    assertThat(json).isEqualTo("{\"edtf\":\"196X\",\"asWritten\":\"in the 1960s\"}");
    assertThat(MAPPER.readValue(json, HistoricalDate.class)).isEqualTo(sixties);
    assertThat(MAPPER.writeValueAsString(HistoricalDate.ofJucheYear(42)))
        .isEqualTo("{\"edtf\":\"1953\",\"asWritten\":\"Juche 42 (1953)\",\"calendar\":\"juche\"}");
  }

  @Test
  void everyOutputOfTheFacadeGivesTheSameBytes(@TempDir Path dir) throws IOException {
    Narrative full = SampleNarratives.full();
    String json = NarrativeJson.create().toJson(full);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NarrativeJson.create().write(full, bytes);
    StringWriter chars = new StringWriter();
    NarrativeJson.create().write(full, chars);
    Path file = dir.resolve("narrative.json");
    NarrativeJson.create().write(full, file);
    NarrativeJson.create().write(full, file);

    assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContain(" :").startsWith("{\n  \"format\": ");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(chars.toString()).isEqualTo(json);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(NarrativeJson.create().toJson(full)).isEqualTo(json);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file is left").containsExactly(file);
    }
    assertThat(NarrativeJson.create().read(file)).isEqualTo(full);
    assertThat(NarrativeJson.create().read(Files.newBufferedReader(file))).isEqualTo(full);
  }

  @Test
  void anUnpairedSurrogateSurvivesUtf8DocumentsAndJsonLines(@TempDir Path dir) throws IOException {
    Narrative odd = Narrative.builder().id("odd").title("half a pair: \uD800 and \uDC00").language("en")
        .version("1").build();
    Path document = dir.resolve("odd.json");
    Path lines = dir.resolve("odd.jsonl");

    NarrativeJson.create().write(odd, document);
    NarrativeJson.create().writeLines(Stream.of(odd, odd), lines);

    assertThat(Files.readString(document)).contains("\\uD800");
    assertThat(NarrativeJson.create().read(document)).isEqualTo(odd);
    try (Stream<Narrative> read = NarrativeJson.create().readLines(lines)) {
      assertThat(read).containsExactly(odd, odd);
    }
  }

  @Test
  void theWrittenNarrativeIsUtf8WithoutEscapesForNonAscii() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NarrativeJson.create().write(SampleNarratives.full(), bytes);

    String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    assertThat(text).contains("천리마").contains("𝔸").doesNotContain("\\u");
  }
}
