package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.internal.Checks;

/**
 * The hand-written fast paths in core (slug, blank and digest checks, enum codes, EDTF padding)
 * agree with the straightforward regex, {@code String.isBlank}, {@code toLowerCase} and
 * {@code String.format} versions they replace.
 */
class CoreFastPathsTest {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

  @Property(tries = 1000)
  void isSlugAgreesWithTheSlugPattern(@ForAll("slugLike") String id) {
    assertThat(Checks.isSlug(id)).isEqualTo(SLUG.matcher(id).matches());
  }

  @Test
  void isSlugOnEdgeCases() {
    assertThat(Checks.isSlug(null)).isFalse();
    assertThat(Checks.isSlug("")).isFalse();
    assertThat(Checks.isSlug("-a")).isFalse();
    assertThat(Checks.isSlug("Agriculture")).isFalse();
    assertThat(Checks.isSlug("a_b")).isFalse();
    assertThat(Checks.isSlug("é")).isFalse();
    assertThat(Checks.isSlug("a\n")).isFalse();
    assertThat(Checks.isSlug("0")).isTrue();
    assertThat(Checks.isSlug("a-")).isTrue();
    assertThat(Checks.isSlug("a--9")).isTrue();
  }

  @Property(tries = 1000)
  void isBlankAgreesWithStringIsBlank(@ForAll("blankLike") String value) {
    assertThat(Checks.isBlank(value)).isEqualTo(value.isBlank());
  }

  @Test
  void isBlankOnEdgeCases() {
    assertThat(Checks.isBlank("")).isTrue();
    assertThat(Checks.isBlank(" \t\n\u000B\u001F")).isTrue();
    assertThat(Checks.isBlank("\u2003\u3000")).isTrue(); // em space, ideographic space
    assertThat(Checks.isBlank("\u00A0")).isFalse(); // no-break space is not white space to Java
    assertThat(Checks.isBlank("\u007F")).isFalse();
    assertThat(Checks.isBlank(" a")).isFalse();
    assertThat(Checks.isBlank("!")).isFalse();
    assertThat(Checks.isBlank("천리마")).isFalse();
  }

  @Provide
  Arbitrary<String> blankLike() {
    return Arbitraries.strings().withChars(" \t\n\r\u000B\u001C\u001F!~\u007F\u0085\u00A0\u2003\u3000a천")
        .ofMinLength(0).ofMaxLength(4);
  }

  @Property(tries = 1000)
  void isSha256AgreesWithTheDigestPattern(@ForAll("hexLike") String hex) {
    assertThat(Checks.isSha256(hex)).isEqualTo(hex.matches("[0-9a-f]{64}"));
  }

