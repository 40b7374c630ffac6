package org.policynarrative.json.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.DocumentLimits.TooLongException;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.json.internal.deser.InvalidNarrativeJsonException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Turns what goes wrong in a read into {@link NarrativeFormatException}s a person can act on. */
final class JsonErrors {

  /** How a reader raises its length limit, for the message of input that passes it. */
  private static final String RAISE_WITH = "NarrativeJson.withMaxDocumentLength(long)";
  /** The same for JSON Lines, where it applies to each line. */
  private static final String RAISE_LINE_WITH = RAISE_WITH + ", which applies to each JSON Lines line";
  /** Jackson's note on where a structure started names the source, which says nothing useful here. */
  /** Where Jackson's limit messages point to its Java API, which a reader of the message cannot change. */
  private static final Pattern JACKSON_API = Pattern.compile(", from `?[A-Za-z]+\\.[A-Za-z]+\\(\\)`?");
  private static final Pattern SOURCE_DETAIL = Pattern.compile("\\s*\\(start marker at \\[.*?]\\)", Pattern.DOTALL);

  private JsonErrors() {}

  /**
   * A Jackson failure while reading a document (or line {@code lineNumber} of JSON Lines), with the
   * errors the read found after it ({@link InvalidNarrativeJsonException#moreErrors()}).
   */
  static NarrativeFormatException translate(String format, JacksonException e, JsonParser p, long lineNumber) {
    NarrativeFormatException first = translateOne(format, e, p, lineNumber);
    if (!(e instanceof InvalidNarrativeJsonException invalid) || invalid.moreErrors().isEmpty()) {
      return first;
    }
    List<NarrativeFormatException> more = new ArrayList<>(invalid.moreErrors().size());
    for (JacksonException other : invalid.moreErrors()) {
      more.add(translateOne(format, other, p, lineNumber));
    }
    return first.withMoreErrors(more);
  }

  private static NarrativeFormatException translateOne(String format, JacksonException e, JsonParser p,
      long lineNumber) {
    String pointer;
    String message;
    if (e instanceof InvalidNarrativeJsonException invalid) {
      pointer = invalid.pointer();
      message = invalid.getOriginalMessage();
    } else {
      pointer = p.streamReadContext().pathAsPointer().toString();
      message = describe(e);
    }
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() <= 0) {
      location = p.currentLocation();
    }
    return at(format, message, location, lineNumber).path(pointer).cause(e).build();
  }

  /** An error at {@code location}, or on line {@code lineNumber} of JSON Lines (when above 0). */
  static NarrativeFormatException.Builder at(String format, String message, TokenStreamLocation location,
      long lineNumber) {
    NarrativeFormatException.Builder error = NarrativeFormatException.builder(format, message);
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    if (line > 0 || lineNumber > 0) {
      line = lineOf(line, lineNumber);
      if (column > 0) {
        error.at(line, column);
      } else {
        error.line(line);
      }
    }
    return error;
  }

  static NarrativeFormatException empty(String format, long lineNumber) {
    return NarrativeFormatException.builder(format, "the input is empty; expected a JSON object holding a narrative")
        .at(lineOf(1, lineNumber), 1).path("").build();
  }

  static NarrativeFormatException trailing(String format, TokenStreamLocation location, long lineNumber) {
    String message = lineNumber > 0
        ? "unexpected content after the narrative; a JSON Lines line holds exactly one narrative"
        : "unexpected content after the end of the narrative; a JSON document holds exactly one narrative "
            + "(use JSON Lines, .jsonl, for many)";
    return at(format, message, location, lineNumber).path("").build();
  }

  /** A document longer than the limit; for JSON Lines, the line number of that line. */
  static NarrativeFormatException tooLong(String format, long maxLength, DocumentLimits.Unit unit, long lineNumber) {
    if (lineNumber > 0) {
      return DocumentLimits.tooLong(format, new TooLongException("line " + lineNumber, maxLength, unit, false),
          RAISE_LINE_WITH).line(lineOf(1, lineNumber)).build();
    }
    return DocumentLimits.tooLong(format, new TooLongException("the document", maxLength, unit, false), RAISE_WITH)
        .build();
  }

  /**
   * A format error when {@code cause} is a writer passing the length limit, naming {@code what} was
   * written (the document, or a JSON Lines line). Otherwise {@code cause}, a real I/O failure, for the
   * caller to throw. No path: the writer's place when its buffer reached the limit can be several
   * thousand bytes past the place where the document did.
   */
  static IOException writeFailure(String format, IOException cause, String what) {
    if (cause instanceof TooLongException tooLong) {
      throw DocumentLimits.tooLong(format, tooLong.about(what),
          JsonLinesReader.FORMAT.equals(format) ? RAISE_LINE_WITH : RAISE_WITH).build();
    }
    return cause;
  }

  /**
   * A format error when {@code cause} is about the input rather than the I/O: the input passing the
   * length limit, or bytes that Jackson's encoding detection cannot decode (it takes some byte
   * patterns for UTF-32). Otherwise {@code cause}, a real I/O failure, for the caller to throw.
   */
  static IOException formatErrorOr(IOException cause, String format, boolean bytesRejected) {
    if (cause instanceof DocumentLimits.TooLongException tooLong) {
      throw tooLong(format, tooLong.maxLength(), tooLong.unit(), 0);
    }
    if (cause instanceof SourceFailure failure) {
      return failure.original();
    }
    if (cause instanceof CharConversionException || bytesRejected) {
      throw NarrativeFormatException.builder(format, "the input is not text in a JSON encoding ("
          + cause.getMessage() + "); expected a UTF-8 JSON document").at(1, 1).cause(cause).build();
    }
    return cause;
  }

  /** The line to report: the JSON Lines line when reading one, otherwise the parser's. */
  static int lineOf(int parserLine, long lineNumber) {
    return lineNumber > 0 ? (int) Math.min(Integer.MAX_VALUE, lineNumber) : parserLine;
  }

  private static String describe(JacksonException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return passedLimit(original);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return "the input ends before the JSON value is complete ("
          + SOURCE_DETAIL.matcher(original).replaceAll("") + ")";
    }
    if (e instanceof StreamReadException) {
      return "malformed JSON: " + original;
    }
    return original;
  }

  /**
   * Jackson's message for input past one of the limits {@link JsonCodec#CONSTRAINTS} sets, in the
   * reader's words: which limit, and that no narrative comes near it (so there is nothing to raise).
   * Jackson's exception has no field that says which limit, so its message is matched; the test of
   * each limit notices when a new Jackson words it otherwise, and an unknown one is passed on with
   * its pointer to Jackson's Java API cut.
   */
  private static String passedLimit(String original) {
    if (original.startsWith("Document nesting depth")) {
      return "the input nests arrays and objects more than " + DocumentLimits.MAX_NESTING_DEPTH + " levels deep, the"
          + " most this reader accepts; a narrative nests 6 deep, so this is not a narrative document";
    }
    if (original.startsWith("Number value length")) {
      return "a number is longer than " + DocumentLimits.MAX_NUMBER_LENGTH + " characters, the most this reader"
          + " accepts; the numbers of a narrative are 32-bit integers and the decimals of its figures";
    }
    if (original.startsWith("Name length")) {
      return String.format(Locale.ROOT, "a field name is longer than %,d characters, the most this reader accepts;"
          + " no field of a narrative has a name that long", DocumentLimits.MAX_NAME_LENGTH);
    }
    return "the input exceeds a limit of this reader: " + JACKSON_API.matcher(original).replaceAll("");
  }
}
