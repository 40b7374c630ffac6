package org.policynarrative.json.internal.deser;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.policynarrative.core.InvalidValueException;
import org.policynarrative.json.internal.fields.FieldTable;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * One object being read: a cursor over its known fields ({@link #next()}), then what was read, to
 * locate the errors the builder finds. Each reader loops over its own fields in a {@code switch},
 * so that the loop and the reader compile together (no callback per field).
 *
 * <p>Which fields were present is kept as one bit per position in the {@link FieldTable}: that is
 * how a repeated name and a missing required field are found, with no set per object.
 */
final class ObjectScope {

  private final JsonInput in;
  private final JsonParser parser;
  /** Where each present field's value starts, by position in {@link #fields}. */
  private final TokenStreamLocation[] locations = new TokenStreamLocation[Long.SIZE];
  private FieldTable fields;
  private Place object;
  private boolean deferUnknown;
  /** The parser's nesting depth inside this object: where {@link #recover} returns to. */
  private int nestingDepth;
  /**
   * The fields whose value failed, or that were missing, as bits: the builder's complaints about
   * them only repeat an error already kept ({@link #build}).
   */
  private long failed;
  /** The bit of the field whose value the parser is on. */
  private long current;
  private long present;
  private InvalidNarrativeJsonException unknown;
  private Set<String> unknownNames;

  /** Room for any {@link FieldTable}; the scope is reused for each object at its depth (see {@link JsonInput#object}). */
  ObjectScope(JsonInput in) {
    this.in = in;
    this.parser = in.parser();
  }

  ObjectScope start(FieldTable fields, Place object, boolean deferUnknown) {
    this.fields = fields;
    this.object = object;
    this.deferUnknown = deferUnknown && !in.errors().collects();
    this.nestingDepth = parser.streamReadContext().getNestingDepth();
    this.failed = 0;
    this.present = 0;
    this.unknown = null;
    this.unknownNames = null;
    return this;
  }

  /**
   * Moves to the next known field and returns its name, with the parser on its value, which the
   * caller must read; unknown fields are skipped or reported. Returns {@code null} after the end of
   * the object, once the required fields were checked. On a read that goes on after an error
   * ({@link ReadErrors}), an unknown, repeated or missing field is kept and the object read on.
   *
   * @throws InvalidNarrativeJsonException for an unknown (unless deferred), repeated or missing field
   */
  JsonName next() {
    in.leaveField();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      if (token != JsonToken.PROPERTY_NAME) {
        throw in.fail("expected a field name in " + fields.what() + ", but found " + JsonInput.describe(token));
      }
      String text = parser.currentName();
      JsonName name = fields.find(text);
      if (name == null) {
        skipUnknown(text);
        continue;
      }
      int position = fields.positionOf(name);
      long bit = 1L << position;
      if ((present & bit) != 0) {
        in.errors().keep(in.duplicate(text, fields.what()));
        parser.nextToken();
        parser.skipChildren();
        continue;
      }
      present |= bit;
      parser.nextToken();
      TokenStreamLocation location = parser.currentTokenLocation();
      locations[position] = location;
      if ((fields.addedInVersion2Mask() & bit) != 0) {
        in.noteVersion2Field(object, name.text(), location);
      }
      in.enterField(object, name.text(), location);
      current = bit;
      return name;
    }
    // A required field whose name was misspelled is reported as the unknown field, not as missing.
    long missing = fields.requiredMask() & ~present & ~failed;
    if (missing != 0) {
      // Only the first: a second one rarely tells more (the object is often not the kind meant).
      failed |= missing;
      in.errors().keep(in.fail(object, fields.what() + " is missing the required field '"
          + fields.name(Long.numberOfTrailingZeros(missing)).text() + "'"));
    }
    if (unknown != null) {
      throw unknown;
    }
    in.closeObject();
    return null;
  }

  private void skipUnknown(String name) {
    if (unknownNames == null) {
      unknownNames = new HashSet<>();
    }
    if (!unknownNames.add(name)) {
      in.errors().keep(in.duplicate(name, fields.what()));
      parser.nextToken();
      parser.skipChildren();
      return;
    }
    // The name's place is only needed for the error, and must be taken before the value.
    Place namePlace = in.failsOnUnknownFields() ? in.here() : null;
    parser.nextToken();
    if (namePlace != null) {
      String closest = fields.closest(name);
      if (closest != null) {
        // What the builder says about the field meant only repeats this error.
        failed |= 1L << fields.positionOf(fields.find(closest));
      }
      InvalidNarrativeJsonException e = in.fail(namePlace, "unknown field '" + name + "' in " + fields.what()
          + (closest == null ? "; expected " : "; did you mean '" + closest + "'? expected ") + fields.expected());
      if (deferUnknown) {
        unknown = unknown == null ? e : unknown;
      } else {
        in.errors().keep(e);
      }
    }
    try {
      in.skip();
    } catch (InvalidNarrativeJsonException e) {
      in.errors().recover(e, nestingDepth); // a name repeated inside the skipped value; the object still builds
    }
  }

  /**
   * After {@code e} was thrown reading the value of the current field: on a read that goes on after
   * an error, keeps it, moves the parser to the value's last token and notes the field as failed;
   * otherwise throws it. Each reader's loop calls it from a {@code catch} around its
   * {@code switch}.
   *
   * @throws JacksonException {@code e}, when the read ends with it
   */
  void recover(JacksonException e) {
    in.errors().recover(e, nestingDepth);
    failed |= current;
  }

  /**
   * For a reader that checks its fields itself after the loop: throws {@link ReadErrors.Skipped}
   * when a value of this object failed (which {@link #build} does on its own).
   */
  void skipIfFailed() {
    if (failed != 0) {
      throw new ReadErrors.Skipped();
    }
  }

  /** For a reader's {@code switch} that has no case for a name of its own {@link FieldTable}: a bug. */
  IllegalStateException noReader(JsonName name) {
    return new IllegalStateException("no reader for the known field '" + name.text() + "' of " + fields.what());
  }

  /** True when the field was present. */
  boolean has(JsonName name) {
    int position = fields.positionOf(name);
    return position >= 0 && (present & (1L << position)) != 0;
  }

  /**
   * Runs the builder. A value that breaks a core invariant ({@link InvalidValueException}) is an
   * error at the field of the attribute it names, when that field was present; any other
   * {@link IllegalArgumentException} from core, an error at the object. On a read that goes on
   * after an error, the builder runs without the fields that failed, and a complaint about one of
   * them throws {@link ReadErrors.Skipped} instead: the object is left out, and the error kept
   * already stands for it; the builder's checks of the other fields still report their errors.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      if (failed != 0 && repeatsAFailure(e)) {
        throw new ReadErrors.Skipped();
      }
      throw in.fail(placeOf(fields.find(e.attribute())), "invalid " + fields.what() + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      if (failed != 0) {
        throw new ReadErrors.Skipped();
      }
      throw in.fail(object, "invalid " + fields.what() + ": " + e.getMessage());
    }
  }

  /**
   * True when the builder's complaint is about a field whose value failed or was missing (the
   * builder never got it), or about no field of this object (so possibly about one that failed).
   */
  private boolean repeatsAFailure(InvalidValueException e) {
    for (String attribute : e.attributes()) {
      JsonName field = fields.find(attribute);
      if (field == null || (failed & (1L << fields.positionOf(field))) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Fails at a field, or at the object when the field is absent. */
  InvalidNarrativeJsonException failAt(JsonName field, String message) {
    return in.fail(placeOf(field), message);
  }

  /** Fails at the object. */
  InvalidNarrativeJsonException failAtObject(String message) {
    return in.fail(object, message);
  }

  private Place placeOf(JsonName field) {
    if (field == null || !has(field)) {
      return object;
    }
    return Place.field(locations[fields.positionOf(field)], object, field.text());
  }
}
