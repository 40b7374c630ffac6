package org.policynarrative.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Problem;
import org.policynarrative.core.ProblemCode;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;
import org.policynarrative.testing.SampleNarratives;

/**
 * Issue 22, item 7: a huge bad value in any field gives a message under 2,000 characters that quotes
 * at most 60 characters of the value, in every format (docs/reliability.md promises both).
 */
class LongBadValuesTest {

  private static final String BAD = "x".repeat(500_000);
  /**
   * Claim kinds and priority modes are open vocabularies: a slug, however long, reads as a code the
   * narrative may declare (the validator reports it if it does not), so the bad value there is one
   * that is not a slug.
   */
  private static final String BAD_CODE = BAD + "!";
  private static final Set<String> OPEN_VOCABULARIES = Set.of("kind", "Kind", "mode");
  private static final Pattern LONG_RUN = Pattern.compile("x{61}");

  /** Format, field, a pattern whose group 1 is the field's first value in the reference document. */
  static Stream<Arguments> fields() {
    return Stream.of(
        Arguments.of("json", "format", "\"format\": \"([^\"]*)\""),
        Arguments.of("json", "language", "\"language\": \"([^\"]*)\""),
        Arguments.of("json", "sha256", "\"sha256\": \"([^\"]*)\""),
        Arguments.of("json", "kind", "\"kind\": \"([^\"]*)\""),
        Arguments.of("json", "verdict", "\"kind\": \"[^\"]*\"()"),
        Arguments.of("json", "about", "\"about\": \\[\\s*\"([^\"]*)\""),
        Arguments.of("json", "calendar", "\"calendar\": \"([^\"]*)\""),
        Arguments.of("json", "edtf", "\"edtf\": \"([^\"]*)\""),
        Arguments.of("json", "period", "\"period\": \"([^\"]*)\""),
        Arguments.of("json", "mode", "\"mode\": \"([^\"]*)\""),
        Arguments.of("json", "relation", "\"relation\": \"([^\"]*)\""),
        Arguments.of("json", "durability", "\"durability\": \"([^\"]*)\""),
        Arguments.of("markdown", "Language", "- \\*\\*Language:\\*\\* (\\S*)"),
        Arguments.of("markdown", "SHA-256", "- \\*\\*SHA-256:\\*\\* (\\S*)"),
        Arguments.of("markdown", "Kind", "- \\*\\*Kind:\\*\\* (\\S*)"),
        Arguments.of("markdown", "About", "- \\*\\*About:\\*\\* ([^,\\n]*)"),
        Arguments.of("markdown", "Period", "- \\*\\*Period:\\*\\* ([^\\n]*)"),
        Arguments.of("markdown", "Refers to", "- \\*\\*Refers to:\\*\\* ([^\\n]*)"),
        Arguments.of("markdown", "Durability", "- \\*\\*Durability:\\*\\* ([^\\n]*)"),
        Arguments.of("yaml", "language", "language: \"([^\"]*)\""),
        Arguments.of("yaml", "kind", "kind: \"([^\"]*)\""),
        Arguments.of("yaml", "calendar", "calendar: \"([^\"]*)\""));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fields")
  void aHugeBadValueGivesAShortMessage(String formatName, String field, String valuePattern) throws IOException {
    NarrativeFormat format = NarrativeFormats.installed().byName(formatName).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(ReferenceNarrative.narrative(), out);
    String document = out.toString(StandardCharsets.UTF_8);
    Matcher value = Pattern.compile(valuePattern).matcher(document);
    assertThat(value.find()).as("%s has a %s", formatName, field).isTrue();
    String badValue = OPEN_VOCABULARIES.contains(field) ? BAD_CODE : BAD;
    String bad = field.equals("verdict")
        ? document.substring(0, value.end()) + ", \"verdict\": \"" + BAD + "\"" + document.substring(value.end())
        : document.substring(0, value.start(1)) + badValue + document.substring(value.end(1));

    assertThatThrownBy(() -> format.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.getMessage().length()).as(e.getMessage().substring(0, Math.min(300, e.getMessage().length())))
              .isLessThan(2_000);
          assertThat(LONG_RUN.matcher(e.getMessage()).find()).as("quotes more than 60 characters: %.300s",
              e.getMessage()).isFalse();
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "markdown", "yaml"})
  void aHugeUndeclaredCodeReadsAndTheValidatorsMessageIsShort(String formatName) throws IOException {
    NarrativeFormat format = NarrativeFormats.installed().byName(formatName).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // A narrative of the first model's features only: the point here is the code, not the rest.
    format.write(SampleNarratives.economicConstruction(), out);
    String document = out.toString(StandardCharsets.UTF_8);
    // The first claim's kind, in any of the three layouts.
    Matcher kind = Pattern.compile("(?:\"kind\": \"|kind: \"|\\*\\*Claim [a-z0-9-]+:\\*\\* )(achievement)").matcher(document);
    assertThat(kind.find()).as("%s has a claim kind", formatName).isTrue();
    String huge = document.substring(0, kind.start(1)) + BAD + document.substring(kind.end(1));

    Narrative read = format.read(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)));
    List<Problem> problems = NarrativeValidator.validate(read).problems();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNDECLARED_CODE);
      assertThat(p.message().length()).isLessThan(2_000);
      assertThat(LONG_RUN.matcher(p.message()).find()).as("quotes more than 60 characters: %.300s", p.message())
          .isFalse();
    });
  }
}