  @Provide
  Arbitrary<String> hexLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789abcdef").ofLength(64),
        Arbitraries.strings().withChars("0123456789abcdefABCDEFg ").ofMinLength(62).ofMaxLength(66));
  }

  @Provide
  Arbitrary<String> slugLike() {
    return Arbitraries.strings().withChars("az09-_A. é\n").ofMinLength(0).ofMaxLength(8);
  }

  @Test
  void everyEnumCodeIsItsNameInKebabCaseAndParsesBackToTheSameConstant() {
    List<Class<? extends Enum<?>>> types = List.of(EntityKind.class, CodeScheme.class, ActorKind.class, ActorRole.class,
        StatedAs.class, FigureStatus.class,
        Verdict.class, Durability.class, MappingRelation.class, CalendarModel.class, ProblemCode.class,
        DatePrecision.class);
    for (Class<? extends Enum<?>> type : types) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String expected = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        assertThat(org.policynarrative.core.internal.EnumCodes.code(constant)).isEqualTo(expected);
        assertThat(parse(type, expected)).isSameAs(constant);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Enum<?> parse(Class<? extends Enum<?>> type, String code) {
    return org.policynarrative.core.internal.EnumCodes.parse((Class) type, code);
  }

  @Test
  void edtfIsZeroPaddedExactlyAsStringFormatWouldPadIt() {
    for (int year = 0; year <= 9999; year++) {
      assertThat(HistoricalDate.ofYear(year).toEdtf()).isEqualTo(String.format(Locale.ROOT, "%04d", year));
      if (year % 10 == 0) {
        assertThat(HistoricalDate.ofDecade(year).withQualifiers(true, true).toEdtf())
            .isEqualTo(String.format(Locale.ROOT, "%03dX%%", year / 10));
      }
    }
    for (int year : new int[] {0, 7, 42, 999, 1953, 9999}) {
      for (int month = 1; month <= 12; month++) {
        assertThat(HistoricalDate.ofMonth(year, month).withQualifiers(true, false).toEdtf())
            .isEqualTo(String.format(Locale.ROOT, "%04d-%02d?", year, month));
        for (int day : new int[] {1, 9, 10, 28}) {
          assertThat(HistoricalDate.ofDay(year, month, day).withQualifiers(false, true).toEdtf())
              .isEqualTo(String.format(Locale.ROOT, "%04d-%02d-%02d~", year, month, day));
        }
      }
    }
  }

  private static final Pattern EDTF = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

  /**
   * The EDTF scanner (no regex) reads the texts of the level 0 regex as that regex's groups say,
   * giving the same date or the same error; other texts of that alphabet it refuses or reads as a
   * level 1 form that prints back the same.
   */
  @Property(tries = 2000)
  void edtfScannerAgreesWithTheLevelZeroRegex(@ForAll("edtfLike") String text) {
    java.util.regex.Matcher m = EDTF.matcher(text);
    Object actual;
    try {
      actual = HistoricalDate.parse(text);
    } catch (IllegalArgumentException e) {
      actual = e.getMessage();
    }
    if (!m.matches()) {
      if (actual instanceof HistoricalDate date) {
        assertThat(date.toEdtf()).isEqualTo(text);
      }
      return;
    }
    Object expected;
    try {
      int year = Integer.parseInt(m.group(1));
      HistoricalDate date = m.group(3) != null
          ? HistoricalDate.ofDay(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
          : m.group(2) != null ? HistoricalDate.ofMonth(year, Integer.parseInt(m.group(2))) : HistoricalDate.ofYear(year);
      String q = m.group(4);
      expected = q == null ? date : date.withQualifiers(!"~".equals(q), !"?".equals(q));
    } catch (IllegalArgumentException e) {
      expected = "'" + text + "': " + e.getMessage();
    }
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (month >= 21 && month <= 41) {
      // Seasons (21 to 24) and the level 2 divisions of a year (25 to 41) are not months.
      String season = m.group(3) != null ? "a season (21 spring to 24 winter) has no day"
          : month > 24 ? "the divisions of a year 25 to 41"
          : m.group(4) != null ? "a season takes no qualifier" : null;
      if (season == null) {
        assertThat(actual).isEqualTo(HistoricalDate.ofSeason(Integer.parseInt(m.group(1)), month));
      } else {
        assertThat(actual).asString().startsWith("'" + text + "': " + season);
      }
      return;
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> edtfLike() {
    Arbitrary<String> shaped = Arbitraries.of("####", "####-##", "####-##-##", "####?", "####-##~", "####-##-##%",
            "###X", "####-#", "####/####", "#####", "####-##-", "####--##")
        .flatMap(shape -> Arbitraries.strings().withChars("0123456789").ofLength(shape.length())
            .map(digits -> {
              StringBuilder b = new StringBuilder();
              for (int i = 0; i < shape.length(); i++) {
                b.append(shape.charAt(i) == '#' ? digits.charAt(i) : shape.charAt(i));
              }
              return b.toString();
            }));
    Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-?~%X /a").ofMinLength(0).ofMaxLength(12);
    return Arbitraries.oneOf(shaped, shaped, noise);
  }
}
