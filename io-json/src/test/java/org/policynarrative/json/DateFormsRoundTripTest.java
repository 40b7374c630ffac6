package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Source;
import org.policynarrative.core.Verdict;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every date form of EDTF levels 0 and 1 and every calendar wording survives JSON in every place a
 * date or period goes, with its wording and calendar, and what the writer produces validates
 * against the schema.
 */
class DateFormsRoundTripTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();

  /** EDTF strings: written as the string itself. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1953", "-0044", "Y12000", "Y-170000002", "196X", "-196X", "19XX", "1953-XX", "1985-04-XX",
      "1985-XX-XX", "1953-21", "1953-24", "1985-04-12T23:20:30", "1985-04-12T23:20:30Z", "1985-04-12T23:20:30+04:00",
      "1953-07-27T10:00-12:00", "1953?", "195X%", "1985-04-XX~", "0000-02-29", "-0004-02-29"})
  void anEdtfDateIsItsString(String edtf) {
    HistoricalDate date = HistoricalDate.parse(edtf);

    assertThat(MAPPER.writeValueAsString(date)).isEqualTo("\"" + edtf + "\"");
    assertThat(MAPPER.readValue("\"" + edtf + "\"", HistoricalDate.class)).isEqualTo(date);
    assertRoundTripsInEveryPlace(date);
  }

  /** Calendar wordings: written as EDTF, wording and calendar, and read back equal to what parse gives. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Juche 42 (1953)", "주체42(1953)년", "주체 42 년", "民國42年", "中華民國42年", "民國元年",
      "民國前1年", "昭和28年", "昭和二十八年", "平成元年", "令和5年", "B.E. 2496", "พ.ศ. ๒๔๙๖", "Juche 8089"})
  void aCalendarYearKeepsItsWordingAndCalendar(String wording) {
    HistoricalDate date = HistoricalDate.parse(wording);
    String json = MAPPER.writeValueAsString(date);

    assertThat(json).isEqualTo("{\"edtf\":\"" + date.toEdtf() + "\",\"asWritten\":\"" + wording + "\",\"calendar\":\""
        + date.calendar().code() + "\"}");
    assertThat(MAPPER.readValue(json, HistoricalDate.class)).isEqualTo(date);
    assertRoundTripsInEveryPlace(date);
  }

  @Test
  void aWordingTheParserCannotReadIsKeptBesideAnyEdtfValue() {
    for (HistoricalDate edtf : List.of(HistoricalDate.parse("1953-21"), HistoricalDate.parse("19XX"),
        HistoricalDate.parse("1985-04-12T23:20:30+09:00"), HistoricalDate.parse("Y-12000"))) {
      HistoricalDate worded = edtf.withWording("1953년 봄", CalendarModel.JUCHE);
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(worded), HistoricalDate.class)).isEqualTo(worded);
      assertRoundTripsInEveryPlace(worded);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1985/", "/1985", "1985/..", "../1985", "1953-21/1953-23", "19XX/1953-XX", "-0044/Y12000",
      "1985-04-12T10:00:00Z/1985-04-12T12:00:00Z", "1953~/"})
  void anEdtfPeriodIsItsString(String edtf) {
    Period period = Period.parse(edtf);

    assertThat(MAPPER.writeValueAsString(period)).isEqualTo("\"" + edtf + "\"");
    assertThat(MAPPER.readValue("\"" + edtf + "\"", Period.class)).isEqualTo(period);
  }

  @Test
  void aWordedPeriodKeepsItsUnknownAndOpenEndsApart() {
    HistoricalDate juche = HistoricalDate.parse("주체42년");
    Period unknownEnd = Period.withUnknownEnd(juche);
    Period openEnd = Period.from(juche);
    Period unknownStart = Period.withUnknownStart(HistoricalDate.parse("昭和28年"));

    assertThat(MAPPER.writeValueAsString(unknownEnd))
        .isEqualTo("{\"start\":{\"edtf\":\"1953\",\"asWritten\":\"주체42년\",\"calendar\":\"juche\"},\"end\":\"\"}");
    assertThat(MAPPER.writeValueAsString(openEnd))
        .isEqualTo("{\"start\":{\"edtf\":\"1953\",\"asWritten\":\"주체42년\",\"calendar\":\"juche\"}}");
    assertThat(MAPPER.writeValueAsString(unknownStart)).startsWith("{\"start\":\"\",\"end\":{");
    for (Period period : List.of(unknownEnd, openEnd, unknownStart)) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(period), Period.class)).isEqualTo(period);
      assertRoundTripsInEveryPlace(period);
    }
  }

  private static void assertRoundTripsInEveryPlace(HistoricalDate date) {
    assertRoundTrips(narrative(date, Period.of(date)));
  }

  private static void assertRoundTripsInEveryPlace(Period period) {
    assertRoundTrips(narrative(period.start().or(period::end).orElseThrow(), period));
  }

  private static void assertRoundTrips(Narrative narrative) {
    String json = NarrativeJson.strict().toJson(narrative);
    assertThat(NarrativeJson.strict().fromJson(json)).isEqualTo(narrative);
    assertThat(SchemaTest.schema().validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  /** A narrative with {@code date} as a source's date, a line's adoption and an assessment's date, and {@code period} as an era's and a claim's. */
  private static Narrative narrative(HistoricalDate date, Period period) {
    return Narrative.builder().id("dates").title("Dates").language("en").version("1")
        .addSources(Source.builder().id("portal").published(date).build())
        .addEras(Era.builder().id("era").name("Era").period(period).build())
        .addPolicyLines(PolicyLine.builder().id("line").name("Line").adopted(date).addEras("era").build())
        .addClaims(Claim.builder().id("c").statement("S").kind(ClaimKind.ACHIEVEMENT).assertedBy("the source")
            .anchor(Anchor.builder().source("portal").exact("q").build()).refersTo(period)
            .addAssessments(Assessment.builder().assessor("a").verdict(Verdict.UNVERIFIED).date(date).build())
            .build())
        .build();
  }
}
