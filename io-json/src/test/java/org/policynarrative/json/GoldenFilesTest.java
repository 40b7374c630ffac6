package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.Fixtures;
import org.policynarrative.testing.SampleNarratives;

/**
 * The canonical layout, pinned byte for byte: each {@code <case>.input.json} (any field order,
 * any whitespace, explicit defaults; the v1 cases in format version 1) is read and written, and must
 * give {@code <case>.expected.json} (format version 2) exactly; the expected file itself must survive
 * a re-write unchanged. Two of the expected files are also what narratives built in code write:
 * {@code full} ({@code SampleNarratives.full()}) and {@code v2-full} ({@link V2Sample}, every
 * attribute of version 2).
 */
class GoldenFilesTest {

  private static final String INPUT = ".input.json";
  private static final String EXPECTED = ".expected.json";

  static List<Path> inputs() {
    return Fixtures.files(GoldenFilesTest.class, INPUT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void writesTheExpectedCanonicalBytes(Path input) throws IOException {
    Narrative narrative = NarrativeJson.create().read(new ByteArrayInputStream(Fixtures.bytes(input)));

    Fixtures.assertGolden(Fixtures.sibling(input, INPUT, EXPECTED), write(narrative));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void expectedFileIsAFixedPointOfReadThenWrite(Path input) throws IOException {
    byte[] expected = Fixtures.bytes(Fixtures.sibling(input, INPUT, EXPECTED));

    Narrative narrative = NarrativeJson.create().read(new ByteArrayInputStream(expected));

    assertThat(write(narrative)).isEqualTo(expected);
  }

  @Test
  void theFullSampleBuiltInCodeWritesTheFullGoldenFile() throws IOException {
    byte[] expected = Fixtures.bytes(Fixtures.folder(GoldenFilesTest.class).resolve("full" + EXPECTED));

    assertThat(new String(write(SampleNarratives.full()), StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(NarrativeJson.create().read(new ByteArrayInputStream(expected))).isEqualTo(SampleNarratives.full());
  }

  @Test
  void theV2SampleBuiltInCodeWritesTheV2GoldenFile() throws IOException {
    Path golden = Fixtures.folder(GoldenFilesTest.class).resolve("v2-full" + EXPECTED);

    Fixtures.assertGolden(golden, write(V2Sample.full()));
    assertThat(NarrativeJson.create().validatingOnRead().read(new ByteArrayInputStream(Fixtures.bytes(golden))))
        .isEqualTo(V2Sample.full());
  }

  private static byte[] write(Narrative narrative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NarrativeJson.create().write(narrative, out);
    return out.toByteArray();
  }
}
