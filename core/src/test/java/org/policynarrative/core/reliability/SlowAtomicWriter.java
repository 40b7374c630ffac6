package org.policynarrative.core.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.policynarrative.core.spi.AtomicFiles;

/**
 * The child process of {@link AtomicWriteKillTest}: writes a large file through
 * {@link AtomicFiles#write} slowly, reporting each chunk on standard output, so that the parent
 * can kill it at a chosen point.
 *
 * <p>Arguments: target path, number of chunks.
 */
public final class SlowAtomicWriter {

  private SlowAtomicWriter() {}

  /** Writes {@link AtomicWriteKillTest#newContentChunk(int)} for each chunk, then prints {@code DONE}. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path target = Path.of(args[0]);
    int chunks = Integer.parseInt(args[1]);
    PrintStream progress = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    AtomicFiles.write(target, out -> {
      for (int i = 0; i < chunks; i++) {
        out.write(AtomicWriteKillTest.newContentChunk(i));
        out.flush();
        progress.println("CHUNK " + i);
        try {
          Thread.sleep(3);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
    });
    progress.println("DONE");
  }
}
