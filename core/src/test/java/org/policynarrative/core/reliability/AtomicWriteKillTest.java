package org.policynarrative.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.spi.AtomicFiles;

/**
 * A write through {@link AtomicFiles#write} survives a JVM killed with SIGKILL: a forked JVM
 * ({@link SlowAtomicWriter}) writes a large file slowly and is killed at a chosen chunk; the
 * target then holds either the old content or the complete new content, never a mix, and the
 * next successful write leaves no temporary file behind.
 */
@EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "destroyForcibly() sends SIGKILL only on POSIX systems")
class AtomicWriteKillTest {

  /** 256 chunks of 64 KiB: a 16 MiB file, the size of a large narrative. */
  static final int CHUNKS = 256;
  static final int CHUNK_SIZE = 1 << 16;

  /** Chunk {@code i} of the new content: numbered lines, so a mix of contents would show. */
  static byte[] newContentChunk(int i) {
    byte[] chunk = new byte[CHUNK_SIZE];
    byte[] line = String.format("{\"id\":\"claim-%08d\",\"chunk\":%05d}%n", i, i).getBytes(StandardCharsets.US_ASCII);
    for (int p = 0; p < CHUNK_SIZE; p++) {
      chunk[p] = line[p % line.length];
    }
    chunk[CHUNK_SIZE - 1] = '\n';
    return chunk;
  }

  static byte[] newContent() {
    ByteArrayOutputStream all = new ByteArrayOutputStream(CHUNKS * CHUNK_SIZE);
    for (int i = 0; i < CHUNKS; i++) {
      all.writeBytes(newContentChunk(i));
    }
    return all.toByteArray();
  }

  @ParameterizedTest(name = "killed after chunk {0}")
  @ValueSource(ints = {0, 128, CHUNKS - 1})
  void killedWriterLeavesOldOrCompleteNewContent(int killAfterChunk, @TempDir Path dir) throws Exception {
    Path target = dir.resolve("narrative.json");
    byte[] old = "{\"old\":true}\n".repeat(50_000).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(target, out -> out.write(old));

    Process child = new ProcessBuilder(javaExecutable(), "-Xmx64m", "-cp", childClassPath(),
            SlowAtomicWriter.class.getName(), target.toString(), Integer.toString(CHUNKS))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    boolean killedMidWrite = false;
    try (BufferedReader progress = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = progress.readLine()) != null) {
        if (line.equals("CHUNK " + killAfterChunk)) {
          child.destroyForcibly();
          killedMidWrite = true;
          break;
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child ends").isTrue();
    assertThat(killedMidWrite).as("the child was killed while writing").isTrue();
    assertThat(child.exitValue()).as("exit status of a SIGKILLed JVM").isEqualTo(128 + 9);

    byte[] after = Files.readAllBytes(target);
    boolean isOld = Arrays.equals(after, old);
    boolean isNew = Arrays.equals(after, newContent());
    assertThat(isOld || isNew)
        .as("target is the old or the complete new content, not %d bytes of a mix", after.length).isTrue();
    if (killAfterChunk < CHUNKS - 1) {
      // Killed well before the move: the content must still be the old one, and the temp file remains.
      assertThat(isOld).isTrue();
      assertThat(tempFiles(dir)).as("the killed write left its temp file").hasSize(1);
    }

    byte[] next = "{\"next\":true}\n".getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(target, out -> out.write(next));
    assertThat(Files.readAllBytes(target)).isEqualTo(next);
    assertThat(tempFiles(dir)).as("no temp file after the next successful write").isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.collect(Collectors.toList())).containsExactly(target);
    }
  }

  private static List<Path> tempFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList());
    }
  }

  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The child needs core's classes and this test's: wherever surefire put them (class path or module path). */
  static String childClassPath() throws Exception {
    return Stream.of(SlowAtomicWriter.class, AtomicFiles.class)
        .map(type -> {
          try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
          } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
          }
        })
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }
}
