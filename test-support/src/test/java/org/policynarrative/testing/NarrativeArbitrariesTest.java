package org.policynarrative.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.DatePrecision;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Period;
import org.policynarrative.core.ValidationReport;

/** The shared arbitraries keep their promises: valid narratives, well-formed hostile strings, parseable dates. */
class NarrativeArbitrariesTest {

  @Property(tries = 1000)
  void narrativesAreValid(@ForAll("narratives") Narrative narrative) {
    ValidationReport report = NarrativeValidator.validate(narrative);
    assertThat(report.isValid()).as("%s", report).isTrue();
  }

  @Example
  void bigNarrativesAreBigAndValid() {
    // Sampled rather than a @Property: with few tries jqwik would also shrink the list sizes.
    // 200 samples: jqwik biases sizes towards small ones, and 20 samples sometimes all stayed under 30.
    List<Narrative> sample = NarrativeArbitraries.narratives(60).sampleStream().limit(200)
        .collect(Collectors.toList());
    for (Narrative narrative : sample) {
      ValidationReport report = NarrativeValidator.validate(narrative);
      assertThat(report.isValid()).as("%s", report).isTrue();
    }
    assertThat(sample.stream().mapToInt(n -> n.claims().size()).max().orElse(0)).isGreaterThanOrEqualTo(30);
    assertThat(sample.stream().mapToInt(n -> n.policyLines().size()).max().orElse(0)).isGreaterThanOrEqualTo(30);
  }

  @Example
  void defaultNarrativesIncludeEmptyAndFullLists() {
    List<Narrative> sample = NarrativeArbitraries.narratives().sampleStream().limit(300)
        .collect(Collectors.toList());
    assertThat(sample).anyMatch(n -> n.sources().isEmpty() && n.claims().isEmpty());
    assertThat(sample).anyMatch(n -> n.claims().size() == NarrativeArbitraries.DEFAULT_MAX_PER_LIST);
    assertThat(sample).anyMatch(n -> n.sectors().stream().anyMatch(s -> s.broader().isPresent()));
    assertThat(sample).anyMatch(n -> n.policyLines().stream()
        .anyMatch(l -> l.adopted().isPresent() && !l.eras().isEmpty() && l.supersedes().isPresent()));
    assertThat(sample).anyMatch(n -> n.claims().stream()
        .anyMatch(c -> !c.about().isEmpty() && !c.assessments().isEmpty() && c.anchor().start().isPresent()));
  }

  @Example
  void defaultNarrativesUseEveryFeatureOfModelTwo() {
    List<Narrative> sample = NarrativeArbitraries.narratives().sampleStream().limit(300)
        .collect(Collectors.toList());
    assertThat(sample).anyMatch(n -> n.actors().stream().anyMatch(a -> !a.identifiers().isEmpty()));
    assertThat(sample).anyMatch(n -> n.events().stream().anyMatch(e -> !e.participants().isEmpty()));
    assertThat(sample).anyMatch(n -> n.vocabulary().stream().anyMatch(d -> d.broader().isPresent()));
    assertThat(sample).anyMatch(n -> n.sources().stream().anyMatch(s -> s.translationOf().isPresent()));
    assertThat(sample).anyMatch(n -> n.policyLines().stream().anyMatch(l -> !l.roles().isEmpty()
        && l.inForce().isPresent() && l.adoptedAtEvent().isPresent() && !l.labels().isEmpty()));
    assertThat(sample).anyMatch(n -> n.policyLines().stream().anyMatch(l -> l.amends().isPresent()));
    assertThat(sample).anyMatch(n -> n.policyLines().stream()
        .anyMatch(l -> l.priorities().stream().anyMatch(p -> !p.mode().isBuiltIn())));
    assertThat(sample).anyMatch(n -> n.claims().stream().anyMatch(c -> c.kind().filter(k -> !k.isBuiltIn()).isPresent()));
    assertThat(sample).anyMatch(n -> n.claims().stream().anyMatch(c -> c.kind().isEmpty() && c.statement().isPresent()));
    assertThat(sample).anyMatch(n -> n.claims().stream().anyMatch(c -> c.statement().isEmpty() && c.kind().isPresent()));
    assertThat(sample).anyMatch(n -> n.claims().stream().anyMatch(c -> c.assertedBy().isEmpty() && c.kind().isPresent()));
    assertThat(sample).anyMatch(n -> n.claims().stream()
        .anyMatch(c -> c.kind().isEmpty() && c.statement().isEmpty() && c.assertedBy().isEmpty()));
    assertThat(sample).anyMatch(n -> n.claims().stream().anyMatch(c -> !c.relations().isEmpty()
        && !c.figures().isEmpty() && !c.otherAnchors().isEmpty() && !c.justifies().isEmpty()
        && !c.encoderNotes().isEmpty()));
    assertThat(sample).anyMatch(n -> n.claims().stream().flatMap(c -> c.figures().stream())
        .anyMatch(f -> f.statedAs() == org.policynarrative.core.StatedAs.RANGE && f.baselinePeriod().isPresent()));
    assertThat(sample).anyMatch(n -> n.eras().stream().anyMatch(e -> !e.encoderNotes().isEmpty()));
  }

