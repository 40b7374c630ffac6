package org.policynarrative.json.internal.deser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.policynarrative.core.spi.LocationIndex;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.json.internal.fields.FieldTable;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;

/**
 * The cursor the per-type readers share: typed scalar reads that fail with a located message,
 * lists, and {@link #object} for a walk over an object's fields. Every method expects the parser on
 * the first token of the value it reads and leaves it on the last token of that value.
 *
 * <p>One instance reads one value Jackson hands over (a whole narrative, or a model value inside a
 * user's document); it is not shared between threads.
 */
final class JsonInput {

  private final JsonParser parser;
  private final boolean failOnUnknown;
  /** On a validating read, where each value was read (the codec passes it as an attribute); otherwise null. */
  private final LocationIndex locations;
  /** The errors so far, on a read that goes on after an error (the codec's); otherwise the first ends the read. */
  private final ReadErrors errors;
  /**
   * The object whose field value the parser is on, the field's name and the value's location, as
   * set by {@link ObjectScope#next()}: a place is only made for values that need one (objects and
   * arrays, see {@link #object} and {@link #list}).
   */
  private Place fieldOf;
  private String fieldName;
  private TokenStreamLocation fieldLocation;
  /** The array whose element the parser is on, and the element's index, as set by {@link #list}. */
  private Place elementOf;
  private int elementIndex;
  /**
   * One scope per nesting depth of the objects being read, reused object after object: a scope is
   * done with (built) before the next object at its depth starts. {@link #depth} counts those open.
   */
  private ObjectScope[] scopes = new ObjectScope[4];
  private int depth;
  /** One list per nesting depth of {@link #list}, reused likewise: callers copy what it returns at once. */
  private List<Object>[] lists = newLists(4);
  private int listDepth;
  /**
   * The first field met that format version 2 added to an object of version 1, and its name, as
   * {@link ObjectScope#next()} notes it; {@code null} when there was none. The document reader
   * refuses it when the document says it is in version 1.
   */
  private Place firstVersion2Field;
  private String firstVersion2Name;

  JsonInput(JsonParser parser, DeserializationContext ctxt) {
    this.parser = parser;
    this.failOnUnknown = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.locations = ctxt.getAttribute(LocationIndex.class) instanceof LocationIndex index ? index : null;
    this.errors = new ReadErrors(parser, Boolean.TRUE.equals(ctxt.getAttribute(ReadErrors.ATTRIBUTE)));
  }

  /** The errors of this read: kept and read on after, or thrown at once ({@link ReadErrors}). */
  ReadErrors errors() {
    return errors;
  }

  JsonParser parser() {
    return parser;
  }

  /** The token the parser is on. */
  JsonToken token() {
    return parser.currentToken();
  }

  boolean failsOnUnknownFields() {
    return failOnUnknown;
  }

  /**
   * Starts reading an object field by field: loop over {@link ObjectScope#next()} until it returns
   * {@code null}, reading each field's value.
   *
   * @param fields the object's fields, the required ones and its name for messages
   * @param deferUnknown report an unknown field only after the whole object was read (used at the
   *     root, so that a newer format version is reported rather than a field it added)
   */
  ObjectScope object(FieldTable fields, boolean deferUnknown) {
    expect(JsonToken.START_OBJECT, fields.what(), " as a JSON object");
    Place start;
    if (fieldOf != null) {
      start = Place.field(fieldLocation, fieldOf, fieldName); // taken on this very token
    } else if (elementOf != null) {
      start = Place.element(parser.currentTokenLocation(), elementOf, elementIndex);
    } else {
      start = here();
      record(start);
    }
    fieldOf = null;
    elementOf = null;
    if (depth == scopes.length) {
      scopes = Arrays.copyOf(scopes, depth * 2);
    }
    ObjectScope scope = scopes[depth];
    if (scope == null) {
      scope = new ObjectScope(this);
      scopes[depth] = scope;
    }
    depth++;
    return scope.start(fields, start, deferUnknown);
  }

  /** Called by {@link ObjectScope} with the parser on a field's value. */
  void enterField(Place object, String name, TokenStreamLocation location) {
    fieldOf = object;
    fieldName = name;
    fieldLocation = location;
    if (locations != null) {
      record(Place.field(location, object, name));
    }
  }

  /** Called by {@link ObjectScope} for a field that format version 2 added to an object of version 1. */
  void noteVersion2Field(Place object, String name, TokenStreamLocation location) {
    if (firstVersion2Field == null) {
      firstVersion2Field = Place.field(location, object, name);
      firstVersion2Name = name;
    }
  }

  /** The first field read that format version 2 added to an object of version 1, or {@code null}. */
  Place firstVersion2Field() {
    return firstVersion2Field;
  }

  /** The name of {@link #firstVersion2Field()}. */
  String firstVersion2Name() {
    return firstVersion2Name;
  }

