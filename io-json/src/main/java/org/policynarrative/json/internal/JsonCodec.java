package org.policynarrative.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Iterator;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.LocationIndex;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.ReadValidation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine behind the facade and the two SPI formats: one configured, immutable mapper, the
 * canonical writer and the single-document reader. Immutable; the {@code with...} methods return
 * configured copies that share the mapper.
 */
public final class JsonCodec {

  /** Deepest nesting of arrays and objects; a narrative needs 6. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** Longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Longest field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /**
   * Longest number, in digits (Jackson counts those of the integer part, the fraction and the
   * exponent; not the sign, point or {@code E}): room for a figure's decimal with 30-odd
   * significant digits and an exponent, far below the length at which parsing a big number gets slow.
   */
  public static final int MAX_NUMBER_LENGTH = 64;
  /**
   * Longest document (for JSON Lines: longest line) unless the facade is told otherwise, in bytes
   * for byte input and characters for character input.
   */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * The document length is not left to Jackson, whose check runs once per input buffer (about 8,000
   * bytes late, and never for a string input): {@link DocumentLimits} counts exactly instead, so a
   * limit can be changed without building another mapper.
   */
  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxDocumentLength(-1)
      .build();

  private static final JsonCodec DEFAULT = new JsonCodec();

  private final ObjectReader reader;
  private final ObjectWriter canonical;
  private final ObjectWriter compact;
  private final long maxDocumentLength;
  private final boolean validateOnRead;

