package org.policynarrative.json.internal.deser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;

/**
 * A cursor over the parser for the hand-written readers: typed scalar reads that fail with a
 * located message, and an object walk that rejects unknown, duplicate and missing fields.
 * Every method expects the parser on the first token of the value it reads and leaves it on the
 * last token of that value.
 */
final class JsonInput {

  /** Core invariant messages start with {@code Type.attribute}; the attribute locates the error. */
  private static final Pattern ATTRIBUTE = Pattern.compile("^[A-Z][A-Za-z]*\\.([A-Za-z]+)");

  private final JsonParser parser;
  private final boolean failOnUnknown;

  JsonInput(JsonParser parser, DeserializationContext ctxt) {
    this.parser = parser;
    this.failOnUnknown = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Handles the value of one field; returns false when the field is not known. */
  @FunctionalInterface
  interface FieldHandler {
    boolean read(String name);
  }

  /** Where a value stands: for errors found after it was read. */
  static final class Place {
    final TokenStreamLocation location;
    final String pointer;

    Place(TokenStreamLocation location, String pointer) {
      this.location = location;
      this.pointer = pointer;
    }
  }

  /** The fields of one object after they were read, to locate errors found by the builder. */
  final class ObjectScope {
    private final String what;
    private final Place object;
    private final Map<String, Place> fields;

    ObjectScope(String what, Place object, Map<String, Place> fields) {
      this.what = what;
      this.object = object;
      this.fields = fields;
    }

    /** True when the field was present. */
    boolean has(String name) {
      return fields.containsKey(name);
    }

    /**
     * Runs the builder; an {@link IllegalArgumentException} (a core invariant) becomes an error at
     * the field it names, or at the object.
     */
    <T> T build(Supplier<T> builder) {
      try {
        return builder.get();
      } catch (IllegalArgumentException e) {
        Place place = object;
        Matcher m = ATTRIBUTE.matcher(String.valueOf(e.getMessage()));
        if (m.find() && fields.containsKey(m.group(1))) {
          place = fields.get(m.group(1));
        }
        throw fail(place, "invalid " + what + ": " + e.getMessage());
      }
    }

    /** Fails at a field (or at the object when the field is absent). */
    InvalidNarrativeJsonException failAt(String field, String message) {
      return fail(fields.getOrDefault(field, object), message);
    }
  }

  JsonParser parser() {
    return parser;
  }

  /** An error at the current token. */
  InvalidNarrativeJsonException fail(String message) {
    return fail(here(), message);
  }

  InvalidNarrativeJsonException fail(Place place, String message) {
    return new InvalidNarrativeJsonException(parser, message, place.location, place.pointer);
  }

  Place here() {
    return new Place(parser.currentTokenLocation(), parser.streamReadContext().pathAsPointer().toString());
  }

  /**
   * Reads an object field by field.
   *
   * @param what the value's name for messages, such as {@code claim}
   * @param known the allowed field names, in canonical order (for the message on an unknown field)
   * @param required the fields that must be present
   * @param deferUnknown report an unknown field only after the whole object was read (used at the
   *     root, so that a newer format version is reported rather than a field it added)
   */
  ObjectScope object(String what, List<String> known, List<String> required, boolean deferUnknown,
      FieldHandler handler) {
    expect(JsonToken.START_OBJECT, what + " as a JSON object");
    Place start = here();
    Map<String, Place> fields = new LinkedHashMap<>();
    InvalidNarrativeJsonException unknown = null;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      if (token != JsonToken.PROPERTY_NAME) {
        throw fail("expected a field name in " + what + ", but found " + describe(token));
      }
      String name = parser.currentName();
      Place namePlace = here();
      if (fields.containsKey(name)) {
        throw fail(namePlace, "duplicate field '" + name + "' in " + what + "; each field may appear only once");
      }
      parser.nextToken();
      fields.put(name, here());
      if (!handler.read(name)) {
        if (failOnUnknown) {
          InvalidNarrativeJsonException e = fail(namePlace, "unknown field '" + name + "' in " + what
              + "; expected " + String.join(", ", known));
          if (!deferUnknown) {
            throw e;
          }
          unknown = unknown == null ? e : unknown;
        }
        parser.skipChildren();
      }
    }
    for (String field : required) {
      if (!fields.containsKey(field)) {
        throw fail(start, what + " is missing the required field '" + field + "'");
      }
    }
    if (unknown != null) {
      throw unknown;
    }
    return new ObjectScope(what, start, fields);
  }

  /** A string. */
  String string() {
    expect(JsonToken.VALUE_STRING, "a string");
    return parser.getString();
  }

  /** An integer that fits in 32 bits. */
  int integer() {
    expect(JsonToken.VALUE_NUMBER_INT, "an integer");
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw fail("integer " + parser.getString() + " is out of range; expected at most " + Integer.MAX_VALUE);
    }
    return parser.getIntValue();
  }

  /** A value made from a string by a core parser, whose {@link IllegalArgumentException} is located here. */
  <T> T parsed(Function<String, T> parse) {
    String text = string();
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      throw fail(message.contains("'" + text + "'") ? message : "'" + text + "': " + message);
    }
  }

  /** An array of values. */
  <T> List<T> list(String what, Function<JsonInput, T> element) {
    expect(JsonToken.START_ARRAY, what + " as a JSON array");
    List<T> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.apply(this));
    }
    return values;
  }

  /** An array of strings. */
  List<String> strings(String what) {
    return list(what, JsonInput::string);
  }

  /** An object of language tags to strings, in document order. */
  Map<String, String> labels(String what) {
    expect(JsonToken.START_OBJECT, what + " as a JSON object of language tag to text");
    Map<String, String> labels = new LinkedHashMap<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      String tag = parser.currentName();
      if (labels.containsKey(tag)) {
        throw fail("duplicate language tag '" + tag + "' in " + what);
      }
      parser.nextToken();
      labels.put(tag, string());
    }
    return labels;
  }

  private void expect(JsonToken expected, String description) {
    JsonToken token = parser.currentToken();
    if (token != expected) {
      throw fail("expected " + description + ", but found " + describe(token));
    }
  }

  /** A JSON token in words. */
  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }

  static List<String> names(String... names) {
    return Collections.unmodifiableList(java.util.Arrays.asList(names));
  }
}
