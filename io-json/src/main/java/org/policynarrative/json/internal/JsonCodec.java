package org.policynarrative.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Iterator;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.LocatedNarrative;
import org.policynarrative.core.spi.LocationIndex;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.ReadValidation;
import org.policynarrative.json.internal.deser.ModelDeserializers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
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

  /**
   * Jackson's read limits, from the ones every format shares ({@link DocumentLimits}): nesting, names
   * and numbers as they are there. Strings and the document have no limit here: a string cannot be
   * longer than its document, and the document's length is counted exactly by
   * {@link DocumentLimits#limit} (Jackson's own check runs once per input buffer, about 8,000 bytes
   * late, and never for a string input), so a limit can be changed without building another mapper,
   * and no string a writer wrote within the document limit is refused (a limit of 1,000,000
   * characters on strings once refused a JSON file with a 10 MB description that convert had written).
   */
  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(DocumentLimits.MAX_NESTING_DEPTH)
      .maxStringLength(DocumentLimits.MAX_STRING_LENGTH)
      .maxNameLength(DocumentLimits.MAX_NAME_LENGTH)
      .maxNumberLength(DocumentLimits.MAX_NUMBER_LENGTH)
      .maxDocumentLength(-1)
      .build();

  /** The writer's side of the nesting limit: what nests deeper than the reader reads is not written. */
  static final StreamWriteConstraints WRITE_CONSTRAINTS = StreamWriteConstraints.builder()
      .maxNestingDepth(DocumentLimits.MAX_NESTING_DEPTH)
      .build();

  private static final JsonCodec DEFAULT = new JsonCodec();

  private final ObjectReader reader;
  private final ObjectWriter canonical;
  private final ObjectWriter compact;
  private final long maxDocumentLength;
  private final boolean validateOnRead;

  private JsonCodec() {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
        .streamWriteConstraints(WRITE_CONSTRAINTS).build();
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
    // Every read goes on after an error and reports them all (ReadErrors); a user's mapper stops at the first.
    this.reader = mapper.readerFor(Narrative.class).withAttribute(ModelDeserializers.COLLECT_ERRORS, Boolean.TRUE);
    this.compact = mapper.writerFor(Narrative.class);
    this.canonical = compact.with(canonicalPrinter());
    this.maxDocumentLength = DocumentLimits.DEFAULT_MAX_DOCUMENT_LENGTH;
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
   * This codec with another document (and JSON Lines line) length limit, for reading and writing.
   *
   * @throws IllegalArgumentException when {@code maxDocumentLength} is less than 1
   */
  public JsonCodec withMaxDocumentLength(long maxDocumentLength) {
    DocumentLimits.requireValid(maxDocumentLength);
    return maxDocumentLength == this.maxDocumentLength ? this
        : new JsonCodec(this, reader, maxDocumentLength, validateOnRead);
  }

  /** The longest document (for JSON Lines: line) this codec reads and writes, in bytes or characters. */
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

  /**
   * Writes the canonical document: UTF-8, ending in a newline. Flushes, leaves {@code out} open.
   *
   * @throws NarrativeFormatException when the document would be longer than the limit, in bytes; what
   *     was written before stays written
   */
  public void write(Narrative narrative, OutputStream out) throws IOException {
    JsonGenerator g = canonical.createGenerator(DocumentLimits.limit(out, maxDocumentLength), JsonEncoding.UTF8);
    write(canonical, g, narrative, true, JsonNarrativeFormat.NAME, 0);
  }

  /**
   * Writes the canonical document to a character stream. Flushes, leaves {@code out} open.
   *
   * @throws NarrativeFormatException when the document would be longer than the limit, in characters
   */
  public void write(Narrative narrative, Writer out) throws IOException {
    JsonGenerator g = canonical.createGenerator(DocumentLimits.limit(out, maxDocumentLength));
    write(canonical, g, narrative, true, JsonNarrativeFormat.NAME, 0);
  }

  /**
   * Writes narratives one per line, each line compact and ended by a newline. Flushes, leaves
   * {@code out} open.
   *
   * @throws NarrativeFormatException when a line would be longer than the limit, in characters; the
   *     lines before it, and part of it, have been written
   */
  public void writeLines(Iterator<? extends Narrative> narratives, Writer out) throws IOException {
    JsonLinesWriter.write(this, narratives, out);
  }

  /**
   * Writes narratives as UTF-8, one per line, each line compact and ended by a newline. Flushes,
   * leaves {@code out} open. Bytes come straight from Jackson's UTF-8 generator, which escapes an
   * unpaired surrogate rather than letting a charset encoder replace it with {@code ?}.
   *
   * @throws NarrativeFormatException when a line would be longer than the limit, in characters (as
   *     the reader counts them); the lines before it, and part of it, have been written
   */
  public void writeLines(Iterator<? extends Narrative> narratives, OutputStream out) throws IOException {
    JsonLinesWriter.write(this, narratives, out);
  }

  /** The writer of JSON Lines lines. */
  ObjectWriter compact() {
    return compact;
  }

  /**
   * Writes one narrative with {@code g}, and closes {@code g} (which leaves its target open).
   *
   * @param newline whether a newline ends the document
   * @param lineNumber the JSON Lines line written, or 0 for a whole document
   * @throws NarrativeFormatException when the output passes its length limit, naming the limit and how
   *     to raise it
   */
  static void write(ObjectWriter writer, JsonGenerator g, Narrative narrative, boolean newline, String format,
      long lineNumber) throws IOException {
    try {
      writer.writeValue(g, narrative);
      if (newline) {
        g.writeRaw('\n');
      }
      g.close();
    } catch (JacksonIOException e) {
      throw JsonErrors.writeFailure(format, e.getCause(), lineNumber > 0 ? "line " + lineNumber : "the document");
    } catch (StreamConstraintsException e) {
      throw NarrativeFormatException.builder(format, "cannot write the narrative: " + e.getOriginalMessage())
          .path(g.streamWriteContext().pathAsPointer().toString()).cause(e).build();
    }
  }

  /** Reads exactly one narrative from the whole input; errors are located in the input. */
  public Narrative read(InputStream in, String format) throws IOException {
    return read(in, format, validateOnRead ? new LocationIndex() : null);
  }

  /**
   * Reads exactly one narrative from the whole input, recording where each of its values is (each
   * field's value and each array element, at the place its value starts), so that a problem the
   * validator finds later is reported at its field.
   */
  public LocatedNarrative readLocated(InputStream in, String format) throws IOException {
    LocationIndex locations = new LocationIndex();
    return LocatedNarrative.of(read(in, format, locations), locations);
  }

  private Narrative read(InputStream in, String format, LocationIndex locations) throws IOException {
    try (JsonParser p = reader.createParser(DocumentLimits.limit(SourceFailure.marking(in), maxDocumentLength))) {
      return readOne(p, format, 0, locations);
    } catch (JacksonIOException e) {
      // The stream's own failures arrive marked; any other IOException is Jackson's about the bytes.
      throw JsonErrors.formatErrorOr(e.getCause(), format, true);
    }
  }

  /** Reads exactly one narrative from the whole input; errors are located in the input. */
  public Narrative read(Reader in, String format) throws IOException {
    try (JsonParser p = reader.createParser(DocumentLimits.limit(in, maxDocumentLength))) {
      return readOne(p, format, 0, validateOnRead ? new LocationIndex() : null);
    } catch (JacksonIOException e) {
      throw JsonErrors.formatErrorOr(e.getCause(), format, false);
    }
  }

  /** Reads the one narrative on line {@code lineNumber} of a JSON Lines input; the caller has checked its length. */
  Narrative readLine(String line, String format, long lineNumber) {
    try (JsonParser p = reader.createParser(line)) {
      return readOne(p, format, lineNumber, validateOnRead ? new LocationIndex() : null);
    }
  }

  /**
   * Reads the one narrative of the parser's input, reporting every error the readers find in it
   * (the first, with the others as its {@link NarrativeFormatException#moreErrors()}).
   *
   * @param lineNumber the line of a JSON Lines input the parser reads, or 0 for a whole document
   * @param locations where to record the places of the values, or {@code null}; needed when
   *     validating on read
   */
  private Narrative readOne(JsonParser p, String format, long lineNumber, LocationIndex locations) {
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
    if (!validateOnRead) {
      return narrative;
    }
    try {
      return ReadValidation.requireValid(narrative, format, locations, LocationIndex::jsonPointer);
    } catch (NarrativeFormatException e) {
      throw lineNumber > 0 ? e.onLine(JsonErrors.lineOf(1, lineNumber)) : e;
    }
  }
}
