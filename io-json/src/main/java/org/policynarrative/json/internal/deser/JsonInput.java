package org.policynarrative.json.internal.deser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.ReaderBasedJsonParser;
import tools.jackson.core.json.UTF8StreamJsonParser;
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

  /**
   * The most units a name can take in the input, quotes included: the codec's longest name
   * ({@code JsonCodec.MAX_NAME_LENGTH}, 1,000 characters), each written as a six-unit escape.
   */
  private static final long MAX_QUOTED_NAME = 6L * 1_000 + 2;

  private final JsonParser parser;
  private final boolean failOnUnknown;
  /**
   * The input the codec gave the parser, when the codec left Jackson's
   * {@code STRICT_DUPLICATE_DETECTION} off: then these readers find duplicate names themselves and
   * report them exactly as Jackson would (same exception, message, place and precedence), from
   * the presence bits they keep anyway rather than a hash set per object. {@code null} otherwise.
   */
  private final RecentInput duplicatesAsJackson;
  /**
   * The object whose field value the parser is on, the field's name and the value's location, as
   * set by {@link #object}: the value's {@link Place} is only made when the value is an object or
   * array (see {@link #takeValuePlace()}).
   */
  private Place fieldOf;
  private String fieldName;
  private long fieldOffset;
  private long fieldLineColumn;
  private TokenStreamLocation fieldLocation;
  /**
   * The parser as Jackson's JSON parser base, whose token position can be read without making a
   * {@link TokenStreamLocation} (one per field otherwise), or {@code null} for any other parser
   * (such as a token buffer inside a user's mapper), whose locations are then taken as objects.
   * {@link #locationOf} makes the same location that {@code currentTokenLocation()} would have.
   */
  private final ParserBase tokens;
  private final boolean byteOffsets;
  /**
   * One {@link ObjectScope} per nesting depth of the objects being read, reused object after
   * object: a scope is done with (built) before the next object at its depth starts. {@link #depth}
   * counts the objects open now.
   */
  private ObjectScope[] scopes = new ObjectScope[4];
  private int depth;
  /** One list per nesting depth of {@link #list}, reused likewise: callers copy what it returns at once. */
  private ArrayList<Object>[] lists = newLists(4);
  private int listDepth;
  /**
   * The array whose element the parser is on, and the element's index, as set by {@link #list}:
   * the element's {@link Place} is only made when the element is an object or array.
   */
  private Place elementOf;
  private int elementIndex;

  JsonInput(JsonParser parser, DeserializationContext ctxt) {
    this.parser = parser;
    if ((parser instanceof UTF8StreamJsonParser || parser instanceof ReaderBasedJsonParser)
        && parser.currentToken() != JsonToken.PROPERTY_NAME) {
      this.tokens = (ParserBase) parser;
      this.byteOffsets = parser instanceof UTF8StreamJsonParser;
    } else {
      this.tokens = null;
      this.byteOffsets = false;
    }
    this.failOnUnknown = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.duplicatesAsJackson = !parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        && parser.streamReadInputSource() instanceof RecentInput ? (RecentInput) parser.streamReadInputSource() : null;
  }

  /**
   * The field names of one kind of object, made once per kind: the allowed names in canonical order
   * (for the message on an unknown field) and the required ones.
   */
  static final class Fields {
    private final String[] names;
    /** An open-addressing table of the names by hash: the name, its position, and the last instance looked up. */
    private final String[] slots;
    private final int[] slotIndex;
    /**
     * Per slot, the last string found equal to its name: the parser hands out one canonical
     * instance per name, so after the first document a lookup is a hash and a reference compare.
     * Shared between threads without locking: any string seen here is one that equals the name.
     */
    private final String[] recent;
    private final int[] required;
    private final String expected;

    private Fields(String[] names, int[] required) {
      if (names.length > Long.SIZE) {
        throw new IllegalArgumentException("at most " + Long.SIZE + " fields, got " + names.length);
      }
      this.names = names;
      this.required = required;
      int size = Integer.highestOneBit(Math.max(1, names.length) * 4);
      this.slots = new String[size];
      this.slotIndex = new int[size];
      this.recent = new String[size];
      for (int i = 0; i < names.length; i++) {
        int s = slot(names[i].hashCode());
        while (slots[s] != null) {
          if (slots[s].equals(names[i])) {
            throw new IllegalArgumentException("field '" + names[i] + "' is listed twice");
          }
          s = (s + 1) & (size - 1);
        }
        slots[s] = names[i];
        slotIndex[s] = i;
      }
      this.expected = String.join(", ", names);
    }

    /** These names, none required. */
    static Fields of(String... names) {
      return new Fields(names.clone(), new int[0]);
    }

    /** The same names with these (each one of them) required, reported missing in this order. */
    Fields requiring(String... requiredNames) {
      int[] required = new int[requiredNames.length];
      for (int i = 0; i < requiredNames.length; i++) {
        required[i] = indexOf(requiredNames[i]);
        if (required[i] < 0) {
          throw new IllegalArgumentException("required field '" + requiredNames[i] + "' is not one of " + expected);
        }
      }
      return new Fields(names, required);
    }

    /** The position of a name, or -1. */
    int indexOf(String name) {
      int h = name.hashCode();
      for (int s = slot(h); ; s = (s + 1) & (slots.length - 1)) {
        String known = slots[s];
        if (known == null) {
          return -1;
        }
        if (recent[s] == name) {
          return slotIndex[s];
        }
        if (known.hashCode() == h && known.equals(name)) {
          recent[s] = name;
          return slotIndex[s];
        }
      }
    }

    private int slot(int hash) {
      return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }
  }

  /**
   * Where a value stands: for errors found after it was read. The location is taken when the value
   * is met; the JSON Pointer is only built (and then kept) when an error asks for it, from the place
   * of the enclosing value and the field name or array index.
   */
  static final class Place {
    final TokenStreamLocation location;
    private final Place parent;
    private final String name;
    private final int index;
    private String pointer;

    private Place(TokenStreamLocation location, Place parent, String name, int index, String pointer) {
      this.location = location;
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.pointer = pointer;
    }

    /** The JSON Pointer of the value, such as {@code /claims/3/anchor}; empty for the root. */
    String pointer() {
      if (pointer == null) {
        if (name != null) {
          pointer = parent.pointer() + "/" + escape(name);
        } else if (index >= 0) {
          pointer = parent.pointer() + "/" + index;
        } else {
          pointer = parent.pointer();
        }
      }
      return pointer;
    }

    /** A name as one JSON Pointer segment (RFC 6901). */
    static String escape(String name) {
      if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
        return name;
      }
      return name.replace("~", "~0").replace("/", "~1");
    }
  }

  /**
   * One object being read: a cursor over its known fields ({@link #next()}), then what was read,
   * to locate errors found by the builder. Each reader loops over its own fields, so that the loop
   * and the reader compile together (no callback per field).
   */
  final class ObjectScope {
    private String what;
    private Fields known;
    private Place object;
    private boolean deferUnknown;
    /** The location of each present field's value, by position in {@link Fields}. */
    private final long[] offsets;
    private final long[] lineColumns;
    /** Only without {@link #tokens}. */
    private final TokenStreamLocation[] locations;
    private long present;
    private InvalidNarrativeJsonException unknown;
    private Set<String> unknownNames;

    /** Room for any {@link Fields}; the scope is reused for each object at its depth (see {@link #object}). */
    ObjectScope() {
      if (tokens != null) {
        this.offsets = new long[Long.SIZE];
        this.lineColumns = new long[Long.SIZE];
        this.locations = null;
      } else {
        this.offsets = null;
        this.lineColumns = null;
        this.locations = new TokenStreamLocation[Long.SIZE];
      }
    }

    private ObjectScope start(String what, Fields known, Place object, boolean deferUnknown) {
      this.what = what;
      this.known = known;
      this.object = object;
      this.deferUnknown = deferUnknown;
      this.present = 0;
      this.unknown = null;
      this.unknownNames = null;
      return this;
    }

    /**
     * Moves to the next known field and returns its name (the constant from {@link Fields}, so a
     * {@code switch} on it matches by reference), with the parser on its value, which the caller
     * must read; unknown fields are skipped or reported. Returns {@code null} after the end of the
     * object, once the required fields were checked.
     *
     * @throws InvalidNarrativeJsonException for an unknown (unless deferred), duplicate or missing field
     */
    String next() {
      fieldOf = null;
      for (JsonToken token = nextEntry(known, present, unknownNames); token != JsonToken.END_OBJECT;
          token = nextEntry(known, present, unknownNames)) {
        if (token != JsonToken.PROPERTY_NAME) {
          throw fail("expected a field name in " + what + ", but found " + describe(token));
        }
        String name = parser.currentName();
        int i = known.indexOf(name);
        if (i < 0) {
          skipUnknown(name);
          continue;
        }
        long bit = 1L << i;
        if ((present & bit) != 0) {
          if (duplicatesAsJackson != null) {
            throw duplicate(name);
          }
          // Jackson's STRICT_DUPLICATE_DETECTION reports this first when the mapper enables it (the
          // facade's does); this covers a mapper that does not, at no cost beyond the presence bit.
          throw fail("duplicate field '" + name + "' in " + what + "; each field may appear only once");
        }
        present |= bit;
        parser.nextToken();
        fieldOf = object;
        fieldName = known.names[i];
        if (tokens != null) {
          fieldOffset = tokens.getTokenCharacterOffset();
          fieldLineColumn = lineColumn();
          offsets[i] = fieldOffset;
          lineColumns[i] = fieldLineColumn;
        } else {
          fieldLocation = parser.currentTokenLocation();
          locations[i] = fieldLocation;
        }
        return known.names[i];
      }
      for (int r : known.required) {
        if ((present & (1L << r)) == 0) {
          throw fail(object, what + " is missing the required field '" + known.names[r] + "'");
        }
      }
      if (unknown != null) {
        throw unknown;
      }
      depth--;
      return null;
    }

    private void skipUnknown(String name) {
      if (duplicatesAsJackson != null) {
        if (unknownNames == null) {
          unknownNames = new HashSet<>();
        }
        if (!unknownNames.add(name)) {
          throw duplicate(name);
        }
      }
      // The name's place is only needed for the error, and must be taken before the value.
      Place namePlace = failOnUnknown ? here() : null;
      parser.nextToken();
      if (failOnUnknown) {
        InvalidNarrativeJsonException e = fail(namePlace, "unknown field '" + name + "' in " + what
            + "; expected " + known.expected);
        if (!deferUnknown) {
          throw e;
        }
        unknown = unknown == null ? e : unknown;
      }
      skip();
    }

    /** For a reader's {@code switch} that has no case for a name of its own {@link Fields}: a bug. */
    IllegalStateException noReader(String name) {
      return new IllegalStateException("no reader for the known field '" + name + "' of " + what);
    }

    /** True when the field was present. */
    boolean has(String name) {
      int i = known.indexOf(name);
      return i >= 0 && (present & (1L << i)) != 0;
    }

    /**
     * Runs the builder; an {@link IllegalArgumentException} (a core invariant) becomes an error at
     * the field it names, or at the object.
     */
    <T> T build(Supplier<T> builder) {
      try {
        return builder.get();
      } catch (IllegalArgumentException e) {
        Matcher m = ATTRIBUTE.matcher(String.valueOf(e.getMessage()));
        Place place = m.find() ? placeOf(m.group(1)) : object;
        throw fail(place, "invalid " + what + ": " + e.getMessage());
      }
    }

    /** Fails at a field (or at the object when the field is absent). */
    InvalidNarrativeJsonException failAt(String field, String message) {
      return fail(placeOf(field), message);
    }

    private Place placeOf(String field) {
      if (!has(field)) {
        return object;
      }
      int i = known.indexOf(field);
      TokenStreamLocation location = tokens != null ? locationOf(offsets[i], lineColumns[i]) : locations[i];
      return new Place(location, object, known.names[i], -1, null);
    }
  }

  JsonParser parser() {
    return parser;
  }

  /** The token's line and column in one long, from {@link #tokens}. */
  private long lineColumn() {
    return ((long) tokens.getTokenLineNr() << 32) | (tokens.getTokenColumnNr() & 0xFFFF_FFFFL);
  }

  /** The location of the field value the parser is on ({@link #fieldOf}), as taken on its token. */
  private TokenStreamLocation fieldLocation() {
    return tokens != null ? locationOf(fieldOffset, fieldLineColumn) : fieldLocation;
  }

  /**
   * The location {@code currentTokenLocation()} gave for a value token whose position was read
   * from {@link #tokens}: Jackson's JSON parsers store the token's offset one past its first unit
   * and report the column one higher than they store it.
   */
  private TokenStreamLocation locationOf(long offset, long lineColumn) {
    int line = (int) (lineColumn >>> 32);
    int column = (int) lineColumn;
    return new TokenStreamLocation(parser.currentLocation().contentReference(), byteOffsets ? offset - 1 : -1,
        byteOffsets ? -1 : offset - 1, line, column >= 0 ? column - 1 : column);
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
    return new Place(parser.currentTokenLocation(), null, null, -1,
        parser.streamReadContext().pathAsPointer().toString());
  }

  /**
   * The place of the value the parser is on, as set by the enclosing {@link #object} or
   * {@link #list}, whose pointer is only built when needed; {@code null} (taken from the parser, as
   * for a value Jackson hands over directly) when no enclosing reader set it. Taken at most once.
   */
  private Place takeValuePlace() {
    Place place = null;
    if (fieldOf != null) {
      place = new Place(fieldLocation(), fieldOf, fieldName, -1, null);
    } else if (elementOf != null) {
      place = new Place(null, elementOf, null, elementIndex, null);
    }
    fieldOf = null;
    elementOf = null;
    return place;
  }

  /**
   * Starts reading an object field by field: loop over {@link ObjectScope#next()} until it returns
   * {@code null}, reading each field's value.
   *
   * @param what the value's name for messages, such as {@code claim}
   * @param known the allowed field names and the required ones
   * @param deferUnknown report an unknown field only after the whole object was read (used at the
   *     root, so that a newer format version is reported rather than a field it added)
   */
  ObjectScope object(String what, Fields known, boolean deferUnknown) {
    expect(JsonToken.START_OBJECT, what, " as a JSON object");
    Place start;
    if (fieldOf != null) {
      start = new Place(fieldLocation(), fieldOf, fieldName, -1, null); // taken on this very token
    } else if (elementOf != null) {
      start = new Place(parser.currentTokenLocation(), elementOf, null, elementIndex, null);
    } else {
      start = here();
    }
    fieldOf = null;
    elementOf = null;
    if (depth == scopes.length) {
      scopes = Arrays.copyOf(scopes, depth * 2);
    }
    ObjectScope scope = scopes[depth];
    if (scope == null) {
      scope = new ObjectScope();
      scopes[depth] = scope;
    }
    depth++;
    return scope.start(what, known, start, deferUnknown);
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

  @SuppressWarnings("unchecked")
  private static ArrayList<Object>[] newLists(int size) {
    return (ArrayList<Object>[]) new ArrayList<?>[size];
  }

  /**
   * An array of values. The list is this reader's, reused for the next array at the same depth:
   * the caller copies it at once (as the builders' {@code addAll} methods do).
   */
  <T> List<T> list(String what, Function<JsonInput, T> element) {
    expect(JsonToken.START_ARRAY, what, " as a JSON array");
    Place array = takeValuePlace();
    if (array == null) {
      array = here();
    }
    if (listDepth == lists.length) {
      lists = Arrays.copyOf(lists, listDepth * 2);
    }
    ArrayList<Object> values = lists[listDepth];
    if (values == null) {
      values = new ArrayList<>();
      lists[listDepth] = values;
    }
    values.clear();
    listDepth++;
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      elementOf = array;
      elementIndex = i;
      values.add(element.apply(this));
      elementOf = null;
    }
    listDepth--;
    @SuppressWarnings("unchecked")
    List<T> read = (List<T>) values;
    return read;
  }

  /** An array of strings. */
  List<String> strings(String what) {
    return list(what, JsonInput::string);
  }

  /** An object of language tags to strings, in document order. */
  Map<String, String> labels(String what) {
    expect(JsonToken.START_OBJECT, what, " as a JSON object of language tag to text");
    Map<String, String> labels = new LinkedHashMap<>();
    for (JsonToken token = nextEntry(labels.keySet()); token != JsonToken.END_OBJECT;
        token = nextEntry(labels.keySet())) {
      String tag = parser.currentName();
      if (labels.containsKey(tag)) {
        if (duplicatesAsJackson != null) {
          throw duplicate(tag);
        }
        throw fail("duplicate language tag '" + tag + "' in " + what);
      }
      parser.nextToken();
      labels.put(tag, string());
    }
    return labels;
  }

  /**
   * The next token in an object whose names so far are the present ones of {@code known} and
   * {@code others} (either may be absent). When the parser fails after it has read a name that
   * repeats one of them, the duplicate is reported instead, as Jackson's own detection reports it
   * before reading on; without {@link #duplicatesAsJackson} this is just {@code nextToken()}.
   */
  private JsonToken nextEntry(Fields known, long present, Set<String> others) {
    try {
      return parser.nextToken();
    } catch (JacksonException e) {
      if (duplicatesAsJackson != null && parser.currentToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        int i = known == null ? -1 : known.indexOf(name);
        if (i >= 0 ? (present & (1L << i)) != 0 : others != null && others.contains(name)) {
          throw duplicate(name);
        }
      }
      throw e;
    }
  }

  private JsonToken nextEntry(Set<String> names) {
    return nextEntry(null, 0, names);
  }

  /**
   * Skips the value the parser is on, with {@link JsonParser#skipChildren()}; with
   * {@link #duplicatesAsJackson}, walks it instead to report a duplicate name in any object inside.
   */
  private void skip() {
    if (duplicatesAsJackson == null) {
      parser.skipChildren();
      return;
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Set<String> names = new HashSet<>();
      for (JsonToken t = nextEntry(names); t != JsonToken.END_OBJECT; t = nextEntry(names)) {
        String name = parser.currentName();
        if (!names.add(name)) {
          throw duplicate(name);
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

  /**
   * Jackson's error for a repeated name, for the parser on that name: the same exception type and
   * message, located just after the name's closing quote, where Jackson's check runs.
   */
  private StreamReadException duplicate(String name) {
    TokenStreamLocation start = parser.currentTokenLocation();
    boolean chars = start.getByteOffset() < 0;
    long offset = chars ? start.getCharOffset() : start.getByteOffset();
    int length = quotedLength(offset, chars, name);
    TokenStreamLocation end = new TokenStreamLocation(start.contentReference(), chars ? -1 : offset + length,
        chars ? offset + length : -1, start.getLineNr(), start.getColumnNr() + length);
    return new StreamReadException(parser, "Duplicate Object property \"" + name + "\"", end);
  }

  /**
   * How many units the name takes in the input, quotes included: read from the input when it still
   * holds them, so escapes count as written; otherwise the length of the name written plainly.
   */
  private int quotedLength(long start, boolean chars, String name) {
    RecentInput input = duplicatesAsJackson;
    if (input.countsCharacters() == chars && input.unitAt(start) == '"') {
      boolean escaped = false;
      for (long at = start + 1; at - start <= MAX_QUOTED_NAME; at++) {
        int unit = input.unitAt(at);
        if (unit < 0) {
          break;
        }
        if (escaped) {
          escaped = false;
        } else if (unit == '\\') {
          escaped = true;
        } else if (unit == '"') {
          return (int) (at - start + 1);
        }
      }
    } else if (input.countsCharacters() == chars && name.indexOf('"') < 0 && name.indexOf('\\') < 0) {
      // The name began before what the input still holds; with no quote or backslash in it, its
      // first quote from there on is the closing one.
      for (long at = start + 1; at - start <= MAX_QUOTED_NAME; at++) {
        int unit = input.unitAt(at);
        if (unit == '"') {
          return (int) (at - start + 1);
        }
      }
    }
    return 2 + (chars ? name.length() : utf8Length(name));
  }

  private static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private void expect(JsonToken expected, String description) {
    expect(expected, description, "");
  }

  /** Like {@link #expect(JsonToken, String)} with the description in two parts, joined only for the error. */
  private void expect(JsonToken expected, String what, String as) {
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
}
