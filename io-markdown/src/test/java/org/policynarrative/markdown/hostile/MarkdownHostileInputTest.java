package org.policynarrative.markdown.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.policynarrative.markdown.NarrativeMarkdown;

/**
 * Hostile input for the Markdown reader: each case ends in a clear
 * {@link NarrativeFormatException} (or an {@link IOException}) or in a correct narrative, within
 * a time budget; none in a stack overflow, an out-of-memory error, a hang or silently lost
 * structure (commonmark-java flattens blocks nested deeper than its limit; the reader must say so).
 */
class MarkdownHostileInputTest {

  private static final Duration BUDGET = Duration.ofSeconds(30);
  private static final NarrativeMarkdown MARKDOWN = NarrativeMarkdown.create().validatingOnRead();

  static final String MINIMAL = "# Minimal\n\n- **Id:** n\n- **Language:** en\n- **Version:** 1\n";
  private static final String WITH_SOURCE = MINIMAL + "\n## Sources\n\n### s\n";

  /** What a case must end in. */
  enum Expect { REJECTED, READ }

  static Stream<Arguments> cases() {
    return Stream.of(
        rejected("empty file", () -> bytes(""), null),
        read("UTF-8 byte order mark", () -> GeneratedInput.concat(
            new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), bytes(MINIMAL)),
            n -> assertThat(n.id()).isEqualTo("n")),
        rejected("invalid UTF-8", () -> GeneratedInput.concat(bytes(MINIMAL + "- **Description:** a"),
            new ByteArrayInputStream(new byte[] {(byte) 0xC3, (byte) 0x28}), bytes("\n")), null),
        rejected("truncated in the middle of a field name", () -> bytes(MINIMAL + "- **Descr")),
        rejected("100,000 nested block quotes", () -> GeneratedInput.of(WITH_SOURCE + "\n", "> ", 100_000, "x\n"),
            "nested"),
        rejected("100,000 nested lists", () -> GeneratedInput.of(WITH_SOURCE + "\n", "- ", 100_000, "x\n"),
            "nested"),
        rejected("100,000 nested block quotes and lists", () -> GeneratedInput.of(WITH_SOURCE + "\n", "> - ",
            50_000, "x\n"), "nested"),
        rejected("100,000 nested emphasis", () -> GeneratedInput.of(MINIMAL + "- **Description:** ", "*_", 50_000,
            "x\n"), null),
        read("100,000 unclosed link brackets (plain text)", () -> GeneratedInput.of(MINIMAL + "- **Description:** ",
            "[", 100_000, "x\n"), n -> assertThat(n.description()).contains("[".repeat(100_000) + "x")),
        rejected("70 MB description (beyond the 64 MiB document limit)", () -> GeneratedInput.of(MINIMAL
            + "- **Description:** ", "abcdefghij", 7_000_000, "\n"), "64 MiB"),
        read("15 MB description (within the limit)", () -> GeneratedInput.of(MINIMAL + "- **Description:** ",
            "abcdefghij", 1_500_000, "\n"), n -> assertThat(n.description().orElseThrow()).hasSize(15_000_000)),
        rejected("1,000,000 claims (130 MB, beyond the 64 MiB document limit)", () -> claims(1_000_000), "64 MiB"),
        read("10,000 claims (1.3 MB, within the limit)", () -> claims(10_000),
            n -> assertThat(n.claims()).hasSize(10_000)),
        rejected("duplicate source ids", () -> bytes(WITH_SOURCE + "\n### s\n"), "s"),
        rejected("id with path characters ../x", () -> bytes(MINIMAL.replace("- **Id:** n", "- **Id:** ../x")),
            "\\.\\./x"),
        rejected("raw HTML script block", () -> bytes(MINIMAL + "\n<script>alert(1)</script>\n"), "HTML"),
        rejected("raw HTML inline in a value", () -> bytes(MINIMAL.replace("# Minimal", "# Minimal <img src=x "
            + "onerror=alert(1)>")), null),
        rejected("valid Markdown of another kind: a README", () -> bytes("# project\n\nA library.\n\n## Usage\n\n"
            + "```\nmvn verify\n```\n"), null),
        rejected("valid JSON, not Markdown", () -> bytes("{\"format\":\"policy-narrative/1\",\"id\":\"n\"}\n"), null),
        read("NUL character", () -> bytes(MINIMAL.replace("# Minimal", "# Mini\u0000mal")),
            n -> assertThat(n.title()).isEqualTo("Mini\u0000mal")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInAClearErrorOrACorrectResult(String name, Supplier<InputStream> input, Expect expect,
      Optional<String> messagePattern, Consumer<Narrative> check) {
    assertTimeoutPreemptively(BUDGET, () -> {
      Narrative narrative;
      try (InputStream in = input.get()) {
        narrative = MARKDOWN.read(in);
      } catch (NarrativeFormatException rejected) {
        assertThat(expect).as("rejected: %.300s", rejected.getMessage()).isEqualTo(Expect.REJECTED);
        assertThat(rejected.format()).isEqualTo("markdown");
        assertThat(rejected.problem()).isNotBlank();
        assertThat(rejected.getMessage()).as("a message a person can read").hasSizeLessThan(2_000);
        rejected.line().ifPresent(line -> assertThat(line).isPositive());
        messagePattern.ifPresent(pattern -> assertThat(rejected.getMessage()).containsPattern("(?i)" + pattern));
        return;
      }
      assertThat(narrative).as("a narrative, never null").isNotNull();
      assertThat(expect).as("read %s", narrative.id()).isEqualTo(Expect.READ);
      check.accept(narrative);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MARKDOWN.write(narrative, out);
      assertThat(MARKDOWN.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(narrative);
    });
  }

  /** A narrative with {@code count} claims under "Further claims", made as it is read. */
  static InputStream claims(int count) {
    return GeneratedInput.concat(
        new ByteArrayInputStream((WITH_SOURCE + "\n## Further claims\n\n").getBytes(StandardCharsets.UTF_8)),
        GeneratedInput.numbered(count, i -> "> Claim " + i + ".\n>\n> - **Id:** c" + i
            + "\n> - **Kind:** achievement\n> - **Asserted by:** a\n> - **Anchor:**\n>   - **Source:** s\n"
            + ">   - **Quote:** q\n\n"));
  }

  static Arguments rejected(String name, Supplier<InputStream> input) {
    return rejected(name, input, null);
  }

  /** Reading ends in an error whose message matches {@code messagePattern} (a regex, any case) when given. */
  static Arguments rejected(String name, Supplier<InputStream> input, String messagePattern) {
    return Arguments.of(name, input, Expect.REJECTED, Optional.ofNullable(messagePattern),
        (Consumer<Narrative>) n -> { });
  }

  static Arguments read(String name, Supplier<InputStream> input, Consumer<Narrative> check) {
    return Arguments.of(name, input, Expect.READ, Optional.empty(), check);
  }

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
