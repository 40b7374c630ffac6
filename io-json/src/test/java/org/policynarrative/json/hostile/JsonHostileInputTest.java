package org.policynarrative.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.GeneratedInput;
import org.policynarrative.json.NarrativeJson;

/**
 * Hostile input for the JSON document reader: each case ends in a clear
 * {@link NarrativeFormatException} (bytes that only look like UTF-32 included) or in a correct narrative, within
 * a time budget; none in a stack overflow, an out-of-memory error or a hang. Huge inputs are
 * generated as streams, so the test itself needs no memory for them.
 */
class JsonHostileInputTest {

  private static final Duration BUDGET = Duration.ofSeconds(30);
  private static final String HEAD = "{\"format\":\"policy-narrative/1\",\"id\":\"n\",\"title\":\"T\",\"language\":\"en\","
      + "\"version\":\"1\"";
  static final String MINIMAL = HEAD + "}";
  private static final String CLAIM_HEAD = "{\"id\":\"c";
  private static final String CLAIM_TAIL = "\",\"statement\":\"s\",\"kind\":\"achievement\",\"assertedBy\":\"a\","
      + "\"anchor\":{\"source\":\"s\",\"exact\":\"q\"}}";

  /** What a case must end in. */
  enum Expect { REJECTED, READ }

