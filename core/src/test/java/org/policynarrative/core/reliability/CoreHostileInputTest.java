package org.policynarrative.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Period;
import org.policynarrative.core.ProblemCode;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.ValidationReport;

/**
 * Hostile input for core: the EDTF parser and source texts get huge strings, control characters
 * and text built to trigger quadratic behaviour. Each case ends in a clear error or a correct
 * result within a time budget; nothing hangs, overflows the stack or runs out of memory.
 */
class CoreHostileInputTest {

  /** Generous for 2 shared cores; a quadratic algorithm on these sizes takes minutes. */
  private static final Duration BUDGET = Duration.ofSeconds(10);

  private static final int MEGA = 1 << 20;

  static Stream<Arguments> rejectedDates() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("blank", "   "),
        Arguments.of("NUL", "\u0000"),
        Arguments.of("control characters", "19\u000153"),
        Arguments.of("trailing newline", "1953\n"),
        Arguments.of("leading space", " 1953"),
        Arguments.of("right-to-left override", "\u202e1953"),
        Arguments.of("byte order mark", "\ufeff1953"),
        Arguments.of("full-width digits", "\uff11\uff19\uff15\uff13"),
        Arguments.of("Arabic-Indic digits", "\u0661\u0669\u0665\u0663"),
        Arguments.of("surrogate pair", "1953\ud83d\ude00"),
        Arguments.of("lone surrogate", "1953\ud800"),
        Arguments.of("negative zero", "-0000"),
        Arguments.of("five-digit year", "19530"),
        Arguments.of("time of day past midnight", "1953-05-06T24:00"),
        Arguments.of("time of day with a fraction", "1953-05-06T10:00:00.5"),
        Arguments.of("Y and 10 MiB of digits", "Y" + "1".repeat(10 * MEGA)),
        Arguments.of("a date, T and 10 MiB of digits", "1953-05-06T" + "1".repeat(10 * MEGA)),
        Arguments.of("a level 2 set", "{1953,1954}"),
        Arguments.of("Japanese era and 10 MiB of kanji numerals", "昭和" + "二十".repeat(5 * MEGA) + "年"),
        Arguments.of("Minguo and 10 MiB of spaces", "民國" + " ".repeat(10 * MEGA)),
        Arguments.of("Juche in Korean and 10 MiB of digits", "주체" + "4".repeat(10 * MEGA) + "년"),
        Arguments.of("month 13", "2016-13"),
        Arguments.of("30 February", "2016-02-30"),
        Arguments.of("two qualifiers", "1953?~"),
        Arguments.of("Juche 0", "Juche 0"),
        Arguments.of("Juche year past java.time's years", "Juche 999999999"),
        Arguments.of("Juche year disagreeing", "Juche 42 (1954)"),
        Arguments.of("10 MiB of digits", "9".repeat(10 * MEGA)),
        Arguments.of("a year and 10 MiB of qualifiers", "1953" + "?".repeat(10 * MEGA)),
        Arguments.of("Juche and 10 MiB of digits", "Juche " + "4".repeat(10 * MEGA)),
        Arguments.of("Juche, spaces and an unclosed bracket", "Juche 42" + " ".repeat(10 * MEGA) + "(1953"),
        Arguments.of("10 MiB of Korean", "\uc8fc\uccb4".repeat(5 * MEGA)),
        Arguments.of("10 MiB of control characters", "\u0001\u001b".repeat(5 * MEGA)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedDates")
  void dateParserRejectsWithAClearMessage(String name, String text) {
    assertTimeoutPreemptively(BUDGET, () -> {
      assertThatThrownBy(() -> HistoricalDate.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
      assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    });
  }

  static Stream<Arguments> rejectedPeriods() {
    return Stream.of(
        Arguments.of("open at both ends", "../.."),
        Arguments.of("inverted", "1960/1953"),
        Arguments.of("two slashes", "1953/1960/1970"),
        Arguments.of("only a slash", "/"),
        Arguments.of("1 MiB of slashes", "/".repeat(MEGA)),
        Arguments.of("1 MiB of open ends", "../".repeat(MEGA)),
        Arguments.of("10 MiB start", "1".repeat(10 * MEGA) + "/1953"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedPeriods")
  void periodParserRejects(String name, String text) {
    assertTimeoutPreemptively(BUDGET, () ->
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class)
            .satisfies(e -> assertThat(e.getMessage()).isNotBlank()));
  }

  @Test
  void jucheWordingWithHugeWhiteSpaceParsesAndKeepsIt() {
    String text = "Juche" + " \t".repeat(MEGA) + "42 (1953)";
    HistoricalDate date = assertTimeoutPreemptively(BUDGET, () -> HistoricalDate.parse(text));
    assertThat(date.year()).isEqualTo(1953);
    assertThat(date.text()).isEqualTo(text);
    assertThat(HistoricalDate.parse(date.text())).isEqualTo(date);
  }

  /** A 16 MiB text mixing Korean, surrogate pairs and ASCII, with one unique quote near the end. */
  @Test
  void anchorInAHugeTextCountsCodePoints() {
    String block = "\uc8fc\uccb4 \ud83d\ude00 line\n";                 // 10 code points, 11 chars
    int repeats = MEGA;
    String quote = "the unique quote \ud835\udd18";
    String text = block.repeat(repeats) + quote + " tail";
    SourceText source = SourceText.of("huge", text);
    Anchor anchor = assertTimeoutPreemptively(BUDGET, () -> source.anchor(quote));
    assertThat(anchor.start()).contains(10 * repeats);
    assertThat(anchor.end()).contains(10 * repeats + quote.codePointCount(0, quote.length()));
    assertThat(anchor.prefix().orElseThrow()).endsWith("line\n");
    assertThat(source.slice(anchor.start().get(), anchor.end().get())).contains(quote);
  }

  @Test
  void sliceOutOfRangeIsEmpty() {
    SourceText source = SourceText.of("s", "\ud83d\ude00abc");
    assertThat(source.slice(-1, 2)).isEmpty();
    assertThat(source.slice(0, Integer.MAX_VALUE)).isEmpty();
    assertThat(source.slice(3, 2)).isEmpty();
    assertThat(source.slice(0, 1)).contains("\ud83d\ude00");
  }

  static Stream<Arguments> repetitiveTexts() {
    Function<Integer, String> as = n -> "a".repeat(n);
    return Stream.of(
        // A quote that almost matches everywhere: naive search does |text| x |quote| work.
        Arguments.of("near-miss quote", as.apply(MEGA), as.apply(10_000) + "b", 0),
        // A quote that matches at every position: a million occurrences.
        Arguments.of("quote matching everywhere", as.apply(MEGA), "a", MEGA),
        Arguments.of("quote matching everywhere, after surrogates", "\ud83d\ude00".repeat(MEGA / 2),
            "\ud83d\ude00", MEGA / 2),
        Arguments.of("long quote matching everywhere", as.apply(MEGA), as.apply(10_000), MEGA - 10_000 + 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repetitiveTexts")
  void occurrencesStayFastOnRepetitiveText(String name, String text, String quote, int expected) {
    SourceText source = SourceText.of("s", text);
    List<Integer> found = assertTimeoutPreemptively(BUDGET, () -> source.occurrences(quote));
    assertThat(found).hasSize(expected);
    assertThatThrownBy(() -> source.anchor(quote)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The validator checks each occurrence's context; with a quote that occurs everywhere that must
   * not cost a pass over the whole text per occurrence.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("repetitiveTexts")
  void validatorStaysFastOnAmbiguousQuotes(String name, String text, String quote, int expected) {
    SourceText source = SourceText.of("s", text);
    Narrative narrative = Narrative.builder().id("n").title("t").language("en").version("1")
        .addSources(Source.builder().id("s").build())
        .addClaims(Claim.builder().id("c").statement("s").kind(ClaimKind.ACHIEVEMENT).assertedBy("x")
            .anchor(Anchor.builder().source("s").exact(quote).prefix(quote).build()).build())
        .build();
    ValidationReport report = assertTimeoutPreemptively(BUDGET,
        () -> NarrativeValidator.validate(narrative, List.of(source)));
    assertThat(report.isValid()).isFalse();
    assertThat(report.problems()).extracting(p -> p.code())
        .containsAnyOf(ProblemCode.AMBIGUOUS_QUOTE, ProblemCode.QUOTE_NOT_FOUND, ProblemCode.CONTEXT_MISMATCH);
    assertThat(report.toString().length()).as("the report stays readable").isLessThan(2_000);
  }
}
