package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;

/** Finding formats by name and file extension, and reading and writing paths through them. */
class NarrativeFormatsTest {

  private static final Narrative NARRATIVE =
      Narrative.builder().id("test").title("Test").language("en").version("1").build();

  private final FakeFormat fake = FakeFormat.named("fake", ".fake", ".fk");
  private final FakeFormat annotated = FakeFormat.named("annotated", ".notes.fake");
  private final NarrativeFormats formats = NarrativeFormats.of(fake, annotated);

  @TempDir
  Path dir;

  @Test
  void findsAFormatByName() {
    assertThat(formats.byName("fake")).containsSame(fake);
    assertThat(formats.byName("annotated")).containsSame(annotated);
    assertThat(formats.byName("FAKE")).isEmpty();
    assertThat(formats.byName("json")).isEmpty();
    assertThat(formats.all()).containsExactly(fake, annotated);
  }

  @Test
  void findsAFormatByExtensionIgnoringCaseLongestFirst() {
    assertThat(formats.forPath(Path.of("data.fake"))).containsSame(fake);
    assertThat(formats.forPath(Path.of("dir", "DATA.FK"))).containsSame(fake);
    assertThat(formats.forPath(Path.of("data.notes.fake"))).containsSame(annotated);
    assertThat(formats.forPath(Path.of("data.Notes.Fake"))).containsSame(annotated);
    // The order in which formats are given does not matter: the longest extension wins.
    assertThat(NarrativeFormats.of(annotated, fake).forPath(Path.of("x.notes.fake"))).containsSame(annotated);
  }

  @Test
  void anUnclaimedExtensionFindsNothing() {
    assertThat(formats.forPath(Path.of("data.fakes"))).isEmpty();
    assertThat(formats.forPath(Path.of("data.json"))).isEmpty();
    assertThat(formats.forPath(Path.of("fake"))).isEmpty();
    assertThat(formats.forPath(Path.of("/"))).isEmpty();
  }

