package org.policynarrative.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.json.internal.deser.InvalidNarrativeJsonException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Turns Jackson's exceptions into {@link NarrativeFormatException}s a person can act on. */
final class JsonErrors {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);
  /** Jackson's note on where a structure started names the source, which says nothing useful here. */
  private static final Pattern SOURCE_DETAIL = Pattern.compile("\\s*\\(start marker at \\[.*?]\\)", Pattern.DOTALL);
  private static final Pattern VALIDATOR_INDEX = Pattern.compile("\\[(\\d+)]");

  private JsonErrors() {}

  static NarrativeFormatException translate(String format, JacksonException e, JsonParser p, long lineNumber) {
    String pointer;
    String message;
    if (e instanceof InvalidNarrativeJsonException) {
      pointer = ((InvalidNarrativeJsonException) e).pointer();
      message = e.getOriginalMessage();
    } else {
      pointer = p.streamReadContext().pathAsPointer().toString();
      message = describe(e);
    }
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() <= 0) {
      location = p.currentLocation();
    }
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    if (message.startsWith("Trailing token")) {
      return trailing(format, location, lineNumber);
    }
    return new NarrativeFormatException(format, message, lineNumber > 0 ? JsonCodec.lineOf(line, lineNumber) : line,
        column, pointer, e);
  }

  static NarrativeFormatException trailing(String format, TokenStreamLocation location, long lineNumber) {
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    String message = lineNumber > 0
        ? "unexpected content after the narrative; a JSON Lines line holds exactly one narrative"
        : "unexpected content after the end of the narrative; a JSON document holds exactly one narrative "
            + "(use JSON Lines, .jsonl, for many)";
    return new NarrativeFormatException(format, message, lineNumber > 0 ? JsonCodec.lineOf(line, lineNumber) : line,
        column, "", null);
  }

  private static String describe(JacksonException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return "the input exceeds a safety limit of this reader: " + original;
    }
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      return "duplicate field '" + duplicate.group(1) + "'; each field may appear only once in an object";
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

  /** The validator's path ({@code claims[3].about[1]}) as a JSON Pointer ({@code /claims/3/about/1}). */
  static String pointerOf(String validatorPath) {
    if (validatorPath.isEmpty()) {
      return "";
    }
    return "/" + VALIDATOR_INDEX.matcher(validatorPath).replaceAll(".$1").replace('.', '/');
  }
}
