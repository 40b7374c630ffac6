package org.policynarrative.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * Reads JSON Lines one line at a time, so memory stays bounded by the longest line whatever the
 * size of the input. Blank lines are skipped. A bad line fails when it is reached, with its line
 * number; every narrative before it has already been delivered.
 */
public final class JsonLinesReader implements Iterator<Narrative>, Closeable {

  /** The name of the JSON Lines format, used in its errors. */
  public static final String FORMAT = "jsonl";

  private final Reader in;
  private final JsonCodec codec;
  private final String file;
  private final char[] buffer = new char[1 << 14];
  private final StringBuilder line = new StringBuilder(256);
  private int position;
  private int limit;
  private long lineNumber;
  private boolean atStart = true;
  private Narrative next;

  /**
   * A reader over {@code in}, which {@link #close()} closes.
   *
   * @param codec reads each line, and says how long a line may be and whether to validate
   * @param file the input's name for error messages, or {@code null}
   */
  public JsonLinesReader(Reader in, JsonCodec codec, String file) {
    this.in = in;
    this.codec = codec;
    this.file = file;
  }

  /** This reader as a sequential stream that closes the input when closed. */
  public Stream<Narrative> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The number of the last line read, 1-based. */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * @throws NarrativeFormatException when the next non-blank line is not a valid narrative
   * @throws UncheckedIOException when reading fails
   */
  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    try {
      while (readLine()) {
        if (isBlank(line)) {
          continue;
        }
        next = codec.readLine(line.toString(), FORMAT, lineNumber);
        return true;
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NarrativeFormatException e) {
      NarrativeFormatException located = e.line().isPresent() ? e : e.onLine(JsonErrors.lineOf(1, lineNumber));
      throw file == null ? located : located.inFile(file);
    }
  }

  @Override
  public Narrative next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Narrative result = next;
    next = null;
    return result;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Reads the next line into {@link #line}, without its line end; false at the end of input. */
  private boolean readLine() throws IOException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (line.length() > codec.maxDocumentLength()) {
            throw tooLong();
          }
          if (any) {
            lineNumber++;
          }
          return any;
        }
        if (atStart) {
          atStart = false;
          if (buffer[0] == '\uFEFF') {
            position = 1;
          }
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      line.append(buffer, start, position - start);
      // One more than the limit for a CR before the LF; stops a line without end from filling memory.
      if (line.length() - 1 > codec.maxDocumentLength()) {
        throw tooLong();
      }
      if (position < limit) {
        position++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        if (line.length() > codec.maxDocumentLength()) {
          throw tooLong();
        }
        lineNumber++;
        return true;
      }
    }
  }

  /** The error for the line being read, which is longer than the codec's document length limit. */
  private NarrativeFormatException tooLong() {
    return JsonErrors.tooLong(FORMAT, codec.maxDocumentLength(), DocumentLimits.Unit.CHARACTERS, lineNumber + 1);
  }

  private static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
