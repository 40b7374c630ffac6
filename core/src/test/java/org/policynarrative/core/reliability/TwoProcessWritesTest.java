package org.policynarrative.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.spi.AtomicFiles;

/**
 * Writers of one path in different processes (a watch loop and a manual run, two CI jobs on one
 * checkout): every write succeeds, readers only see complete versions, and a live writer in
 * another process keeps its temporary file while this one writes and cleans up.
 */
@EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "file locks and renames as on POSIX systems")
class TwoProcessWritesTest {

  static final int WRITERS_PER_PROCESS = 2;
  static final int WRITES_EACH = 75;

  @TempDir
  Path dir;

  @Test
  void twoJvmsRacingOnOneTargetAllSucceedAndReadersSeeOnlyCompleteVersions() throws Exception {
    Path target = dir.resolve("shared.json");
    byte[] first = RacingWrites.version(0, 0);
    AtomicFiles.write(target, out -> out.write(first));

    List<Process> children = new ArrayList<>();
    List<BufferedReader> outputs = new ArrayList<>();
    try {
      for (int child = 0; child < 2; child++) {
        Process process = new ProcessBuilder(AtomicWriteKillTest.javaExecutable(), "-Xmx64m",
                "-cp", AtomicWriteKillTest.childClassPath(), RacingWrites.class.getName(), target.toString(),
                Integer.toString(1 + child * WRITERS_PER_PROCESS), Integer.toString(WRITERS_PER_PROCESS),
                Integer.toString(WRITES_EACH), "1")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        children.add(process);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        outputs.add(output);
      }
      for (BufferedReader output : outputs) {
        assertThat(output.readLine()).isEqualTo("READY");
      }
      for (Process child : children) {
        OutputStream go = child.getOutputStream();
        go.write('\n');
        go.flush();
      }
      // This JVM reads while both children write.
      int reads = 0;
      int torn = 0;
      while (children.stream().anyMatch(Process::isAlive)) {
        reads++;
        if (!RacingWrites.isCompleteVersion(Files.readAllBytes(target))) {
          torn++;
        }
      }
      for (int child = 0; child < 2; child++) {
        assertThat(children.get(child).waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(children.get(child).exitValue()).as("exit status of child %d", child).isZero();
        RacingWrites.Outcome outcome = RacingWrites.Outcome.parse(lastLine(outputs.get(child)));
        assertThat(outcome.failures()).as("failed writes and reads in child %d", child).isEmpty();
        assertThat(outcome.writes()).isEqualTo(WRITERS_PER_PROCESS * WRITES_EACH);
        assertThat(outcome.tornReads()).as("torn reads in child %d", child).isZero();
      }
      assertThat(torn).as("torn reads of %d in this JVM", reads).isZero();
    } finally {
      children.forEach(Process::destroyForcibly);
    }
    assertThat(RacingWrites.isCompleteVersion(Files.readAllBytes(target))).isTrue();
    assertThat(ConcurrentWritesTest.filesIn(dir)).containsExactly(target);
  }

  /**
   * A slow writer in another process ({@link SlowAtomicWriter}) is half-way when this JVM writes
   * the same path twenty times, looking for leftovers each time: its temporary file is locked,
   * so it stays, and the slow write completes last and wins.
   */
  @Test
  void aLiveWriterInAnotherProcessKeepsItsTemporaryFile() throws Exception {
    Path target = dir.resolve("narrative.json");
    Process child = new ProcessBuilder(AtomicWriteKillTest.javaExecutable(), "-Xmx64m",
            "-cp", AtomicWriteKillTest.childClassPath(), SlowAtomicWriter.class.getName(), target.toString(),
            Integer.toString(AtomicWriteKillTest.CHUNKS))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try (BufferedReader progress = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = progress.readLine()) != null && !line.equals("CHUNK 10")) {
        // wait until the child has written part of its file
      }
      for (int i = 0; i < 20; i++) {
        byte[] mine = ("{\"mine\":" + i + "}\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(mine));
      }
      assertThat(child.isAlive()).as("the child still writes; else write fewer chunks' worth here").isTrue();
      assertThat(tempFiles()).as("the child's temporary file").hasSize(1);
      while ((line = progress.readLine()) != null && !line.equals("DONE")) {
        // the child finishes its write
      }
      assertThat(line).isEqualTo("DONE");
    } finally {
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).isZero();
    assertThat(Files.readAllBytes(target)).as("the last completed write").isEqualTo(AtomicWriteKillTest.newContent());
    assertThat(ConcurrentWritesTest.filesIn(dir)).containsExactly(target);
  }

  private List<Path> tempFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList());
    }
  }

  private static String lastLine(BufferedReader output) throws Exception {
    String last = null;
    String line;
    while ((line = output.readLine()) != null) {
      last = line;
    }
    assertThat(last).as("the child's outcome").startsWith("OUTCOME ");
    return last;
  }
}