  @Test
  void readingAPathOfUnknownFormatNamesTheFileAndTheKnownExtensions() throws IOException {
    Path file = Files.writeString(dir.resolve("data.json"), "{}");

    assertThatThrownBy(() -> formats.read(file))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.file()).contains(file.toString());
          assertThat(e.problem()).contains(".fake", ".fk", ".notes.fake");
        })
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining("known extensions: .fake, .fk, .notes.fake");
    assertThatThrownBy(() -> formats.write(NARRATIVE, dir.resolve("out.json")))
        .isInstanceOf(NarrativeFormatException.class).hasMessageContaining("out.json");
    assertThat(dir.resolve("out.json")).doesNotExist();
  }

  @Test
  void withNoFormatTheMessageSaysSo() {
    assertThatThrownBy(() -> NarrativeFormats.of().read(Path.of("data.json")))
        .isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("none (no format is installed)");
  }

  @Test
  void noFormatIsInstalledInCoreItself() {
    assertThat(NarrativeFormats.installed().all()).isEmpty();
  }

  @Test
  void twoFormatsWithOneNameAreRejected() {
    assertThatThrownBy(() -> NarrativeFormats.of(fake, FakeFormat.named("fake", ".other")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("two formats are named 'fake'");
  }

  @Test
  void twoFormatsWithOneExtensionAreRejected() {
    assertThatThrownBy(() -> NarrativeFormats.of(fake, FakeFormat.named("other", ".fk")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("formats 'fake' and 'other' both claim the extension .fk");
  }

  @Test
  void extensionsMustBeLowerCaseWithADot() {
    assertThatThrownBy(() -> NarrativeFormats.of(FakeFormat.named("upper", ".FAKE")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'.FAKE'");
    assertThatThrownBy(() -> NarrativeFormats.of(FakeFormat.named("nodot", "fake")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("start with a dot");
  }

  @Test
  void writesAndReadsBackThroughTheFormatTheExtensionNames() throws IOException {
    Path file = dir.resolve("sub/dir/data.fake");

    formats.write(NARRATIVE, file);

    assertThat(file).hasContent("test\nTest\nen\n1");
    assertThat(formats.read(file)).isEqualTo(NARRATIVE);
  }

  @Test
  void aReadOnlyFormatRefusesToWriteAndLeavesTheFileAlone() throws IOException {
    NarrativeFormats readOnly = NarrativeFormats.of(fake.readOnly());
    Path file = Files.writeString(dir.resolve("data.fake"), "old");

    assertThatThrownBy(() -> readOnly.write(NARRATIVE, file))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.format()).isEqualTo("fake");
          assertThat(e.file()).contains(file.toString());
        })
        .hasMessageContaining("read-only");
    assertThat(file).hasContent("old");
  }

  @Test
  void aWriteOnlyFormatRefusesToRead() throws IOException {
    NarrativeFormats writeOnly = NarrativeFormats.of(fake.writeOnly());
    Path file = dir.resolve("data.fake");
    writeOnly.write(NARRATIVE, file);

    assertThatThrownBy(() -> writeOnly.read(file))
        .isInstanceOf(NarrativeFormatException.class).hasMessageContaining("write-only");
  }

  @Test
  void aFormatErrorIsLocatedInTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.fake"), "Bad Id\nTitle\nen\n1");

    assertThatThrownBy(() -> formats.read(file))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.file()).contains(file.toString());
          assertThat(e.line()).hasValue(1);
          assertThat(e.path()).contains("/");
          assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
        })
        .hasMessage(file + ":1:1: fake: Narrative.id must be a slug ([a-z0-9][a-z0-9-]*), but was 'Bad Id' (at /)");
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThatThrownBy(() -> formats.read(dir.resolve("missing.fake"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileIntactAndNoTempFile() throws IOException {
    NarrativeFormats failing = NarrativeFormats.of(fake.failingHalfWay());
    Path file = Files.writeString(dir.resolve("data.fake"), "old content", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> failing.write(NARRATIVE, file))
        .isInstanceOf(IOException.class).hasMessageContaining("disk full");

    assertThat(file).hasContent("old content");
    assertThat(filesIn(dir)).containsExactly("data.fake");
  }

  @Test
  void aFormatErrorWhileWritingIsLocatedInTheFileAndLeavesItUnchanged() throws IOException {
    NarrativeFormat refusing = new NarrativeFormat() {
      @Override
      public String name() {
        return "refusing";
      }

      @Override
      public String mediaType() {
        return "text/x-refusing";
      }

      @Override
      public List<String> fileExtensions() {
        return List.of(".ref");
      }

      @Override
      public Narrative read(java.io.InputStream in) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void write(Narrative narrative, java.io.OutputStream out) throws IOException {
        out.write("partial".getBytes(StandardCharsets.UTF_8));
        throw new NarrativeFormatException("refusing", "cannot represent this narrative");
      }
    };
    Path file = Files.writeString(dir.resolve("data.ref"), "old");

    assertThatThrownBy(() -> NarrativeFormats.of(refusing).write(NARRATIVE, file))
        .isInstanceOfSatisfying(NarrativeFormatException.class,
            e -> assertThat(e.file()).contains(file.toString()))
        .hasMessage(file + ": refusing: cannot represent this narrative");
    assertThat(file).hasContent("old");
    assertThat(filesIn(dir)).containsExactly("data.ref");
  }

  @Test
  void aSuccessfulWriteRemovesTempFilesLeftByAnEarlierCrash() throws IOException {
    Files.writeString(dir.resolve(TempFile.namePrefix("data.fake") + "8731" + TempFile.SUFFIX), "half a narrative");

    formats.write(NARRATIVE, dir.resolve("data.fake"));

    assertThat(filesIn(dir)).containsExactly("data.fake");
  }

  /** The names of the files in {@code dir}, sorted. */
  static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
