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
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.StrictUtf8;
import org.policynarrative.json.NarrativeJacksonModule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A YAML format for narratives, written entirely outside the library: the worked example of a
 * third-party adapter (see {@code docs/writing-an-adapter.md}).
 *
 * <p>It reuses {@link NarrativeJacksonModule} from io-json, which maps every model type to the
 * fields of the policy-narrative JSON layout, and plugs it into Jackson's YAML mapper; a YAML
 * document therefore has the same fields as the JSON one. It is registered as a
 * {@link java.util.ServiceLoader} service (in {@code module-info.java} and in
 * {@code META-INF/services}), so {@code NarrativeFormats.installed()} finds it by the extensions
 * {@code .yaml} and {@code .yml}.
 *
 * <p>Bad input fails with one {@link NarrativeFormatException} carrying the line, column and
 * path of the problem; Jackson's own exceptions never escape. Instances are immutable and safe to
 * share between threads.
 */
public final class YamlNarrativeFormat implements NarrativeFormat {

  /** The format's name. */
  public static final String NAME = "yaml";

  private static final String EMPTY = "the document is empty; expected a YAML mapping holding a narrative";
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) \"(.*)\"", Pattern.DOTALL);

  private static final ObjectMapper MAPPER = YAMLMapper.builder()
      .addModule(new NarrativeJacksonModule())
      // The SPI leaves streams open: the caller owns them.
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // A repeated key is an error, not a silent overwrite.
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // Every string value double-quoted, with escapes: Jackson's MINIMIZE_QUOTES writes some strings
      // plain that YAML then reads differently (a leading U+0085 NEXT LINE is lost; found by the
      // round-trip property), so the format trades a little readability for losslessness.
      .disable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .build();

  /** For {@link java.util.ServiceLoader}. */
  public YamlNarrativeFormat() {}

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
      parser = MAPPER.createParser(StrictUtf8.reader(in));
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
   * @throws IOException when writing fails
   */
  @Override
  public void write(Narrative narrative, OutputStream out) throws IOException {
    try {
      MAPPER.writeValue(out, narrative);
      out.flush();
    } catch (JacksonException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      throw new IOException("cannot write YAML: " + e.getOriginalMessage(), e);
    }
  }

  private static NarrativeFormatException translate(JacksonException e, JsonParser parser) {
    TokenStreamLocation location = e.getLocation();
    String message = String.valueOf(e.getOriginalMessage());
    Matcher duplicate = DUPLICATE.matcher(message);
    if (message.startsWith("No content to map")) {
      message = EMPTY;
    } else if (duplicate.find()) {
      message = "duplicate key '" + duplicate.group(1) + "'; a key may appear only once in a mapping";
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
