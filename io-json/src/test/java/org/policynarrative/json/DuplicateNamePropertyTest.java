package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.NarrativeArbitraries;
import org.policynarrative.testing.SampleNarratives;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The readers find repeated names themselves, from the bits that say which fields were present,
 * instead of Jackson's {@code STRICT_DUPLICATE_DETECTION} (a hash set per object). Over generated
 * documents with repeated names, checked against a plain walk over the tokens that remembers every
 * object's names: when the walk finds a repeat, reading fails, either at that name (line, column
 * and JSON Pointer) or at an earlier problem; when it finds none, no read reports one. For byte,
 * character and JSON Lines input, with unknown fields failing and skipped.
 */
class DuplicateNamePropertyTest {

  private static final Pattern NAME = Pattern.compile("\"([A-Za-z][A-Za-z-]*)\":");
  private static final JsonFactory PLAIN = new JsonFactory();

  /** One change: before the {@code which}-th name, a copy of it (or an unknown name) with a value; the name itself respelled. */
  static final class Repeat {
    final double which;
    final int copyValue;
    final int respell;
    final boolean unknown;
    final boolean bom;

    Repeat(double which, int copyValue, int respell, boolean unknown, boolean bom) {
      this.which = which;
      this.copyValue = copyValue;
      this.respell = respell;
      this.unknown = unknown;
      this.bom = bom;
    }

    private static final String[] VALUES = {"\"x\"", "1", "{}", "[]", "{\"a\": 1, \"a\": 2}", "[{\"b\": [], \"b\": 0}]",
        "{\"é\": 1, \"\\u00e9\": 2}", "\"1953\"", "null"};

    String apply(String json) {
      List<int[]> names = new ArrayList<>();
      Matcher m = NAME.matcher(json);
      while (m.find()) {
        names.add(new int[] {m.start(), m.end(1)});
      }
      int[] at = names.get((int) (which * names.size()));
      String name = unknown ? "zz" + "é".repeat(respell % 2) : json.substring(at[0] + 1, at[1]);
      String inserted = "\"" + name + "\": " + VALUES[copyValue] + ", ";
      String original = json.substring(at[0], at[1] + 2);
      String respelled = switch (respell) {
        case 1 -> "\"\\u" + String.format("%04x", (int) name.charAt(0)) + name.substring(1) + "\":"; // an escape
        case 2 -> "\"" + name + "\"  :"; // space before the colon
        case 3 -> "\"" + name + "\" "; // no colon
        case 4 -> "\"" + name + "\": x"; // a broken value
        default -> "\"" + name + "\":";
      };
      String result = json.substring(0, at[0]) + inserted + (unknown ? inserted.substring(0, inserted.length() - 2)
          .replace("\": ", "\":").replace(":" + VALUES[copyValue], respell == 3 ? " 1" : respell == 4 ? ": x" : ": 1")
          + ", " : "") + respelled + json.substring(at[1] + 2);
      return (bom ? "\uFEFF" : "") + result;
    }

    /** A repeated name the plain walk found, and where. */
    record Found(String name, int line, int column, String pointer) {}

    @Override
    public String toString() {
      return which + "/" + copyValue + "/" + respell + "/" + unknown + "/" + bom;
    }
  }

  @Provide
  Arbitrary<String> documentsWithRepeatedNames() {
    Arbitrary<Repeat> repeats = Combinators.combine(Arbitraries.doubles().between(0, 0.99),
            Arbitraries.integers().between(0, Repeat.VALUES.length - 1), Arbitraries.integers().between(0, 4),
            Arbitraries.of(true, false), Arbitraries.integers().between(0, 5).map(i -> i == 0))
        .as(Repeat::new);
    Arbitrary<String> documents = Arbitraries.oneOf(
            Arbitraries.of(SampleNarratives.full(), SampleNarratives.minimal()), NarrativeArbitraries.narratives(2))
        .map(NarrativeJson.create()::toJson);
    return Combinators.combine(documents, repeats).as((json, repeat) -> repeat.apply(json));
  }

  @Property(tries = 600)
  void aRepeatedNameFailsTheReadAtThatNameOrAtAnEarlierProblem(
      @ForAll("documentsWithRepeatedNames") String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    String line = document.replace('\n', ' ').replace("\uFEFF", "");
    for (NarrativeJson json : List.of(NarrativeJson.create(), NarrativeJson.create().skippingUnknownFields())) {
      check(firstRepeat(PLAIN.createParser(bytes)), outcome(() -> json.read(new ByteArrayInputStream(bytes))),
          "bytes", document);
      check(firstRepeat(PLAIN.createParser(document)), outcome(() -> json.read(new StringReader(document))),
          "characters", document);
      check(firstRepeat(PLAIN.createParser(line)),
          outcome(() -> json.readLines(new StringReader(line)).count()), "JSON Lines", line);
    }
  }