  @Property(tries = 2000)
  void parseableDatesRoundTripThroughText(@ForAll("parseableDates") HistoricalDate date) {
    assertThat(HistoricalDate.parse(date.text())).isEqualTo(date);
  }

  @Property(tries = 1000)
  void periodsOfParseableDatesRoundTripThroughText(@ForAll("parseablePeriods") Period period) {
    assertThat(Period.parse(period.text())).isEqualTo(period);
  }

  @Property(tries = 2000)
  void hostileStringsAreWellFormedUtf16(@ForAll("hostile") String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
            .as("high surrogate at %d is paired", i).isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
      }
    }
  }

  @Property(tries = 500)
  void idsAreSlugs(@ForAll("ids") String id) {
    assertThat(id).matches("[a-z0-9][a-z0-9-]*");
  }

  @Example
  void hostileStringsCoverEveryAlphabet() {
    List<String> sample = NarrativeArbitraries.hostileStrings().sampleStream().limit(3000)
        .collect(Collectors.toList());
    assertThat(sample).anyMatch(String::isEmpty);
    assertThat(sample).anyMatch(s -> s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'));
    assertThat(sample).anyMatch(s -> s.contains("\u0000"));
    assertThat(sample).anyMatch(s -> s.contains("\r\n"));
    assertThat(sample).anyMatch(s -> s.chars().anyMatch(c -> Character.isHighSurrogate((char) c)));
    assertThat(sample).anyMatch(s -> s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3));
    assertThat(sample).anyMatch(s -> s.codePoints()
        .anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT));
    assertThat(sample).anyMatch(s -> s.contains("<script>"));
    assertThat(sample).anyMatch(s -> s.contains("\"") || s.contains("{"));
    assertThat(sample).anyMatch(s -> s.startsWith("# ") || s.startsWith("> ") || s.startsWith("- "));
    assertThat(sample).anyMatch(s -> s.startsWith(" ") && s.strip().length() > 0);
    assertThat(sample).anyMatch(s -> s.endsWith(" ") && s.strip().length() > 0);
  }

  @Example
  void datesCoverEveryShape() {
    List<HistoricalDate> sample = NarrativeArbitraries.historicalDates().sampleStream().limit(5000)
        .collect(Collectors.toList());
    for (DatePrecision precision : DatePrecision.values()) {
      assertThat(sample).as("%s", precision).anyMatch(d -> d.precision() == precision);
    }
    for (CalendarModel calendar : CalendarModel.values()) {
      assertThat(sample).as("%s", calendar).anyMatch(d -> d.calendar() == calendar && d.text().equals(
          d.asWritten().orElse("")) == (calendar != CalendarModel.GREGORIAN));
    }
    assertThat(sample).anyMatch(HistoricalDate::isUncertain);
    assertThat(sample).anyMatch(HistoricalDate::isApproximate);
    assertThat(sample).anyMatch(d -> d.year() < 0);
    assertThat(sample).anyMatch(d -> d.toEdtf().startsWith("Y"));
    assertThat(sample).anyMatch(d -> d.unspecifiedTo().isPresent());
    assertThat(sample).anyMatch(d -> d.offset().isPresent());
    assertThat(sample).anyMatch(d -> d.time().isPresent() && d.offset().isEmpty());
    assertThat(sample).anyMatch(d -> d.text().startsWith("Juche "));
    assertThat(sample).anyMatch(d -> d.text().startsWith("주체"));
    assertThat(sample).anyMatch(d -> d.text().contains("元年"));
    assertThat(sample).anyMatch(d -> d.asWritten().isPresent() && !d.text().equals(d.asWritten().get()));
  }

  @Example
  void periodsCoverEveryKindOfEnd() {
    List<Period> sample = NarrativeArbitraries.periods().sampleStream().limit(2000).collect(Collectors.toList());
    assertThat(sample).anyMatch(Period::isSingleDate);
    assertThat(sample).anyMatch(p -> p.start().isPresent() && p.end().isPresent() && !p.isSingleDate());
    assertThat(sample).anyMatch(Period::isStartOpen);
    assertThat(sample).anyMatch(Period::isEndOpen);
    assertThat(sample).anyMatch(Period::isStartUnknown);
    assertThat(sample).anyMatch(Period::isEndUnknown);
  }

  @Provide
  Arbitrary<Narrative> narratives() {
    return NarrativeArbitraries.narratives();
  }

  @Provide
  Arbitrary<HistoricalDate> parseableDates() {
    return NarrativeArbitraries.parseableDates();
  }

  @Provide
  Arbitrary<Period> parseablePeriods() {
    return NarrativeArbitraries.periods(NarrativeArbitraries.parseableDates());
  }

  @Provide
  Arbitrary<String> hostile() {
    return NarrativeArbitraries.hostileStrings();
  }

  @Provide
  Arbitrary<String> ids() {
    return NarrativeArbitraries.ids();
  }
}
