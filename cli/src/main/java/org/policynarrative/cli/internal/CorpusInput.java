package org.policynarrative.cli.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.policynarrative.core.spi.CorpusEntry;
import org.policynarrative.core.spi.CorpusReader;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * The entries of the corpora a command is given, one file after another, as one corpus: failed
 * entries name their file; lines are numbered on through the files (the second file's first line
 * follows the first file's last), so that they stay unique when the files are joined; and progress
 * is reported as entries are read. A file of a single-narrative format is a corpus of one.
 */
final class CorpusInput implements CorpusReader {

  private final Session session;
  private final List<NarrativeInput> inputs;
  private final List<NarrativeFormat> formats;
  private final Progress progress;
  private int index = -1;
  private CorpusReader current;
  private CountingStream counted;
  private long lineOffset;
  private long lastLine;
  private long doneBytes;
  private long entries;

  /**
   * @param formats the format of each input, in the same order
   */
  CorpusInput(Session session, List<NarrativeInput> inputs, List<NarrativeFormat> formats, Progress progress) {
    this.session = session;
    this.inputs = inputs;
    this.formats = formats;
    this.progress = progress;
    long total = 0;
    for (NarrativeInput input : inputs) {
      Optional<Path> file = input.file();
      try {
        total = file.isPresent() && Files.isRegularFile(file.get()) && total >= 0 ? total + Files.size(file.get()) : -1;
      } catch (IOException e) {
        total = -1;
      }
    }
    progress.totalBytes(total);
  }

  /** The input whose entries are being read. */
  NarrativeInput currentInput() {
    return inputs.get(Math.max(index, 0));
  }

  @Override
  public boolean hasNext() {
    try {
      while (current == null || !current.hasNext()) {
        if (!advance()) {
          return false;
        }
      }
      return true;
    } catch (UncheckedIOException e) {
      throw readFailed(e.getCause());
    }
  }

  @Override
  public CorpusEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CorpusEntry entry;
    try {
      entry = current.next();
    } catch (UncheckedIOException e) {
      throw readFailed(e.getCause());
    }
    lastLine = entry.line();
    entries++;
    progress.update(entries, doneBytes + counted.count);
    long line = entry.line() + lineOffset;
    if (entry.problem().isPresent()) {
      NarrativeFormatException problem = entry.problem().get();
      return CorpusEntry.failed(line, problem.file().isPresent() ? problem : problem.inFile(currentInput().name()));
    }
    return lineOffset == 0 ? entry : CorpusEntry.of(line, entry.narrative().get());
  }

  @Override
  public void close() throws IOException {
    progress.finish();
    if (current != null) {
      current.close();
    }
  }

  private boolean advance() {
    if (current != null) {
      try {
        current.close();
      } catch (IOException e) {
        // Read to the end already: nothing is lost.
      }
      lineOffset += lastLine;
      lastLine = 0;
      doneBytes += counted.count;
    }
    if (index + 1 >= inputs.size()) {
      current = null;
      return false;
    }
    index++;
    NarrativeInput input = inputs.get(index);
    input.checkReadable();
    try {
      InputStream in = input.file().isPresent() ? Files.newInputStream(input.file().get())
          : new FilterInputStream(session.stdin()) {
            @Override
            public void close() {
              // Standard input belongs to the caller.
            }
          };
      counted = new CountingStream(in);
      current = session.limited(formats.get(index)).readCorpus(counted);
    } catch (IOException e) {
      throw readFailed(e);
    }
    return true;
  }

  private CliException readFailed(IOException e) {
    NarrativeInput input = currentInput();
    if (input.file().isEmpty()) {
      return new CliException("cannot read standard input: " + Errors.describe(e), e);
    }
    return UserFiles.readFailed(input.file().get(), e);
  }

  /** Counts the bytes read, for the progress report. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
