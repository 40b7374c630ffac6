package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a corpus of 1,000,000 narratives (about 170 MB of JSON Lines) out and back in a JVM
 * whose heap is capped at 64 MiB: it can only pass if writing and reading hold a bounded number
 * of narratives at a time.
 */
class JsonLinesMemoryTest {

  private static final int NARRATIVES = 1_000_000;

  @Test
  void aMillionNarrativesStreamThroughA64MebibyteHeap(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-XX:+UseSerialGC",
        "-cp", classPath(),
        CorpusStreamer.class.getName(), corpus.toString(), Integer.toString(NARRATIVES));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();

    boolean finished = process.waitFor(240, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      process.destroyForcibly();
    }

    assertThat(finished).as("finished in time; output: %s", output).isTrue();
    assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
    assertThat(output).contains("written=" + NARRATIVES + " read=" + NARRATIVES).contains("maxHeapMiB=");
    System.out.println("JSON Lines streaming under -Xmx64m: " + output.strip());
  }

  /** The jars and class folders the streamer needs, from wherever the test runtime found them. */
  private static String classPath() {
    return Stream.of(CorpusStreamer.class, NarrativeJson.class, Narrative.class, JsonMapper.class, JsonParser.class,
            com.fasterxml.jackson.annotation.JsonProperty.class)
        .map(JsonLinesMemoryTest::location)
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
