package org.policynarrative.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Iterator;
import java.util.stream.Collectors;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.ValidationReport;
import org.policynarrative.core.spi.NarrativeFormatException;
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
 * The engine behind the facade and the two SPI formats: one configured, immutable mapper per
 * mode, the canonical writer, the single-document reader and error translation.
 */
public final class JsonCodec {

  /** Deepest nesting of arrays and objects; a narrative needs 6. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** Longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Longest field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** Longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 20;
  /**
   * Longest document (for JSON Lines: longest line) unless the facade is told otherwise, in bytes
   * for byte input and characters for character input.
   */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * The document length is not left to Jackson, whose check runs once per input buffer (about 8,000
   * bytes late, and never for a string input): {@link LimitedInput} counts exactly instead, so a
   * limit can be changed without building another mapper.
   */
  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxDocumentLength(-1)
      .build();

  private static final JsonCodec STRICT = new JsonCodec(true);
  private static final JsonCodec LENIENT = new JsonCodec(false);

  private final ObjectReader reader;
  private final ObjectWriter canonical;
  private final ObjectWriter compact;
  private final long maxDocumentLength;

  private JsonCodec(JsonCodec template, ObjectReader reader, long maxDocumentLength) {
    this.reader = reader;
    this.canonical = template.canonical;
    this.compact = template.compact;
    this.maxDocumentLength = maxDocumentLength;
  }

  private JsonCodec(boolean strict) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new ModelModule())
        // The readers report duplicate names themselves, exactly as this feature would, from the
        // presence bits they keep anyway (see JsonInput): Jackson's check builds a hash set per object.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .build();
    this.reader = mapper.readerFor(Narrative.class);
    this.compact = mapper.writerFor(Narrative.class);
    this.canonical = compact.with(canonicalPrinter());
    this.maxDocumentLength = MAX_DOCUMENT_LENGTH;
  }

  /** Unknown fields are errors. */
  public static JsonCodec strict() {
    return STRICT;
  }

  /** Unknown fields are skipped. */
  public static JsonCodec lenient() {
    return LENIENT;
  }

  /**
   * This codec with another document (and JSON Lines line) length limit; the mappers are shared.
   *
   * @throws IllegalArgumentException when {@code maxDocumentLength} is less than 1
   */
  public JsonCodec withMaxDocumentLength(long maxDocumentLength) {
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException("maxDocumentLength must be at least 1, was " + maxDocumentLength);
    }
    return maxDocumentLength == this.maxDocumentLength ? this : new JsonCodec(this, reader, maxDocumentLength);
  }

  /**
   * This codec with Jackson's own {@code STRICT_DUPLICATE_DETECTION} doing the duplicate-name check
   * that the readers otherwise do themselves: the same errors, at more cost. For tests that compare
   * the two.
   */
  public JsonCodec withJacksonDuplicateDetection() {
    return new JsonCodec(this, reader.with(StreamReadFeature.STRICT_DUPLICATE_DETECTION), maxDocumentLength);
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
  public Narrative read(java.io.InputStream in, String format) throws IOException {
    try (JsonParser p = reader.createParser(LimitedInput.of(in, maxDocumentLength))) {
      return readOne(p, format, 0);
    } catch (JacksonIOException e) {
      // The stream's own failures arrive marked; any other IOException is Jackson's about the bytes.
      throw formatErrorOr(e.getCause(), format, true);
    }
  }

  /** Reads exactly one narrative from the whole input; errors are located in the input. */
  public Narrative read(Reader in, String format) throws IOException {
    try (JsonParser p = reader.createParser(LimitedInput.of(in, maxDocumentLength))) {
      return readOne(p, format, 0);
    } catch (JacksonIOException e) {
      throw formatErrorOr(e.getCause(), format, false);
    }
  }

  /**
   * A format error when {@code cause} is about the input rather than the I/O: the input passing the
   * length limit, or bytes that Jackson's encoding detection cannot decode (it takes some byte
   * patterns for UTF-32). Otherwise {@code cause}, a real I/O failure.
   */
  private static IOException formatErrorOr(IOException cause, String format, boolean bytesRejected) {
    if (cause instanceof LimitedInput.TooLongException tooLong) {
      throw new NarrativeFormatException(format, tooLongMessage("the document", tooLong.limit(), tooLong.unit()),
          0, 0, null, null);
    }
    if (cause instanceof LimitedInput.SourceFailure failure) {
      return failure.original();
    }
    if (cause instanceof java.io.CharConversionException || bytesRejected) {
      throw new NarrativeFormatException(format, "the input is not text in a JSON encoding ("
          + cause.getMessage() + "); expected a UTF-8 JSON document", 1, 1, null, cause);
    }
    return cause;
  }

  /**
   * Says which limit was passed, its value and how to raise it.
   *
   * @param what {@code "the document"} or {@code "line 7"}
   * @param unit {@code "bytes"} or {@code "characters"}
   */
  static String tooLongMessage(String what, long limit, String unit) {
    String mebibytes = limit % (1024 * 1024) == 0 ? " (" + limit / (1024 * 1024) + " MiB)" : "";
    return what + " is longer than the maximum document length of " + String.format(java.util.Locale.ROOT, "%,d", limit)
        + " " + unit + mebibytes + (what.startsWith("line") ? ", which applies to each JSON Lines line" : "")
        + "; to read it, raise the limit with NarrativeJson.withMaxDocumentLength(long)";
  }

  /** Reads the one narrative on line {@code lineNumber} of a JSON Lines input. */
  Narrative readLine(String line, String format, long lineNumber) {
    try (JsonParser p = reader.createParser(LimitedInput.ofText(line))) {
      return readOne(p, format, lineNumber);
    }
  }

  /**
   * @param lineNumber the line of a JSON Lines input the parser reads, or 0 for a whole document
   */
  private Narrative readOne(JsonParser p, String format, long lineNumber) {
    try {
      if (p.nextToken() == null) {
        throw new NarrativeFormatException(format, "the input is empty; expected a JSON object holding a narrative",
            lineOf(1, lineNumber), 1, "", null);
      }
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        // Jackson maps a bare null to a null value; the API never returns null.
        throw new NarrativeFormatException(format, "found null; expected a JSON object holding a narrative",
            lineOf(p.currentTokenLocation().getLineNr(), lineNumber), p.currentTokenLocation().getColumnNr(), "",
            null);
      }
      Narrative narrative = reader.readValue(p);
      JsonToken extra = p.nextToken();
      if (extra != null) {
        throw JsonErrors.trailing(format, p.currentTokenLocation(), lineNumber);
      }
      return narrative;
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw JsonErrors.translate(format, e, p, lineNumber);
    }
  }

  static int lineOf(int parserLine, long lineNumber) {
    return lineNumber > 0 ? (int) Math.min(Integer.MAX_VALUE, lineNumber) : parserLine;
  }

  /**
   * Runs the core validator and fails with every problem it reports.
   *
   * @throws NarrativeFormatException when the narrative's references or structure do not hold
   */
  public static Narrative validated(Narrative narrative, String format) {
    ValidationReport report = NarrativeValidator.validate(narrative);
    if (report.isValid()) {
      return narrative;
    }
    String problems = report.problems().stream().map(Object::toString).collect(Collectors.joining("; "));
    throw new NarrativeFormatException(format, "the narrative is not consistent (" + report.problems().size()
        + " problem" + (report.problems().size() == 1 ? "" : "s") + "): " + problems, 0, 0,
        JsonErrors.pointerOf(report.problems().get(0).path()), null);
  }
}
