package org.policynarrative.json.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.regex.Pattern;
import org.policynarrative.core.spi.DocumentLimits;
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
  /** Jackson's note on where a structure started names the source, which says nothing useful here. */
  private static final Pattern SOURCE_DETAIL = Pattern.compile("\\s*\\(start marker at \\[.*?]\\)", Pattern.DOTALL);

  private JsonErrors() {}

  /** A Jackson failure while reading a document (or line {@code lineNumber} of JSON Lines). */
  static NarrativeFormatException translate(String format, JacksonException e, JsonParser p, long lineNumber) {
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
      return NarrativeFormatException.builder(format, DocumentLimits.tooLongMessage("line " + lineNumber, maxLength,
          unit, RAISE_WITH + ", which applies to each JSON Lines line")).line(lineOf(1, lineNumber)).build();
    }
    return new NarrativeFormatException(format, DocumentLimits.tooLongMessage("the document", maxLength, unit,
        RAISE_WITH));
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
      return "the input exceeds a safety limit of this reader: " + original;
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
}
