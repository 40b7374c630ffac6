package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Problem;
import org.policynarrative.core.ProblemCode;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.LocatedNarrative;
import org.policynarrative.core.spi.LocationIndex.Location;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.testing.Fixtures;

/**
 * {@code readLocated} records each field's place, so that a problem the validator finds later is
 * reported at the offending field, not at the start of the claim (or other entity) it belongs to.
 * {@code problems.json} has one problem of each kind, checked against {@code speech.txt}; where
 * each must be located is found in the fixture's text here, by the value's own text.
 */
class ReadLocatedTest {

  private static final Path DOCUMENT = Fixtures.file(ReadLocatedTest.class, "problems.json");
  private static final Path TEXT = Fixtures.file(ReadLocatedTest.class, "speech.txt");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // code                | the problem's path       | the line it is on, by its text | the value's text on it
      "offsets-mismatch      | claims[0].anchor.end     | \"end\": 5                      | 5",
      "context-mismatch      | claims[1].anchor.prefix  | \"prefix\": \"Iron output \"    | \"Iron",
      "ambiguous-quote       | claims[2].anchor.exact   | \"exact\": \"Coal output grew\" | \"Coal",
      "quote-not-found       | claims[3].anchor.exact   | \"exact\": \"Rice output\"      | \"Rice",
      "source-hash-mismatch  | sources[0].sha256        | \"sha256\"                      | \"0000",
      "line-outside-era      | policyLines[0].adopted   | \"adopted\": \"1961\"           | \"1961",
      "duplicate-id          | claims[4].id             | \"id\": \"steel\"               | \"steel",
      "unknown-reference     | claims[3].about[1]       | \"sector:agriculture\"          | \"sector"})
  void theValidatorsProblemIsLocatedAtTheOffendingField(String code, String path, String line, String value)
      throws IOException {
    LocatedNarrative located;
    NarrativeFormat json = NarrativeFormats.installed().byName("json").orElseThrow();
    try (InputStream in = Files.newInputStream(DOCUMENT)) {
      located = json.readLocated(in);
    }
    List<Problem> problems = NarrativeValidator.validate(located.narrative(),
        List.of(SourceText.of("speech", Files.readString(TEXT)))).problems();

    Problem problem = problems.stream().filter(p -> p.code() == ProblemCode.fromCode(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " among " + problems));

    assertThat(problem.path()).isEqualTo(path);
    // The second claim with the id 'steel'; every other line's text is unique.
    int occurrence = code.equals("duplicate-id") ? 2 : 1;
    assertThat(located.locate(problem)).hasValue(place(line, value, occurrence));
  }

  /** Where {@code value} starts on the {@code occurrence}-th line of the fixture that contains {@code line}. */
  private static Location place(String line, String value, int occurrence) throws IOException {
    List<String> lines = Files.readAllLines(DOCUMENT);
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(line) && ++seen == occurrence) {
        int at = lines.get(i).indexOf(value, lines.get(i).indexOf(line));
        return new Location(i + 1, at + 1);
      }
    }
    throw new AssertionError("no line " + occurrence + " with " + line);
  }
}