  /** Called by {@link ObjectScope} when the parser has left a field's value. */
  void leaveField() {
    fieldOf = null;
  }

  /** Called by {@link ObjectScope} at the end of its object. */
  void closeObject() {
    depth--;
  }

  /** A string. */
  String string() {
    expect(JsonToken.VALUE_STRING, "a string", "");
    return parser.getString();
  }

  /** A value made from a string by a core parser, whose {@link IllegalArgumentException} is located here. */
  <T> T parsed(Function<String, T> parse) {
    String text = string();
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      // Core's parsers name the text in most messages; the others get it put in front.
      String message = String.valueOf(e.getMessage());
      String quoted = NarrativeFormatException.quote(text);
      throw fail(message.contains(quoted) ? message : quoted + ": " + message);
    }
  }

  /**
   * An array of values. The list is this reader's, reused for the next array at the same depth:
   * the caller copies it at once (as the builders' {@code addAll} methods do).
   */
  <T> List<T> list(JsonName what, Function<JsonInput, T> element) {
    expect(JsonToken.START_ARRAY, what.text(), " as a JSON array");
    Place array = fieldOf != null ? Place.field(fieldLocation, fieldOf, fieldName) : here();
    fieldOf = null;
    if (listDepth == lists.length) {
      lists = Arrays.copyOf(lists, listDepth * 2);
    }
    List<Object> values = lists[listDepth];
    if (values == null) {
      values = new ArrayList<>();
      lists[listDepth] = values;
    }
    values.clear();
    listDepth++;
    int arrayDepth = parser.streamReadContext().getNestingDepth();
    boolean skipped = false;
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      elementOf = array;
      elementIndex = i;
      if (locations != null) {
        record(Place.element(parser.currentTokenLocation(), array, i));
      }
      try {
        values.add(element.apply(this));
      } catch (JacksonException e) {
        errors.recover(e, arrayDepth);
        fieldOf = null;
        skipped = true;
      }
      elementOf = null;
    }
    listDepth--;
    if (skipped) {
      throw new ReadErrors.Skipped();
    }
    @SuppressWarnings("unchecked")
    List<T> read = (List<T>) values;
    return read;
  }

  /** An array of strings. */
  List<String> strings(JsonName what) {
    return list(what, JsonInput::string);
  }

  /** An object of language tags to strings, in document order. */
  Map<String, String> labels(JsonName what) {
    expect(JsonToken.START_OBJECT, what.text(), " as a JSON object of language tag to text");
    fieldOf = null;
    Map<String, String> labels = new LinkedHashMap<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      String tag = parser.currentName();
      if (labels.containsKey(tag)) {
        throw fail("duplicate language tag '" + tag + "' in " + what.text() + "; a tag may appear only once");
      }
      parser.nextToken();
      labels.put(tag, string());
    }
    return labels;
  }

  /**
   * Skips the value the parser is on, checking as it goes that no object inside repeats a name
   * (what Jackson's {@code STRICT_DUPLICATE_DETECTION} would check, without its hash set per object
   * for the objects these readers read themselves).
   */
  void skip() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Set<String> names = new HashSet<>();
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
        String name = parser.currentName();
        if (!names.add(name)) {
          throw duplicate(name, "an object");
        }
        parser.nextToken();
        skip();
      }
    } else if (token == JsonToken.START_ARRAY) {
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        skip();
      }
    }
  }

  /** The error for a name the parser is on that its object already had: at the name. */
  InvalidNarrativeJsonException duplicate(String name, String object) {
    return fail("duplicate field '" + name + "' in " + object + "; a field may appear only once in an object");
  }

  /** An error at the current token. */
  InvalidNarrativeJsonException fail(String message) {
    return fail(here(), message);
  }

  InvalidNarrativeJsonException fail(Place place, String message) {
    return new InvalidNarrativeJsonException(parser, message, place.location, place.pointer());
  }

  /** The current token's place, pointer included: for an error found now. */
  Place here() {
    return Place.at(parser.currentTokenLocation(), parser.streamReadContext().pathAsPointer().toString());
  }

  /** On a validating read, notes where the value at {@code place} is. */
  private void record(Place place) {
    TokenStreamLocation at = place.location;
    if (locations != null && at != null && at.getLineNr() > 0 && at.getColumnNr() > 0) {
      locations.record(place.path(), at.getLineNr(), at.getColumnNr());
    }
  }

  /** Fails unless the parser is on {@code expected}; the description comes in two parts, joined only for the error. */
  void expect(JsonToken expected, String what, String as) {
    JsonToken token = parser.currentToken();
    if (token != expected) {
      throw fail("expected " + what + as + ", but found " + describe(token));
    }
  }

  /** A JSON token in words. */
  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }

  @SuppressWarnings("unchecked")
  private static List<Object>[] newLists(int size) {
    return (List<Object>[]) new List<?>[size];
  }
}
