package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.Fixtures;

/**
 * One fixture per class of bad input: {@code <case>.json} must fail with the line, column, JSON
 * Pointer and message (a fragment of it) given in {@code <case>.expected}.
 */
class BadInputTest {

  static List<Path> cases() {
    return Fixtures.files(BadInputTest.class, ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsWithLocationPathAndMessage(Path input) throws IOException {
    Properties expected = new Properties();
    try (Reader in = Files.newBufferedReader(Fixtures.sibling(input, ".json", ".expected"))) {
      expected.load(in);
    }

    NarrativeFormatException e =
        catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create().read(input));

    assertThat(e).as("reading %s must fail", input).isNotNull();
    assertThat(e.format()).isEqualTo("json");
    assertThat(e.file()).hasValue(input.toString());
    assertThat(e.problem()).contains(expected.getProperty("message"));
    assertThat(e.path()).hasValue(expected.getProperty("path"));
    assertThat(e.line()).hasValue(Integer.parseInt(expected.getProperty("line")));
    assertThat(e.column()).hasValue(Integer.parseInt(expected.getProperty("column")));
    assertThat(e.getMessage()).startsWith(input + ":" + expected.getProperty("line") + ":"
        + expected.getProperty("column") + ": json: ");
  }

  @Test
  void aStringHasNoLimitOfItsOwnBesideTheDocuments() {
    // Past the 1,000,000 characters this reader once allowed a string: the document limit bounds it.
    String title = "t".repeat(1_000_001);
    String json = "{\"format\": \"policy-narrative/1\", \"id\": \"x\", \"title\": \"" + title
        + "\", \"language\": \"en\", \"version\": \"1\"}";

    assertThat(NarrativeJson.create().fromJson(json).title()).isEqualTo(title);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "nesting | {\"a\": | 40 | the input nests arrays and objects more than 32 levels deep",
      "number | 9 | 65 | a number is longer than 64 characters",
      "name | n | 1001 | a field name is longer than 1,000 characters"})
  void inputPastAFixedLimitIsNotANarrativeAndTheMessageSaysWhichLimitWithoutJacksonsApi(String limit, String unit,
      int count, String expected) {
    String value = switch (limit) {
      case "nesting" -> "{\"x\": " + unit.repeat(count) + "1" + "}".repeat(count) + "}";
      case "number" -> "{\"x\": " + unit.repeat(count) + "}";
      default -> "{\"" + unit.repeat(count) + "\": 1}";
    };

    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeJson.create().skippingUnknownFields().fromJson(value));

    assertThat(e.problem()).startsWith(expected).doesNotContain("StreamReadConstraints", "`");
  }

  @Test
  void lenientReadingSkipsUnknownFieldsButNothingElse() throws IOException {
    Path unknown = Fixtures.folder(BadInputTest.class).resolve("unknown-field.json");
    Path unknownAtRoot = Fixtures.folder(BadInputTest.class).resolve("unknown-field-at-root.json");
    Path wrongType = Fixtures.folder(BadInputTest.class).resolve("wrong-type-string.json");

    assertThat(NarrativeJson.create().skippingUnknownFields().read(unknown).sources()).hasSize(2);
    assertThat(NarrativeJson.create().skippingUnknownFields().read(unknownAtRoot).id()).isEqualTo("bad");
    assertThat(catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create().skippingUnknownFields().read(wrongType)))
        .isNotNull();
  }

  @Test
  void validatingOnReadReportsEveryBrokenReferenceAtOnce() {
    String json = "{\"format\": \"policy-narrative/1\", \"id\": \"x\", \"title\": \"T\", \"language\": \"en\","
        + " \"version\": \"1\", \"sectors\": [{\"id\": \"a\", \"name\": \"A\", \"broader\": \"nowhere\"}],"
        + " \"claims\": [{\"id\": \"c\", \"statement\": \"S\", \"kind\": \"objective\", \"assertedBy\": \"A\","
        + " \"about\": [\"sector:a\", \"era:missing\"], \"anchor\": {\"source\": \"no-source\", \"exact\": \"x\"}}]}";

    assertThat(NarrativeJson.create().fromJson(json).id()).isEqualTo("x");
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeJson.create().validatingOnRead().fromJson(json));

    assertThat(e.problem()).contains("not consistent").contains("nowhere").contains("missing").contains("no-source");
    assertThat(e.path()).hasValue("/sectors/0/broader");
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).hasValue(json.indexOf("\"nowhere\"") + 1);
  }
}
