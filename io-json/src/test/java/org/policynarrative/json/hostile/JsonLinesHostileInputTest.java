package org.policynarrative.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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
 * Hostile input for the JSON Lines reader: each case ends in a clear error on the right line (a
 * {@link NarrativeFormatException}, or an {@link IOException} wrapped as the stream API requires)
 * after the right number of narratives, or in all narratives read; within a time budget and
 * streaming, so a corpus of a million claims needs no more memory than its longest line.
 */
class JsonLinesHostileInputTest {

  private static final Duration BUDGET = Duration.ofSeconds(30);
  private static final String MINIMAL = JsonHostileInputTest.MINIMAL;
  private static final String HEAD = MINIMAL.substring(0, MINIMAL.length() - 1);

  static Stream<Arguments> cases() {
    String claim = "{\"id\":\"c\",\"statement\":\"s\",\"kind\":\"achievement\",\"assertedBy\":\"a\","
        + "\"anchor\":{\"source\":\"s\",\"exact\":\"q\"}}";
    String thousandClaims = HEAD + ",\"sources\":[{\"id\":\"s\"}],\"claims\":["
        + Stream.generate(() -> claim).limit(1000).reduce((a, b) -> a + "," + b).orElseThrow() + "]}\n";
    return Stream.of(
        read("empty file", () -> bytes(""), 0),
        read("only blank lines", () -> bytes("\n\r\n   \n\t\n"), 0),
        read("UTF-8 byte order mark", () -> GeneratedInput.concat(
            new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), bytes(MINIMAL + "\n")), 1),
        rejected("invalid UTF-8 on line 2", () -> GeneratedInput.concat(bytes(MINIMAL + "\n" + HEAD
            + ",\"description\":\"a"), new ByteArrayInputStream(new byte[] {(byte) 0xC3, (byte) 0x28}),
            bytes("\"}\n")), 1, 2),
        rejected("truncated last line", () -> bytes(MINIMAL + "\n" + MINIMAL.substring(0, 30)), 1, 2),
        rejected("100,000 nested arrays on line 3", () -> GeneratedInput.of(MINIMAL + "\n" + MINIMAL + "\n"
            + HEAD + ",\"sources\":", "[", 100_000, "\n"), 2, 3),
        read("10 MB string (a string has no limit of its own)", () -> GeneratedInput.of(HEAD + ",\"description\":\"",
            "abcdefghij", 1_000_000, "\"}\n"), 1),
        rejected("a line longer than 64 MiB", () -> GeneratedInput.of(HEAD + ",\"x\":\"", "abcdefgh", 9_000_000,
            "\"}\n"), 0, 1),
        read("1,000,000 claims: 1,000 lines of 1,000 claims", () -> GeneratedInput.of("", thousandClaims, 1000, ""),
            1000),
        read("duplicate narrative ids on two lines", () -> bytes(MINIMAL + "\n" + MINIMAL + "\n"), 2),
        rejected("id with path characters ../x on line 2", () -> bytes(MINIMAL + "\n"
            + HEAD.replace("\"id\":\"n\"", "\"id\":\"../x\"") + "}\n"), 1, 2),
        rejected("valid JSON of another schema on line 1", () -> bytes("{\"type\":\"Feature\",\"properties\":{}}\n"),
            0, 1),
        rejected("a pretty-printed document", () -> bytes("{\n  \"format\": \"policy-narrative/1\"\n}\n"), 0, 1),
        rejected("two documents on one line", () -> bytes(MINIMAL + " " + MINIMAL + "\n"), 0, 1),
        rejected("null on line 2", () -> bytes(MINIMAL + "\nnull\n"), 1, 2),
        read("CR LF line ends and no final newline", () -> bytes(MINIMAL + "\r\n\r\n" + MINIMAL), 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInAClearErrorOrACorrectResult(String name, Supplier<InputStream> input, long expectedRead,
      Optional<Integer> errorLine) {
    assertTimeoutPreemptively(BUDGET, () -> {
      AtomicLong read = new AtomicLong();
      AtomicLong claims = new AtomicLong();
      try (Stream<Narrative> narratives = NarrativeJson.create().readLines(input.get())) {
        narratives.forEach(n -> {
          assertThat(n).isNotNull();
          read.incrementAndGet();
          claims.addAndGet(n.claims().size());
        });
        assertThat(errorLine).as("no error, %d read", read.get()).isEmpty();
      } catch (NarrativeFormatException rejected) {
        assertThat(errorLine).as("rejected: %s", rejected.getMessage()).isPresent();
        assertThat(rejected.format()).isEqualTo("jsonl");
        assertThat(rejected.problem()).isNotBlank();
        assertThat(rejected.getMessage()).as("a message a person can read").hasSizeLessThan(2_000);
        assertThat(rejected.line()).as("line of %s", rejected.getMessage()).hasValue(errorLine.orElseThrow());
      } catch (UncheckedIOException failed) {
        assertThat(errorLine).as("failed: %s", failed).isPresent();
        assertThat(failed.getCause()).isInstanceOf(IOException.class).hasMessageNotContaining("\u0000");
      }
      assertThat(read.get()).isEqualTo(expectedRead);
      if (name.startsWith("1,000,000 claims")) {
        assertThat(claims.get()).isEqualTo(1_000_000);
      }
    });
  }

  static Arguments read(String name, Supplier<InputStream> input, long narratives) {
    return Arguments.of(name, input, narratives, Optional.empty());
  }

  static Arguments rejected(String name, Supplier<InputStream> input, long readBefore, int line) {
    return Arguments.of(name, input, readBefore, Optional.of(line));
  }

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