  private static void check(Optional<Repeat.Found> repeat, Outcome outcome, String input, String document) {
    if (repeat.isEmpty()) {
      assertThat(outcome.problem()).as("%s, no repeated name:%n%s", input, document)
          .doesNotContain("duplicate field").doesNotContain("duplicate language tag");
      return;
    }
    Repeat.Found found = repeat.get();
    assertThat(outcome.failed()).as("%s, '%s' repeated:%n%s", input, found.name(), document).isTrue();
    if (outcome.problem().startsWith("duplicate ")) {
      assertThat(outcome.problem()).contains("'" + found.name() + "'");
      assertThat(outcome.line()).isEqualTo(found.line());
      assertThat(outcome.column()).isEqualTo(found.column());
      assertThat(outcome.path()).isEqualTo(found.pointer());
    } else {
      assertThat(outcome.line() < found.line() || outcome.line() == found.line() && outcome.column() < found.column())
          .as("%s: '%s' at %d:%d reported before the repeat of '%s' at %d:%d:%n%s", input, outcome.problem(),
              outcome.line(), outcome.column(), found.name(), found.line(), found.column(), document)
          .isTrue();
    }
  }

  /** The first name that repeats one of its object's, by a plain walk over the tokens; empty at a syntax error. */
  private static Optional<Repeat.Found> firstRepeat(JsonParser parser) {
    Deque<Set<String>> objects = new ArrayDeque<>();
    try (parser) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          objects.push(new HashSet<>());
        } else if (token == JsonToken.END_OBJECT) {
          objects.pop();
        } else if (token == JsonToken.PROPERTY_NAME && !objects.peek().add(parser.currentName())) {
          TokenStreamLocation at = parser.currentTokenLocation();
          return Optional.of(new Repeat.Found(parser.currentName(), at.getLineNr(), at.getColumnNr(),
              parser.streamReadContext().pathAsPointer().toString()));
        }
      }
    } catch (JacksonException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  @Test
  void aRepeatedNameWrittenWithAnEscapeIsLocatedAtTheName() {
    // Complete but for the repeat, so that the repeat is the one error.
    String document = "{\"format\": \"policy-narrative/1\", \"id\": \"a\", \"\\u0069d\": \"b\", \"title\": \"T\","
        + " \"language\": \"en\", \"version\": \"1\"}";

    NarrativeFormatException e = catchFormat(() -> NarrativeJson.create().fromJson(document));

    assertThat(e.problem()).isEqualTo("duplicate field 'id' in narrative; a field may appear only once in an object");
    assertThat(e.column()).hasValue(document.indexOf("\"\\u0069d") + 1);
    assertThat(e.path()).hasValue("/id");
  }

  @Test
  void aRepeatedNameInsideASkippedValueIsFound() {
    String document = "{\"format\": \"policy-narrative/1\", \"id\": \"a\", \"title\": \"T\", \"language\": \"en\", "
        + "\"version\": \"1\", \"extra\": [{\"b\": 1, \"b\": 2}]}";

    NarrativeFormatException e =
        catchFormat(() -> NarrativeJson.create().skippingUnknownFields().fromJson(document));

    assertThat(e.problem()).startsWith("duplicate field 'b' in an object");
    assertThat(e.column()).hasValue(document.lastIndexOf("\"b\"") + 1);
    assertThat(e.path()).hasValue("/extra/0/b");
  }

  private static NarrativeFormatException catchFormat(Runnable read) {
    try {
      read.run();
    } catch (NarrativeFormatException e) {
      return e;
    }
    throw new AssertionError("expected a NarrativeFormatException");
  }

  @FunctionalInterface
  interface Read {
    Object run() throws Exception;
  }

  /** What a read gave: success, or the error's problem and place. */
  record Outcome(boolean failed, String problem, int line, int column, String path) {}

  private static Outcome outcome(Read read) {
    try {
      read.run();
      return new Outcome(false, "", 0, 0, "");
    } catch (NarrativeFormatException e) {
      return new Outcome(true, e.problem(), e.line().orElse(0), e.column().orElse(0), e.path().orElse(""));
    } catch (Exception e) {
      return new Outcome(true, e.toString(), 0, 0, "");
    }
  }
}