  private JsonCodec() {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new ModelModule())
        // The readers find a repeated name themselves, from the bits that say which fields were
        // present: Jackson's check builds a hash set per object (22% of the read when measured).
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Checked in readOne, which says what was found in words of its own.
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    this.reader = mapper.readerFor(Narrative.class);
    this.compact = mapper.writerFor(Narrative.class);
    this.canonical = compact.with(canonicalPrinter());
    this.maxDocumentLength = MAX_DOCUMENT_LENGTH;
    this.validateOnRead = false;
  }

  private JsonCodec(JsonCodec template, ObjectReader reader, long maxDocumentLength, boolean validateOnRead) {
    this.reader = reader;
    this.canonical = template.canonical;
    this.compact = template.compact;
    this.maxDocumentLength = maxDocumentLength;
    this.validateOnRead = validateOnRead;
  }

  /** Unknown fields are errors; no validation on read; the default length limit. */
  public static JsonCodec create() {
    return DEFAULT;
  }

  /** This codec, skipping unknown fields instead of failing on them. */
  public JsonCodec skippingUnknownFields() {
    return new JsonCodec(this, reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), maxDocumentLength,
        validateOnRead);
  }

  /** This codec, also running the core validator on each narrative read ({@link ReadValidation}). */
  public JsonCodec validatingOnRead() {
    return new JsonCodec(this, reader, maxDocumentLength, true);
  }

  /**
   * This codec with another document (and JSON Lines line) length limit.
   *
   * @throws IllegalArgumentException when {@code maxDocumentLength} is less than 1
   */
  public JsonCodec withMaxDocumentLength(long maxDocumentLength) {
    DocumentLimits.requireValid(maxDocumentLength);
    return maxDocumentLength == this.maxDocumentLength ? this
        : new JsonCodec(this, reader, maxDocumentLength, validateOnRead);
  }

  /** The longest document (for JSON Lines: line) this codec reads, in bytes or characters. */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * {@code "key": value}, two spaces per level, one array element per line, {@code \n} line
   * ends on every platform: the layout of JavaScript's {@code JSON.stringify(value, null, 2)}.
   */
  static DefaultPrettyPrinter canonicalPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withArrayElementSpacing(Separators.Spacing.NONE)
        .withObjectEntrySpacing(Separators.Spacing.NONE)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** Writes the canonical document: UTF-8, ending in a newline. Flushes, leaves {@code out} open. */
  public void write(Narrative narrative, OutputStream out) throws IOException {
    try (JsonGenerator g = canonical.createGenerator(out, JsonEncoding.UTF8)) {
      canonical.writeValue(g, narrative);
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Writes the canonical document to a character stream. Flushes, leaves {@code out} open. */
  public void write(Narrative narrative, Writer out) throws IOException {
    try (JsonGenerator g = canonical.createGenerator(out)) {
      canonical.writeValue(g, narrative);
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Writes narratives one per line, each line compact and ended by a newline. Flushes, leaves {@code out} open. */
  public void writeLines(Iterator<? extends Narrative> narratives, Writer out) throws IOException {
    try {
      while (narratives.hasNext()) {
        try (JsonGenerator g = compact.createGenerator(out)) {
          compact.writeValue(g, narratives.next());
        }
        out.write('\n');
      }
      out.flush();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes narratives as UTF-8, one per line, each line compact and ended by a newline. Flushes,
   * leaves {@code out} open. Bytes come straight from Jackson's UTF-8 generator, which escapes an
   * unpaired surrogate rather than letting a charset encoder replace it with {@code ?}.
   */
  public void writeLines(Iterator<? extends Narrative> narratives, OutputStream out) throws IOException {
    try {
      while (narratives.hasNext()) {
        try (JsonGenerator g = compact.createGenerator(out, JsonEncoding.UTF8)) {
          compact.writeValue(g, narratives.next());
        }
        out.write('\n');
      }
      out.flush();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Reads exactly one narrative from the whole input; errors are located in the input. */
  public Narrative read(InputStream in, String format) throws IOException {
    try (JsonParser p = reader.createParser(DocumentLimits.limit(SourceFailure.marking(in), maxDocumentLength))) {
      return readOne(p, format, 0);
    } catch (JacksonIOException e) {
      // The stream's own failures arrive marked; any other IOException is Jackson's about the bytes.
      throw JsonErrors.formatErrorOr(e.getCause(), format, true);
    }
  }

  /** Reads exactly one narrative from the whole input; errors are located in the input. */
  public Narrative read(Reader in, String format) throws IOException {
    try (JsonParser p = reader.createParser(DocumentLimits.limit(in, maxDocumentLength))) {
      return readOne(p, format, 0);
    } catch (JacksonIOException e) {
      throw JsonErrors.formatErrorOr(e.getCause(), format, false);
    }
  }

  /** Reads the one narrative on line {@code lineNumber} of a JSON Lines input; the caller has checked its length. */
  Narrative readLine(String line, String format, long lineNumber) {
    try (JsonParser p = reader.createParser(line)) {
      return readOne(p, format, lineNumber);
    }
  }

  /**
   * @param lineNumber the line of a JSON Lines input the parser reads, or 0 for a whole document
   */
  private Narrative readOne(JsonParser p, String format, long lineNumber) {
    LocationIndex locations = validateOnRead ? new LocationIndex() : null;
    Narrative narrative;
    try {
      if (p.nextToken() == null) {
        throw JsonErrors.empty(format, lineNumber);
      }
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        // Jackson maps a bare null to a null value; the API never returns null.
        throw JsonErrors.at(format, "found null; expected a JSON object holding a narrative",
            p.currentTokenLocation(), lineNumber).path("").build();
      }
      narrative = (locations == null ? reader : reader.withAttribute(LocationIndex.class, locations)).readValue(p);
      if (p.nextToken() != null) {
        throw JsonErrors.trailing(format, p.currentTokenLocation(), lineNumber);
      }
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw JsonErrors.translate(format, e, p, lineNumber);
    }
    if (locations == null) {
      return narrative;
    }
    try {
      return ReadValidation.requireValid(narrative, format, locations, LocationIndex::jsonPointer);
    } catch (NarrativeFormatException e) {
      throw lineNumber > 0 ? e.onLine(JsonErrors.lineOf(1, lineNumber)) : e;
    }
  }
}
