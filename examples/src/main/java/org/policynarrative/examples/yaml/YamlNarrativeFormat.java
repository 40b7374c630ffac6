package org.policynarrative.examples.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.StrictUtf8;
import org.policynarrative.json.NarrativeJacksonModule;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A YAML format for narratives, written entirely outside the library: the worked example of a
 * third-party adapter (see {@code docs/writing-an-adapter.md}).
 *
 * <p>It reuses {@link NarrativeJacksonModule} from io-json, which maps every model type to the
 * fields of the policy-narrative JSON layout, and plugs it into Jackson's YAML mapper; a YAML
 * document therefore has the same fields as the JSON one, and whatever the JSON layout holds (every
 * entity and attribute of the model, with the codes of the open vocabularies as strings) YAML holds
 * too. Decimals ({@link org.policynarrative.core.Figure#amount()} and the like) keep their digits and
 * scale: Jackson's YAML parser resolves {@code 5.350} and {@code 1E+3} as numbers and hands them over
 * as exact decimals, and every string is written quoted, so a code such as {@code no} or a date
 * such as {@code 1961} never turns into another type. It is registered as a
 * {@link java.util.ServiceLoader} service (in {@code module-info.java} and in
 * {@code META-INF/services}), so {@code NarrativeFormats.installed()} finds it by the extensions
 * {@code .yaml} and {@code .yml}.
 *
 * <p>Bad input fails with one {@link NarrativeFormatException} carrying the line, column and
 * path of the problem; Jackson's own exceptions never escape. Reading is as strict as the JSON
 * format's: an unknown or misspelled key is an error naming the closest known field
 * ({@code unknown field 'summry' in era; did you mean 'summary'?}), not a value silently dropped.
 * Unlike the JSON format, which reports every error of a document at once, this one stops at the
 * first: it reads through the public {@link NarrativeJacksonModule}, whose deserializers stop there,
 * as Jackson deserializers do. The limits are the ones every format
 * shares ({@link DocumentLimits}): documents of up to 64 MiB unless raised with
 * {@link #withMaxDocumentLength(long)}, read and written, so that what the format writes it reads
 * back. Instances are immutable and safe to share between threads.
 */
public final class YamlNarrativeFormat implements NarrativeFormat {

  /** The format's name. */
  public static final String NAME = "yaml";

  private static final String EMPTY = "the document is empty; expected a YAML mapping holding a narrative";
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) \"(.*)\"", Pattern.DOTALL);

  /**
   * The longest document read and written by default, in bytes: the default every format shares
   * ({@link DocumentLimits#DEFAULT_MAX_DOCUMENT_LENGTH}, 64 MiB), so that what one format writes the
   * others read back.
   */
  public static final long MAX_DOCUMENT_LENGTH = DocumentLimits.DEFAULT_MAX_DOCUMENT_LENGTH;

  /** How a user of this class raises the limit, as the too-long message names it. */
  private static final String RAISE_WITH = "YamlNarrativeFormat.withMaxDocumentLength(long)";

  private static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
          // The limits every format shares. SnakeYAML's own limit, 3 MB of code points, refused a 3.5 MB
          // document this format had written; like a string, a document has no more code points than
          // bytes, which the document limit bounds exactly (DocumentLimits.limit), so it has none of its own.
          .loadSettings(LoadSettings.builder().setCodePointLimit(DocumentLimits.MAX_STRING_LENGTH).build())
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(DocumentLimits.MAX_NESTING_DEPTH)
              .maxStringLength(DocumentLimits.MAX_STRING_LENGTH)
              .maxNameLength(DocumentLimits.MAX_NAME_LENGTH)
              .maxNumberLength(DocumentLimits.MAX_NUMBER_LENGTH)
              .build())
          .streamWriteConstraints(StreamWriteConstraints.builder()
              .maxNestingDepth(DocumentLimits.MAX_NESTING_DEPTH)
              .build())
          .build())
      .addModule(new NarrativeJacksonModule())
      // The SPI leaves streams open: the caller owns them.
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // A repeated key is an error, not a silent overwrite.
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // An unknown key is an error naming the closest known one, as in the JSON format: Jackson 3
      // ignores unknown properties by default, so a misspelled "summry:" would drop the summary silently.
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // Every string value double-quoted, with escapes: Jackson's MINIMIZE_QUOTES writes some strings
      // plain that YAML then reads differently (a leading U+0085 NEXT LINE is lost; found by the
      // round-trip property), so the format trades a little readability for losslessness.
      .disable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .build();

  /** For {@link java.util.ServiceLoader}. */
  public YamlNarrativeFormat() {
    this(MAX_DOCUMENT_LENGTH);
  }

  private final long maxDocumentLength;

  private YamlNarrativeFormat(long maxDocumentLength) {
    this.maxDocumentLength = DocumentLimits.requireValid(maxDocumentLength);
  }

  /**
   * The same format reading and writing documents of up to {@code maxLength} bytes.
   *
   * @param maxLength the longest document to read or write, in bytes
   * @return a format with that limit
   */
  @Override
  public NarrativeFormat withMaxDocumentLength(long maxLength) {
    return new YamlNarrativeFormat(maxLength);
  }

  /** {@code yaml}. */
  @Override
  public String name() {
    return NAME;
  }

  /** {@code application/yaml} (RFC 9512). */
  @Override
  public String mediaType() {
    return "application/yaml";
  }

  /** {@code .yaml}, then {@code .yml}. */
  @Override
  public List<String> fileExtensions() {
    return List.of(".yaml", ".yml");
  }

  /**
   * Reads one narrative from a YAML document (UTF-8). The stream is left open.
   *
   * @throws NarrativeFormatException when the input is not YAML, or not a valid narrative; it
   *     names the line, column and path of the problem
   * @throws IOException when reading fails
   */
  @Override
  public Narrative read(InputStream in) throws IOException {
    JsonParser parser = null;
    try {
      // Decode with the JDK, strictly: Jackson's own UTF-8 reader for YAML fails on a surrogate pair
      // that straddles its buffer boundary (found by the round-trip property), and a lenient decoder
      // would turn bad bytes into U+FFFD without a word.
      parser = new NoAliases(MAPPER.createParser(StrictUtf8.reader(DocumentLimits.limit(in, maxDocumentLength))));
      Narrative narrative = MAPPER.readValue(parser, Narrative.class);
      if (narrative == null) {
        throw new NarrativeFormatException(NAME, EMPTY);
      }
      return narrative;
    } catch (JacksonException e) {
      // The reader's own failures arrive wrapped, possibly twice (Jackson around SnakeYAML).
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof CharacterCodingException) {
          throw located(NarrativeFormatException.builder(NAME, cause.getMessage()), parser).cause(e).build();
        }
        if (cause instanceof DocumentLimits.TooLongException tooLong) {
          throw DocumentLimits.tooLong(NAME, tooLong.about("the document"), RAISE_WITH).build();
        }
        if (cause instanceof IOException) {
          throw (IOException) cause;
        }
      }
      throw translate(e, parser);
    } catch (IllegalArgumentException e) {
      // A model invariant that the module did not already wrap: still bad input, never a crash.
      throw located(NarrativeFormatException.builder(NAME, String.valueOf(e.getMessage())), parser).cause(e).build();
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Writes one narrative as a YAML document (UTF-8). The stream is flushed and left open.
   *
   * @throws NarrativeFormatException when a string holds an unpaired surrogate (half of a UTF-16
   *     pair), which YAML cannot represent: the emitter would silently write another character; or
   *     when the document would be longer than the limit this format reads (what was written before
   *     stays written)
   * @throws IOException when writing fails
   */
  @Override
  public void write(Narrative narrative, OutputStream out) throws IOException {
    try (JsonGenerator generator = new WellFormedStrings(MAPPER.createGenerator(
        DocumentLimits.limit(out, maxDocumentLength)))) {
      MAPPER.writeValue(generator, narrative);
      out.flush();
    } catch (DocumentLimits.TooLongException e) {
      throw tooLongToWrite(e);
    } catch (RuntimeException e) {
      // The writer's own failures arrive wrapped, by Jackson and possibly by SnakeYAML's emitter.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof NarrativeFormatException) {
          throw (NarrativeFormatException) cause;
        }
        if (cause instanceof DocumentLimits.TooLongException tooLong) {
          throw tooLongToWrite(tooLong);
        }
      }
      if (!(e instanceof JacksonException jackson)) {
        throw e;
      }
      if (e.getCause() instanceof IOException cause) {
        throw cause;
      }
      throw new IOException("cannot write YAML: " + jackson.getOriginalMessage(), e);
    }
  }

  /** Refused rather than written: the reader would refuse the document. */
  private static NarrativeFormatException tooLongToWrite(DocumentLimits.TooLongException passed) {
    return DocumentLimits.tooLong(NAME, passed.about("the document"), RAISE_WITH).build();
  }

  /**
   * Refuses YAML aliases ({@code *name}). Jackson's YAML parser reports an alias as a string holding
   * the anchor's name, so {@code assertedBy: *portal} would silently read as {@code "portal"};
   * resolving them instead would need a limit on expansion (an alias bomb). A narrative never needs
   * one: the writer never emits them.
   */
  private static final class NoAliases extends JsonParserDelegate {

    NoAliases(JsonParser yaml) {
      super(yaml);
    }

    @Override
    public JsonToken nextToken() {
      return checked(delegate.nextToken());
    }

    @Override
    public JsonToken nextValue() {
      return checked(delegate.nextValue());
    }

    @Override
    public String nextName() {
      return checked(delegate.nextName());
    }

    @Override
    public boolean nextName(SerializableString expected) {
      return checked(delegate.nextName(expected));
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
      return checked(delegate.nextNameMatch(matcher));
    }

    private <T> T checked(T token) {
      if (((YAMLParser) delegate).isCurrentAlias()) {
        throw new AliasRefused(this, "YAML aliases are not supported: *" + cut(delegate.getString())
            + " refers to an anchor; write the value out in full", delegate.currentTokenLocation());
      }
      return token;
    }
  }

  /**
   * Refuses strings with an unpaired surrogate. SnakeYAML's emitter turns {@code a\ud800b} into
   * another character without a word (YAML streams are Unicode, which has no lone surrogates), so
   * the format says it cannot write them rather than change the data.
   */
  private static final class WellFormedStrings extends JsonGeneratorDelegate {

    WellFormedStrings(JsonGenerator yaml) {
      super(yaml, false);
    }

    @Override
    public JsonGenerator writeString(String text) {
      check(text);
      return super.writeString(text);
    }

    @Override
    public JsonGenerator writeString(char[] text, int offset, int length) {
      check(new String(text, offset, length));
      return super.writeString(text, offset, length);
    }

    @Override
    public JsonGenerator writeName(String name) {
      check(name);
      return super.writeName(name);
    }

    private void check(String text) {
      if (text == null) {
        return;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          String path = streamWriteContext().pathAsPointer().toString();
          throw new NarrativeFormatException(NAME, String.format("cannot write an unpaired surrogate (U+%04X) at"
              + " char %d: YAML cannot represent it; write JSON, JSON Lines or Markdown, which keep it", (int) c, i),
              0, 0, path.isEmpty() ? null : path, null);
        }
      }
    }
  }

  /** At most the first 60 chars of {@code text}, so that a message stays short. */
  private static String cut(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "... (" + text.length() + " chars)";
  }

  /** A YAML alias in the input, which {@link NoAliases} refuses. */
  private static final class AliasRefused extends StreamReadException {

    private static final long serialVersionUID = 1L;

    AliasRefused(JsonParser parser, String message, TokenStreamLocation where) {
      super(parser, message, where);
    }
  }

  private static NarrativeFormatException translate(JacksonException e, JsonParser parser) {
    TokenStreamLocation location = e.getLocation();
    String message = String.valueOf(e.getOriginalMessage());
    Matcher duplicate = DUPLICATE.matcher(message);
    if (e instanceof AliasRefused) {
      // as it is
    } else if (message.startsWith("No content to map")) {
      message = EMPTY;
    } else if (duplicate.find()) {
      message = "duplicate key '" + duplicate.group(1) + "'; a key may appear only once in a mapping";
    } else if (e instanceof StreamConstraintsException) {
      // Jackson names its Java API in the message, which a reader of the message cannot change.
      message = "the document passes a limit of this reader: " + message.replaceAll(", from `[^`]*`", "");
    } else if (e instanceof StreamReadException && !(e instanceof DatabindException)) {
      message = "malformed YAML: " + firstLines(message);
    }
    NarrativeFormatException.Builder error = located(NarrativeFormatException.builder(NAME, message), parser).cause(e);
    if (location != null && location.getLineNr() > 0) {
      if (location.getColumnNr() > 0) {
        error.at(location.getLineNr(), location.getColumnNr());
      } else {
        error.line(location.getLineNr());
      }
    }
    return error.build();
  }

  /**
   * SnakeYAML's messages span several lines, with the offending line and a caret indented below
   * each part; keep the unindented parts, joined into one line (the location is reported apart).
   */
  private static String firstLines(String message) {
    return message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .map(String::strip).collect(Collectors.joining(": "));
  }

  /** The error with where the parser stands, as a JSON Pointer such as {@code /claims/3/kind}, unless unknown or at the root. */
  private static NarrativeFormatException.Builder located(NarrativeFormatException.Builder error, JsonParser parser) {
    String pointer = parser == null ? "" : parser.streamReadContext().pathAsPointer().toString();
    return pointer.isEmpty() ? error : error.path(pointer);
  }
}
