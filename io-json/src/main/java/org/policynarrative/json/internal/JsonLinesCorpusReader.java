package org.policynarrative.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.NoSuchElementException;
import org.policynarrative.core.spi.CorpusEntry;
import org.policynarrative.core.spi.CorpusReader;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.StrictUtf8;

/**
 * Reads a JSON Lines corpus entry by entry and goes on after a bad line: a line that is not valid
 * UTF-8, not a valid narrative or longer than the limit is delivered as a failed entry with its
 * line number, and the next line is read as usual. Lines are split on the byte {@code \n}, which
 * never occurs inside a multi-byte UTF-8 character, and each line is decoded on its own, so one
 * malformed byte cannot spoil the rest of the corpus. Memory is bounded by the longest line
 * allowed; the rest of a longer line is skipped unread into memory.
 */
public final class JsonLinesCorpusReader implements CorpusReader {

  private final InputStream in;
  private final JsonCodec codec;
  private final byte[] buffer = new byte[1 << 16];
  private byte[] line = new byte[1 << 10];
  private int lineLength;
  private int position;
  private int limit;
  private long lineNumber;
  private boolean atStart = true;
  private boolean ended;
  private CorpusEntry next;

  /**
   * A reader over {@code in}, which {@link #close()} closes.
   *
   * @param codec reads each line, and says how long a line may be and whether to validate
   */
  public JsonLinesCorpusReader(InputStream in, JsonCodec codec) {
    this.in = in;
    this.codec = codec;
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    try {
      while (!ended) {
        if (!readLine()) {
          next = CorpusEntry.failed(lineNumber, JsonErrors.tooLong(JsonLinesReader.FORMAT, codec.maxDocumentLength(),
              DocumentLimits.Unit.BYTES, lineNumber));
          return true;
        }
        if (isBlank()) {
          continue;
        }
        next = entry();
        return true;
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public CorpusEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CorpusEntry result = next;
    next = null;
    return result;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private CorpusEntry entry() {
    int length = lineLength;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    String text;
    try {
      // The JDK's decoding is fast but hides malformed bytes behind U+FFFD: the strict decoder
      // runs, and reports, only when one appears.
      text = new String(line, 0, length, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0) {
        text = StrictUtf8.decode(Arrays.copyOf(line, length), JsonLinesReader.FORMAT);
      }
    } catch (NarrativeFormatException e) {
      return CorpusEntry.failed(lineNumber, e.onLine(JsonErrors.lineOf(1, lineNumber)));
    }
    try {
      return CorpusEntry.of(lineNumber, codec.readLine(text, JsonLinesReader.FORMAT, lineNumber));
    } catch (NarrativeFormatException e) {
      return CorpusEntry.failed(lineNumber, e.line().isPresent() ? e : e.onLine(JsonErrors.lineOf(1, lineNumber)));
    }
  }

  /**
   * Reads the next line's bytes, without the {@code \n}, into {@link #line}; sets {@link #ended} at
   * the end of input. Returns false when the line is longer than the limit (its rest is skipped).
   */
  private boolean readLine() throws IOException {
    lineLength = 0;
    boolean any = false;
    boolean tooLong = false;
    long max = codec.maxDocumentLength();
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          ended = true;
          if (any) {
            lineNumber++;
          }
          return !tooLong && lineLength <= max;
        }
        if (atStart) {
          atStart = false;
          if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            position = 3;   // a byte order mark before the first line
          }
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int count = position - start;
      // One more than the limit for a CR before the LF; stops a line without end from filling memory.
      if (!tooLong && (long) lineLength + count - 1 > max) {
        tooLong = true;
      }
      if (!tooLong) {
        append(start, count);
      }
      if (position < limit) {
        position++;
        lineNumber++;
        int content = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
        return !tooLong && content <= max;
      }
    }
  }

  private void append(int start, int count) {
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
    }
    System.arraycopy(buffer, start, line, lineLength, count);
    lineLength += count;
  }

  private boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
        return false;
      }
    }
    return true;
  }
}
