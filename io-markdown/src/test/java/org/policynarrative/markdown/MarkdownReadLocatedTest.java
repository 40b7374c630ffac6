package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Problem;
import org.policynarrative.core.ProblemCode;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.LocatedNarrative;
import org.policynarrative.core.spi.LocationIndex;
import org.policynarrative.markdown.internal.MarkdownNarrativeFormat;

/**
 * {@code readLocated} places the validator's problems at the field they are about: one document
 * with one problem of each kind, validated against its source text, and each problem located at
 * the line and column of the offending value, found by searching the document (not the reader).
 */
class MarkdownReadLocatedTest {

  private static final String TEXT = "The Party adopted the line. Heavy industry first. The line was adopted. "
      + "Heavy industry first.";

  private static final String DOCUMENT = """
      # Test

      - **Id:** test
      - **Language:** en
      - **Version:** 1

      ## Sources

      ### portal: Portal

      - **SHA-256:** 0000000000000000000000000000000000000000000000000000000000000000

      ## Eras

      ### post-war: Post-war

      - **Period:** 1953/1960

      #### heavy-first: Heavy industry first

      - **Adopted:** 1970
      - **Supersedes:** nowhere

      **Claim spans:** statistic

      > The Party
      >
      > — portal, code points 0..5

      - **Paraphrase:** Offsets that do not span the quote.

      **Claim selects:** statistic

      > The line
      >
      > — portal, code points 4..12

      - **Paraphrase:** Offsets that select other words.

      **Claim context:** statistic

      > adopted the line
      >
      > — portal, before "Somebody "

      - **Paraphrase:** A context that is not the text's.

      **Claim ambiguous:** statistic

      > Heavy industry first
      >
      > — portal

      - **Paraphrase:** Words that occur twice.

      **Claim missing:** statistic

      > words that are not there
      >
      > — portal

      - **Paraphrase:** Words that do not occur.

      **Claim spans:** statistic

      > The Party
      >
      > — portal

      - **Paraphrase:** An id used twice.
      """;

  /** Each problem code, the path the validator gives it, and where its value is written. */
  static List<Arguments> problems() {
    return List.of(
        Arguments.of(ProblemCode.SOURCE_HASH_MISMATCH, "sources[0].sha256", at("- **SHA-256:**", "0000")),
        Arguments.of(ProblemCode.LINE_OUTSIDE_ERA, "policyLines[0].adopted", at("- **Adopted:**", "1970")),
        Arguments.of(ProblemCode.UNKNOWN_REFERENCE, "policyLines[0].supersedes", at("- **Supersedes:**", "nowhere")),
        Arguments.of(ProblemCode.OFFSETS_MISMATCH, "claims[0].anchor.end", at("> — portal, code points 0..5", "code points")),
        Arguments.of(ProblemCode.OFFSETS_MISMATCH, "claims[1].anchor.start", at("> — portal, code points 4..12", "code points")),
        Arguments.of(ProblemCode.CONTEXT_MISMATCH, "claims[2].anchor.prefix", at("> — portal, before \"Somebody", "before")),
        Arguments.of(ProblemCode.AMBIGUOUS_QUOTE, "claims[3].anchor.exact", at("> Heavy industry first", "Heavy")),
        Arguments.of(ProblemCode.QUOTE_NOT_FOUND, "claims[4].anchor.exact", at("> words that are not there", "words")),
        Arguments.of(ProblemCode.DUPLICATE_ID, "claims[5].id", last("**Claim spans:**", "spans")));
  }

  @ParameterizedTest
  @MethodSource("problems")
  void eachProblemIsLocatedAtItsField(ProblemCode code, String path, LocationIndex.Location expected)
      throws IOException {
    LocatedNarrative located = NarrativeMarkdown.create()
        .readLocated(new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)));
    List<Problem> problems = NarrativeValidator.validate(located.narrative(), List.of(SourceText.of("portal", TEXT)))
        .problems();
    Problem problem = problems.stream().filter(p -> p.code() == code && p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " at " + path + " among " + problems));
    assertThat(located.locate(problem)).hasValue(expected);
  }

  @ParameterizedTest
  @MethodSource("problems")
  void theServiceFormatLocatesThemAlike(ProblemCode code, String path, LocationIndex.Location expected)
      throws IOException {
    LocatedNarrative located = new MarkdownNarrativeFormat()
        .readLocated(new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)));
    assertThat(located.locations().locate(path)).hasValue(expected);
  }

  /** Dialect 1 writes an anchor as nested fields: each part is placed at its field's value. */
  @Test
  void theFieldsOfADialectOneAnchorArePlaced() throws IOException {
    String document = Files.readString(HandWrittenInputTest.HAND_WRITTEN, StandardCharsets.UTF_8)
        .replace(">   - **Quote:** adopted\n", ">   - **Quote:** adopted\n>   - **Before:** The line was \n"
            + ">   - **Offsets:** 13..20\n");
    LocationIndex index = NarrativeMarkdown.create()
        .readLocated(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))).locations();
    assertThat(index.locate("claims[0].id")).hasValue(new LocationIndex.Location(25, 13));
    assertThat(index.locate("claims[0].anchor.source")).hasValue(new LocationIndex.Location(29, 19));
    assertThat(index.locate("claims[0].anchor.exact")).hasValue(new LocationIndex.Location(30, 18));
    assertThat(index.locate("claims[0].anchor.prefix")).hasValue(new LocationIndex.Location(31, 19));
    assertThat(index.locate("claims[0].anchor.end")).hasValue(new LocationIndex.Location(32, 20));
  }

  /** The 1-based place of {@code part} on the first line that starts with {@code line}. */
  private static LocationIndex.Location at(String line, String part) {
    String[] lines = DOCUMENT.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(line)) {
        return new LocationIndex.Location(i + 1, lines[i].indexOf(part, part.equals(">") ? 0 : 1) + 1);
      }
    }
    throw new AssertionError("no line " + line);
  }

  /** As {@link #at}, on the last such line. */
  private static LocationIndex.Location last(String line, String part) {
    String[] lines = DOCUMENT.split("\n", -1);
    for (int i = lines.length - 1; i >= 0; i--) {
      if (lines[i].startsWith(line)) {
        return new LocationIndex.Location(i + 1, lines[i].indexOf(part, 2) + 1);
      }
    }
    throw new AssertionError("no line " + line);
  }
}
