package org.policynarrative.json.internal.deser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policynarrative.core.spi.NarrativeFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The errors of one read that goes on after an error (the facade's and the SPI formats' reads, not
 * a user's own mapper): each value-level error is kept, the value it is in skipped, and reading
 * resumes with the next field or array element, up to {@link NarrativeFormatException#MAX_ERRORS}.
 * A syntax error ends the read and comes last.
 *
 * <p>How the readers use it: each loop over an object's fields, and {@link JsonInput#list} over an
 * array's elements, catches what reading one value throws and hands it to {@link #recover}. An
 * object one of whose values failed is not built (its builder would only repeat the error): it
 * throws {@link Skipped}, which the enclosing value's loop catches in turn without a second error.
 * A happy read pays for none of this: a {@code try} costs nothing until something is thrown.
 */
final class ReadErrors {

  /** The attribute that asks the deserializers for every error (the codec sets it, to {@code Boolean.TRUE}). */
  static final String ATTRIBUTE = "org.policynarrative.json.collectErrors";

  /** Errors by their place in the document: the builders' errors come after the values inside the object. */
  private static final Comparator<InvalidNarrativeJsonException> BY_PLACE = Comparator
      .comparingLong((InvalidNarrativeJsonException e) -> line(e.getLocation()))
      .thenComparingLong(e -> column(e.getLocation()));

  private final JsonParser parser;
  /** False for a user's own mapper: every error is thrown at once, as before this class. */
  private final boolean collects;
  private final List<InvalidNarrativeJsonException> found = new ArrayList<>(0);
  /** Set once the read must end: the limit was reached, or an error was reported alone. */
  private boolean ended;

  /**
   * @param collects true to keep errors and read on, false to throw each at once
   */
  ReadErrors(JsonParser parser, boolean collects) {
    this.parser = parser;
    this.collects = collects;
  }

  /** True when this read goes on after an error. */
  boolean collects() {
    return collects;
  }

  /** Throws every error kept, when a read that went on after errors reached the end of its value. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw all(null);
    }
  }

  /**
   * Keeps the error {@code e} thrown while a value inside the container at nesting depth
   * {@code depth} was read (or notes that it was already kept, for {@link Skipped}), and leaves the
   * parser on the last token of that value, so that the container's loop goes on with the next one.
   *
   * @throws JacksonException {@code e} itself when it ends the read: on a read that does not go on
   *     after an error, a syntax error, a limit of the parser, or any error once the read has ended
   */
  void recover(JacksonException e, int depth) {
    if (!collects || ended) {
      throw e;
    }
    if (e instanceof InvalidNarrativeJsonException invalid) {
      keep(invalid);
    } else if (!(e instanceof Skipped)) {
      throw e;
    }
    while (true) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        parser.skipChildren();
      }
      if (parser.streamReadContext().getNestingDepth() <= depth) {
        return;
      }
      if (parser.nextToken() == null) {
        return; // only a truncated input gets here, and the parser has already failed on it
      }
    }
  }

  /**
   * Keeps an error found where reading can simply go on (an unknown or repeated field, a missing
   * one).
   *
   * @throws InvalidNarrativeJsonException {@code e} on a read that does not go on after an error;
   *     every error kept, when this one reaches the limit
   */
  void keep(InvalidNarrativeJsonException e) {
    if (!collects) {
      throw e;
    }
    found.add(e);
    if (found.size() >= NarrativeFormatException.MAX_ERRORS) {
      ended = true;
      throw (InvalidNarrativeJsonException) all(null);
    }
  }

  /**
   * Ends the read with {@code e} alone (a newer format version: the other errors would be noise);
   * the caller throws what this returns.
   */
  InvalidNarrativeJsonException alone(InvalidNarrativeJsonException e) {
    ended = collects;
    return e;
  }

  /**
   * What the read throws: with no error kept, {@code last} as it is; otherwise the first error kept,
   * followed by the others in document order and, when a syntax error ended the read, by it.
   *
   * @param last what ended the read, or {@code null} when it ran to the end
   */
  JacksonException all(JacksonException last) {
    if (last != null && (ended || endsAlone(last))) {
      return last;
    }
    List<InvalidNarrativeJsonException> sorted = new ArrayList<>(found);
    if (last instanceof InvalidNarrativeJsonException invalid) {
      sorted.add(invalid); // the outermost value's own error, such as its builder's
    }
    if (sorted.isEmpty()) {
      return last;
    }
    sorted.sort(BY_PLACE);
    List<JacksonException> rest = new ArrayList<>(sorted.subList(1, sorted.size()));
    if (last != null && !(last instanceof InvalidNarrativeJsonException) && !(last instanceof Skipped)) {
      rest.add(last); // a syntax error: where the read ended
    }
    return sorted.get(0).followedBy(rest);
  }

  /**
   * True for what says the input is no narrative document, or could not be read, whatever else is
   * wrong in it: a limit of the parser (nesting, the length of a number or a name), and a failure of
   * the input stream or of the document length limit, which the codec reports in words of its own.
   */
  private static boolean endsAlone(JacksonException e) {
    return e instanceof StreamConstraintsException || e instanceof JacksonIOException;
  }

  private static long line(TokenStreamLocation at) {
    return at == null || at.getLineNr() <= 0 ? Long.MAX_VALUE : at.getLineNr();
  }

  private static long column(TokenStreamLocation at) {
    return at == null || at.getColumnNr() <= 0 ? Long.MAX_VALUE : at.getColumnNr();
  }

  /**
   * Thrown by a value that was not built because an error inside it was already kept: the enclosing
   * loop skips the value without another error. No stack trace: it is control flow.
   */
  static final class Skipped extends JacksonException {

    private static final long serialVersionUID = 1L;

    Skipped() {
      super("a value with an error was skipped");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
