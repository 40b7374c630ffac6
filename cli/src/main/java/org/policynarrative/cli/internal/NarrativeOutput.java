package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.AtomicFiles;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;

/** Where a command writes a narrative: a file, replaced atomically, or standard output for {@code -}. */
final class NarrativeOutput {

  /** How standard output is named in messages. */
  static final String STDOUT_NAME = "<stdout>";

  private final Path file;

  private NarrativeOutput(Path file) {
    this.file = file;
  }

  /** The output an argument names: {@code -} for standard output, else a file. */
  static NarrativeOutput of(Path argument) {
    return new NarrativeOutput(Formats.isStandardStream(argument) ? null : argument);
  }

  /** The file, or empty for standard output. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The file's path, or {@value #STDOUT_NAME}. */
  String name() {
    return file == null ? STDOUT_NAME : file.toString();
  }

  /** Fails with a message naming the file when it cannot be written (nothing to check for standard output). */
  void checkWritable() {
    if (file != null) {
      UserFiles.checkWritable(file);
    }
  }

  /**
   * Writes the narrative with {@code format}: to a file atomically (on failure it is unchanged), or
   * to standard output.
   *
   * @throws NarrativeFormatException naming this output when the format cannot represent the narrative
   * @throws CliException when the file cannot be written
   */
  void write(Session session, NarrativeFormat format, Narrative narrative) {
    try {
      if (file == null) {
        OutputStream out = session.stdoutBytes();
        session.limited(format).write(narrative, out);
        out.flush();
      } else {
        checkWritable();
        NarrativeFormat limited = session.limited(format);
        AtomicFiles.write(file, out -> limited.write(narrative, out));
      }
    } catch (NarrativeFormatException e) {
      throw e.inFile(name());
    } catch (IOException e) {
      if (file == null) {
        session.stdoutFailureReported();
        throw new CliException("cannot write standard output: " + Errors.reason(e) + "; the output is incomplete", e);
      }
      throw UserFiles.writeFailed(file, e);
    }
  }
}
