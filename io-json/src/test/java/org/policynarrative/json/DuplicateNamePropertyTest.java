package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.policynarrative.json.internal.JsonCodec;
import org.policynarrative.json.internal.JsonLinesReader;

/**
 * The readers find duplicate names themselves instead of Jackson's {@code STRICT_DUPLICATE_DETECTION}
 * (a hash set per object); this checks, over generated documents with repeated names, that every
 * outcome (narrative or error with its message, line, column and path) is the same as with
 * Jackson's check, for byte, character and JSON Lines input, strict and lenient.
 */
class DuplicateNamePropertyTest {

  private static final Pattern NAME = Pattern.compile("\"([A-Za-z][A-Za-z-]*)\":");

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
      String respelled;
      switch (respell) {
        case 1: // the first letter as an escape
          respelled = "\"\\u" + String.format("%04x", (int) name.charAt(0)) + name.substring(1) + "\":";
          break;
        case 2: // space before the colon
          respelled = "\"" + name + "\"  :";
          break;
        case 3: // no colon
          respelled = "\"" + name + "\" ";
          break;
        case 4: // a broken value
          respelled = "\"" + name + "\": x";
          break;
        default:
          respelled = "\"" + name + "\":";
      }
      String result = json.substring(0, at[0]) + inserted + (unknown ? inserted.substring(0, inserted.length() - 2)
          .replace("\": ", "\":").replace(":" + VALUES[copyValue], respell == 3 ? " 1" : respell == 4 ? ": x" : ": 1")
          + ", " : "") + respelled + json.substring(at[1] + 2);
      return (bom ? "\uFEFF" : "") + result;
    }

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
        .map(NarrativeJson.strict()::toJson);
    return Combinators.combine(documents, repeats).as((json, repeat) -> repeat.apply(json));
  }

  @Property(tries = 600)
  void duplicateNamesAreReportedAsJacksonReportsThem(@ForAll("documentsWithRepeatedNames") String document) {
    for (JsonCodec codec : List.of(JsonCodec.strict(), JsonCodec.lenient())) {
      JsonCodec jackson = codec.withJacksonDuplicateDetection();
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      assertThat(outcome(() -> codec.read(new ByteArrayInputStream(bytes), "json")))
          .as("bytes:\n%s", document)
          .isEqualTo(outcome(() -> jackson.read(new ByteArrayInputStream(bytes), "json")));
      assertThat(outcome(() -> codec.read(new StringReader(document), "json")))
          .as("characters:\n%s", document)
          .isEqualTo(outcome(() -> jackson.read(new StringReader(document), "json")));
    }
    String line = document.replace('\n', ' ').replace("\uFEFF", "");
    for (JsonCodec codec : List.of(JsonCodec.strict(), JsonCodec.lenient())) {
      assertThat(outcome(() -> new JsonLinesReader(new StringReader(line), codec, false, null).stream().count()))
          .as("JSON Lines:\n%s", line)
          .isEqualTo(outcome(() -> new JsonLinesReader(new StringReader(line), codec.withJacksonDuplicateDetection(),
              false, null).stream().count()));
    }
  }

  @Test
  void aRepeatedNameWrittenWithAnEscapeIsLocatedAfterItsClosingQuote() {
    String document = "{\"format\": \"policy-narrative/1\", \"id\": \"a\", \"\\u0069d\": \"b\"}";

    NarrativeFormatException e = catchFormat(() -> NarrativeJson.strict().fromJson(document));

    assertThat(e.problem()).isEqualTo("duplicate field 'id'; each field may appear only once in an object");
    assertThat(e.column()).hasValue(document.indexOf("d\": \"b") + 3);
    assertThat(e.path()).hasValue("/id");
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

  /** What a read gives: the narrative, or the error's message and place. */
  private static String outcome(Read read) {
    try {
      Object value = read.run();
      return "read " + value;
    } catch (NarrativeFormatException e) {
      return "error " + e.problem() + " @" + e.line() + ":" + e.column() + " " + e.path();
    } catch (Exception e) {
      return "exception " + e;
    }
  }
}