  static Stream<Arguments> cases() {
    return Stream.of(
        rejected("empty file", () -> bytes(""), "empty"),
        read("UTF-8 byte order mark", () -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, MINIMAL),
            n -> assertThat(n.id()).isEqualTo("n")),
        rejected("invalid UTF-8 in a string", () -> concat(bytes(HEAD + ",\"description\":\"a"),
            new ByteArrayInputStream(new byte[] {(byte) 0xC3, (byte) 0x28}), bytes("\"}")), "UTF-8"),
        rejected("overlong UTF-8 encoding of '/'", () -> concat(bytes(HEAD + ",\"description\":\""),
            new ByteArrayInputStream(new byte[] {(byte) 0xC0, (byte) 0xAF}), bytes("\"}")), null),
        rejected("bytes that look like UTF-32 but end mid-character",
            () -> new ByteArrayInputStream(new byte[] {'-', 0, 0, 0, 0}), "UTF-32"),
        rejected("UTF-32 of an unsupported byte order", () -> new ByteArrayInputStream(new byte[] {0, 0, 0x3c, 0}),
            "UCS-4|UTF-32"),
        rejected("truncated document", () -> bytes(MINIMAL.substring(0, MINIMAL.length() / 2)), null),
        rejected("100,000 nested arrays", () -> GeneratedInput.of(HEAD + ",\"sources\":", "[", 100_000, ""), null),
        rejected("100,000 nested objects", () -> GeneratedInput.of(HEAD + ",\"sources\":", "{\"a\":", 100_000, ""),
            null),
        rejected("100,000 nested arrays under an unknown field", () -> GeneratedInput.of(HEAD + ",\"x\":", "[", 100_000,
            ""), "unknown|x"),
        rejectedWhenLenient("100,000 nested arrays skipped as an unknown field",
            () -> GeneratedInput.of(HEAD + ",\"x\":", "[", 100_000, ""), "depth|nest"),
        rejectedWhenLenient("100,000 nested objects skipped as an unknown field",
            () -> GeneratedInput.of(HEAD + ",\"x\":", "{\"a\":", 100_000, ""), "depth|nest"),
        rejected("70 MB string (beyond the 64 MiB document limit)", () -> GeneratedInput.of(HEAD
            + ",\"description\":\"", "abcdefghij", 7_000_000, "\"}"), "longer than the maximum document length"),
        read("10 MB string (a string has no limit of its own)", () -> GeneratedInput.of(HEAD + ",\"description\":\"",
            "abcdefghij", 1_000_000, "\"}"), n -> assertThat(n.description().orElseThrow()).hasSize(10_000_000)),
        rejected("1 MB field name", () -> GeneratedInput.of(HEAD + ",\"", "x", 1_000_000, "\":1}"), null),
        rejected("1,000,000 claims (beyond the 64 MiB document limit)", JsonHostileInputTest::millionClaims,
            "length|large|long|limit"),
        read("50 MB of white space before the document", () -> GeneratedInput.of("", " \n\t\r", 12_500_000, MINIMAL),
            n -> assertThat(n.id()).isEqualTo("n")),
        read("duplicate ids (reported by the validator, not the reader)", () -> bytes(HEAD
            + ",\"sources\":[{\"id\":\"s\"},{\"id\":\"s\"}]}"), n -> assertThat(n.sources()).hasSize(2)),
        rejected("id with path characters ../x", () -> bytes(HEAD + ",\"sources\":[{\"id\":\"../x\"}]}"), "slug"),
        rejected("id with a slash", () -> bytes(HEAD.replace("\"id\":\"n\"", "\"id\":\"a/b\"") + "}"), "slug"),
        rejected("duplicate key", () -> bytes(HEAD + ",\"title\":\"again\"}"), "title"),
        rejected("trailing tokens", () -> bytes(MINIMAL + " {}"), null),
        rejected("a second document", () -> bytes(MINIMAL + "\n" + MINIMAL), null),
        rejected("raw control character in a string", () -> bytes(HEAD + ",\"description\":\"a\u0001b\"}"), null),
        rejected("NUL byte", () -> bytes(MINIMAL.replace("\"T\"", "\"T\u0000\"")), null),
        rejected("number with 1,000 digits", () -> GeneratedInput.of(HEAD + ",\"policyLines\":[{\"id\":\"l\","
            + "\"name\":\"n\",\"priorities\":[{\"sector\":\"s\",\"mode\":\"top-priority\",\"rank\":", "9", 1000,
            "}]}]}"), null),
        rejected("polymorphic type id", () -> bytes(HEAD + ",\"@class\":\"java.lang.ProcessBuilder\"}"), "@class"),
        rejected("valid JSON of another schema: package.json", () -> bytes(
            "{\"name\":\"x\",\"version\":\"1.0.0\",\"dependencies\":{\"left-pad\":\"^1.3.0\"}}"), null),
        rejected("valid JSON of another schema: GeoJSON", () -> bytes(
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[125.7,39.0]},\"properties\":{}}"),
            null),
        rejected("valid JSON, but an array", () -> bytes("[" + MINIMAL + "]"), null),
        rejected("valid JSON, but a string", () -> bytes("\"policy-narrative/1\""), null),
        rejected("valid JSON, but null", () -> bytes("null"), null),
        rejected("valid JSON, but a number", () -> bytes("42"), null),
        read("lone surrogate escape", () -> bytes(HEAD + ",\"description\":\"\\ud800\"}"),
            n -> assertThat(n.description()).isPresent()),
        read("Markdown, HTML and script in strings", () -> bytes(HEAD
            + ",\"description\":\"# x\\n<script>alert(1)</script> | a | ```\"}"),
            n -> assertThat(n.description()).contains("# x\n<script>alert(1)</script> | a | ```")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInAClearErrorOrACorrectResult(String name, Supplier<InputStream> input, Expect expect,
      Optional<String> messagePattern, Consumer<Narrative> check, NarrativeJson json) {
    assertTimeoutPreemptively(BUDGET, () -> {
      Narrative narrative;
      try (InputStream in = input.get()) {
        narrative = json.read(in);
      } catch (NarrativeFormatException rejected) {
        assertThat(expect).as("rejected: %s", rejected.getMessage()).isEqualTo(Expect.REJECTED);
        assertThat(rejected.format()).isEqualTo("json");
        assertThat(rejected.problem()).isNotBlank();
        assertThat(rejected.getMessage()).as("a message a person can read").hasSizeLessThan(2_000);
        rejected.line().ifPresent(line -> assertThat(line).isPositive());
        messagePattern.ifPresent(pattern -> assertThat(rejected.getMessage()).containsPattern("(?i)" + pattern));
        return;
      } catch (IOException io) {
        // The inputs are in memory: an IOException here is an input problem that escaped the format
        // exception (as Jackson's UTF-32 detection errors once did).
        throw new AssertionError("an input problem escaped as an IOException: " + io, io);
      }
      assertThat(narrative).as("a narrative, never null").isNotNull();
      assertThat(expect).as("read %s", narrative.id()).isEqualTo(Expect.READ);
      check.accept(narrative);
      assertThat(NarrativeJson.create().fromJson(NarrativeJson.create().toJson(narrative))).isEqualTo(narrative);
    });
  }

  private static InputStream millionClaims() {
    return GeneratedInput.concat(bytes(HEAD + ",\"sources\":[{\"id\":\"s\"}],\"claims\":["),
        GeneratedInput.numbered(1_000_000, i -> (i == 0 ? "" : ",") + CLAIM_HEAD + i + CLAIM_TAIL),
        bytes("]}"));
  }

  /** Strict reading ends in an error whose message matches {@code messagePattern} (a regex, any case) when given. */
  static Arguments rejected(String name, Supplier<InputStream> input, String messagePattern) {
    return Arguments.of(name, input, Expect.REJECTED, Optional.ofNullable(messagePattern),
        (Consumer<Narrative>) n -> { }, NarrativeJson.create());
  }

  static Arguments rejectedWhenLenient(String name, Supplier<InputStream> input, String messagePattern) {
    return Arguments.of(name, input, Expect.REJECTED, Optional.ofNullable(messagePattern),
        (Consumer<Narrative>) n -> { }, NarrativeJson.create().skippingUnknownFields());
  }

  /** Strict reading gives a narrative that passes {@code check}. */
  static Arguments read(String name, Supplier<InputStream> input, Consumer<Narrative> check) {
    return Arguments.of(name, input, Expect.READ, Optional.empty(), check, NarrativeJson.create());
  }

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static InputStream concat(byte[] first, String rest) {
    return GeneratedInput.concat(new ByteArrayInputStream(first), bytes(rest));
  }

  static InputStream concat(InputStream... parts) {
    return GeneratedInput.concat(parts);
  }
}
