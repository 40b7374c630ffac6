package org.policynarrative.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden comparison, and an update mode that can never make a run pass. */
class FixturesTest {

  @TempDir
  Path dir;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aMatchingFilePasses() throws IOException {
    Path golden = Files.writeString(dir.resolve("a.md"), "same\n");
    assertThatCode(() -> Fixtures.assertGolden(golden, utf8("same\n"), false)).doesNotThrowAnyException();
  }

  @Test
  void aDifferentFileFailsAndStaysAsItWas() throws IOException {
    Path golden = Files.writeString(dir.resolve("a.md"), "old\n");
    assertThatThrownBy(() -> Fixtures.assertGolden(golden, utf8("new\n"), false)).isInstanceOf(AssertionError.class);
    assertThat(Files.readString(golden)).isEqualTo("old\n");
  }

  @Test
  void aMissingFileFails() {
    assertThatThrownBy(() -> Fixtures.assertGolden(dir.resolve("missing.md"), utf8("x"), false))
        .isInstanceOf(AssertionError.class).hasMessageContaining("golden.update");
  }

  @Test
  void updateModeRewritesTheFileAndFails() throws IOException {
    Path golden = Files.writeString(dir.resolve("a.md"), "old\n");
    assertThatThrownBy(() -> Fixtures.assertGolden(golden, utf8("new\n"), true))
        .isInstanceOf(AssertionError.class).hasMessageContaining("was rewritten");
    assertThat(Files.readString(golden)).isEqualTo("new\n");
  }

  @Test
  void updateModeFailsEvenWhenNothingChanged() throws IOException {
    Path golden = Files.writeString(dir.resolve("a.md"), "same\n");
    assertThatThrownBy(() -> Fixtures.assertGolden(golden, utf8("same\n"), true))
        .isInstanceOf(AssertionError.class).hasMessageContaining("already up to date");
  }

  @Test
  void updateModeCreatesAMissingFile() {
    Path golden = dir.resolve("new.md");
    assertThatThrownBy(() -> Fixtures.assertGolden(golden, utf8("x\n"), true)).isInstanceOf(AssertionError.class);
    assertThat(Fixtures.read(golden)).isEqualTo("x\n");
  }

  @Test
  void siblingsShareTheBaseName() {
    assertThat(Fixtures.sibling(Path.of("f", "case.input.json"), ".input.json", ".expected.json"))
        .isEqualTo(Path.of("f", "case.expected.json"));
  }
}
