package org.policynarrative.json.internal.deser;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.policynarrative.core.InvalidValueException;
import org.policynarrative.json.internal.fields.FieldTable;
import org.policynarrative.json.internal.fields.JsonName;
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
    this.deferUnknown = deferUnknown;
    this.present = 0;
    this.unknown = null;
    this.unknownNames = null;
    return this;
  }

  /**
   * Moves to the next known field and returns its name, with the parser on its value, which the
   * caller must read; unknown fields are skipped or reported. Returns {@code null} after the end of
   * the object, once the required fields were checked.
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
        throw in.duplicate(text, fields.what());
      }
      present |= bit;
      parser.nextToken();
      TokenStreamLocation location = parser.currentTokenLocation();
      locations[position] = location;
      if ((fields.addedInVersion2Mask() & bit) != 0) {
        in.noteVersion2Field(object, name.text(), location);
      }
      in.enterField(object, name.text(), location);
      return name;
    }
    long missing = fields.requiredMask() & ~present;
    if (missing != 0) {
      throw in.fail(object, fields.what() + " is missing the required field '"
          + fields.name(Long.numberOfTrailingZeros(missing)).text() + "'");
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
      throw in.duplicate(name, fields.what());
    }
    // The name's place is only needed for the error, and must be taken before the value.
    Place namePlace = in.failsOnUnknownFields() ? in.here() : null;
    parser.nextToken();
    if (namePlace != null) {
      String closest = fields.closest(name);
      InvalidNarrativeJsonException e = in.fail(namePlace, "unknown field '" + name + "' in " + fields.what()
          + (closest == null ? "; expected " : "; did you mean '" + closest + "'? expected ") + fields.expected());
      if (!deferUnknown) {
        throw e;
      }
      unknown = unknown == null ? e : unknown;
    }
    in.skip();
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
   * {@link IllegalArgumentException} from core, an error at the object.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      throw in.fail(placeOf(fields.find(e.attribute())), "invalid " + fields.what() + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw in.fail(object, "invalid " + fields.what() + ": " + e.getMessage());
    }
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
