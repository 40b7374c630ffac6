package org.policynarrative.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;

/**
 * Run by {@link JsonLinesMemoryTest} in a JVM with a small heap: writes a generated corpus to a
 * JSON Lines file, lazily, then streams it back and checks every narrative. Prints
 * {@code written=N read=N bytes=B maxUsedHeapMiB=M} and exits with 0 when all is well.
 */
public final class CorpusStreamer {

  private CorpusStreamer() {}

  /** The i-th narrative of the corpus. */
  static Narrative narrative(int i) {
    return Narrative.builder().id("n" + i).title("Narrative " + i).language("en").version("1")
        .addEras(Era.builder().id("era").name("Era " + i).period(Period.parse("1953/1960")).build())
        .build();
  }

  /** {@code CorpusStreamer FILE COUNT}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long[] maxUsed = {0};
    Runtime runtime = Runtime.getRuntime();

    // A plain stream rather than the atomic Path writer: forcing 170 MB to disk only costs time here.
    try (OutputStream out = Files.newOutputStream(file)) {
      NarrativeJson.create().writeLines(IntStream.range(0, count).mapToObj(i -> {
        if (i % 50_000 == 0) {
          maxUsed[0] = Math.max(maxUsed[0], runtime.totalMemory() - runtime.freeMemory());
        }
        return narrative(i);
      }), out);
    }

    int read = 0;
    try (Stream<Narrative> narratives = NarrativeJson.create().readLines(file)) {
      for (Iterator<Narrative> it = narratives.iterator(); it.hasNext(); read++) {
        Narrative narrative = it.next();
        if (!narrative.equals(narrative(read))) {
          System.out.println("line " + (read + 1) + " reads back as " + narrative);
          System.exit(1);
        }
        if (read % 50_000 == 0) {
          maxUsed[0] = Math.max(maxUsed[0], runtime.totalMemory() - runtime.freeMemory());
        }
      }
    }
    System.out.println("written=" + count + " read=" + read + " bytes=" + Files.size(file)
        + " maxUsedHeapMiB=" + maxUsed[0] / (1024 * 1024) + " maxHeapMiB=" + runtime.maxMemory() / (1024 * 1024));
    System.exit(read == count ? 0 : 2);
  }
}
