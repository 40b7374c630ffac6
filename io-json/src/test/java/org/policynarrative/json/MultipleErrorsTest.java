package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.testing.Fixtures;

/**
 * One read reports every error it can: {@code ten-mistakes.json} has ten planted mistakes of ten
 * kinds, and {@code ten-mistakes.expected} lists where each must be reported and what it says.
 */
class MultipleErrorsTest {

  private static final Path TEN_MISTAKES = Fixtures.file(MultipleErrorsTest.class, "ten-mistakes.json");

  /** One expected error: {@code line:column | pointer | fragment}. */
  private record Expected(int line, int column, String pointer, String fragment) {
    static Expected parse(String row) {
      String[] parts = row.split("\\|", 3);
      String[] place = parts[0].trim().split(":");
      return new Expected(Integer.parseInt(place[0]), Integer.parseInt(place[1]), parts[1].trim(), parts[2].trim());
    }
  }

  private static List<Expected> expected() throws IOException {
    try (Stream<String> rows = Files.lines(Fixtures.sibling(TEN_MISTAKES, ".json", ".expected"))) {
      return rows.filter(row -> !row.isBlank() && !row.startsWith("#")).map(Expected::parse).toList();
    }
  }

  @Test
  void oneReadReportsAllTenPlantedMistakesInDocumentOrderEachAtItsPlace() throws IOException {
    NarrativeFormatException e =
        catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create().read(TEN_MISTAKES));

    List<Expected> expected = expected();
    assertThat(expected).hasSize(10);
    List<NarrativeFormatException> all = e.allErrors();
    assertThat(all).as(describe(all)).hasSize(10);
    for (int i = 0; i < expected.size(); i++) {
      Expected want = expected.get(i);
      NarrativeFormatException got = all.get(i);
      assertThat(got.line()).as("error %d: %s", i + 1, got.getMessage()).hasValue(want.line());
      assertThat(got.column()).as("error %d: %s", i + 1, got.getMessage()).hasValue(want.column());
      assertThat(got.path()).as("error %d: %s", i + 1, got.getMessage()).hasValue(want.pointer());
      assertThat(got.problem()).as("error %d", i + 1).contains(want.fragment());
      assertThat(got.file()).hasValue(TEN_MISTAKES.toString());
    }
    assertThat(e.getMessage()).startsWith(TEN_MISTAKES + ":2:13: json: ").endsWith("(and 9 more errors)");
  }

  @Test
  void theServiceFormatReportsTheSameErrors() throws IOException {
    NarrativeFormat json = NarrativeFormats.installed().byName("json").orElseThrow();

    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> json.read(new ByteArrayInputStream(Files.readAllBytes(TEN_MISTAKES))));

    assertThat(e.allErrors()).extracting(f -> f.line().orElse(0) + ":" + f.column().orElse(0))
        .containsExactlyElementsOf(expected().stream().map(x -> x.line() + ":" + x.column()).toList());
  }

  @Test
  void aJsonLinesLineReportsItsErrorsOnItsLine() throws IOException {
    String line = "{\"format\": \"policy-narrative/2\", \"id\": \"ok\", \"title\": \"T\", \"language\": \"en\","
        + " \"version\": \"1\", \"eras\": [{\"id\": \"E\", \"name\": \"E\", \"period\": \"1953\"},"
        + " {\"id\": \"f\", \"nmae\": \"F\", \"period\": \"1953\"}]}";
    String input = "\n" + line + "\n";

    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeJson.create().readLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
            .toList());

    assertThat(e.allErrors()).extracting(f -> f.line().orElse(0) + ":" + f.path().orElse("?"))
        .containsExactly("2:/eras/0/id", "2:/eras/1/nmae");
    // The misspelled name is not also reported as a missing required field.
    assertThat(e.allErrors().get(1).problem()).contains("did you mean 'name'?");
  }

  @Test
  void aSyntaxErrorEndsTheReadAndComesAfterTheErrorsFoundBeforeIt() {
    String json = "{\"format\": \"policy-narrative/2\", \"id\": \"Bad Id\", \"title\": 7,\n"
        + "\"language\": \"en\", \"version\": \"1\", \"eras\": [{\"id\": \"e\" \"name\": \"x\"}]}";

    NarrativeFormatException e =
        catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create().fromJson(json));

    List<NarrativeFormatException> all = e.allErrors();
    assertThat(all).as(describe(all)).hasSize(2);
    assertThat(all.get(0).path()).hasValue("/title");
    assertThat(all.get(1).problem()).startsWith("malformed JSON");
    assertThat(all.get(1).line()).hasValue(2);
  }

  @Test
  void aNewerMajorVersionIsReportedAloneWhereverItsFieldIs() {
    String json = "{\"fieldOfVersion3\": 1, \"id\": \"x\", \"title\": \"T\", \"language\": \"en\", \"version\": \"1\","
        + " \"format\": \"policy-narrative/3\"}";

    NarrativeFormatException e =
        catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create().fromJson(json));

    assertThat(e.moreErrors()).isEmpty();
    assertThat(e.problem()).contains("a newer major version");
  }

  @Test
  void aLimitOfTheReaderIsReportedAloneForTheInputIsNoNarrative() {
    String json = "{\"format\": \"policy-narrative/2\", \"id\": \"Bad Id\", \"extra\": 1, \"deep\": "
        + "[".repeat(40) + "]".repeat(40) + "}";

    NarrativeFormatException e =
        catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create().fromJson(json));

    assertThat(e.moreErrors()).isEmpty();
    assertThat(e.problem()).startsWith("the input nests arrays and objects more than 32 levels deep");
  }

  @Test
  void aReadStopsAtTheLimitOfErrors() {
    String eras = Stream.generate(() -> "{\"id\": \"e\", \"name\": 1, \"period\": \"1953\"}").limit(150)
        .collect(Collectors.joining(", "));
    String json = "{\"format\": \"policy-narrative/2\", \"id\": \"x\", \"title\": \"T\", \"language\": \"en\","
        + " \"version\": \"1\", \"eras\": [" + eras + "]}";

    NarrativeFormatException e =
        catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create().fromJson(json));

    assertThat(e.allErrors()).hasSize(NarrativeFormatException.MAX_ERRORS);
    assertThat(e.getMessage()).endsWith("(and 99 more errors)");
  }

  @Test
  void errorsInsideAValueThatFailedAreNotRepeatedByItsEnclosingObjects() {
    // The period's start is bad: the era (period required) and the list are left out without more errors.
    String json = "{\"format\": \"policy-narrative/2\", \"id\": \"x\", \"title\": \"T\", \"language\": \"en\","
        + " \"version\": \"1\", \"eras\": [{\"id\": \"e\", \"name\": \"E\", \"period\": {\"start\": \"19533\"}}]}";

    NarrativeFormatException e =
        catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create().fromJson(json));

    assertThat(e.allErrors()).as(describe(e.allErrors())).hasSize(1);
    assertThat(e.path()).hasValue("/eras/0/period/start");
  }

  private static String describe(List<NarrativeFormatException> errors) {
    return errors.stream().map(NarrativeFormatException::getMessage).collect(Collectors.joining("\n"));
  }
}
