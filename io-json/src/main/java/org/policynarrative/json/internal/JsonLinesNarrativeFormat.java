package org.policynarrative.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * The {@code jsonl} format of the core SPI. Through this interface a file holds a single
 * narrative, on one line; corpora of many narratives are read and written with
 * {@code NarrativeJson.readLines} and {@code writeLines}.
 */
public final class JsonLinesNarrativeFormat implements NarrativeFormat {

  /** For {@link java.util.ServiceLoader}. */
  public JsonLinesNarrativeFormat() {}

  @Override
  public String name() {
    return JsonLinesReader.FORMAT;
  }

  @Override
  public String mediaType() {
    return "application/jsonl";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".jsonl");
  }

  /**
   * Reads the one narrative of the input.
   *
   * @throws NarrativeFormatException when the input holds no narrative, more than one, or an invalid line
   */
  @Override
  public Narrative read(InputStream in) throws IOException {
    JsonLinesReader lines = new JsonLinesReader(utf8(in), JsonCodec.strict(), false, null);
    try {
      if (!lines.hasNext()) {
        throw new NarrativeFormatException(name(), "the input holds no narrative; expected one JSON object on one line",
            1, 1, "", null);
      }
      Narrative narrative = lines.next();
      long first = lines.lineNumber();
      if (lines.hasNext()) {
        throw new NarrativeFormatException(name(), "the input holds more than one narrative (line " + first
            + " and this one); read corpora with NarrativeJson.readLines", (int) lines.lineNumber(), 1, "", null);
      }
      return narrative;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Writes the narrative as one compact line ended by a newline. */
  @Override
  public void write(Narrative narrative, OutputStream out) throws IOException {
    JsonCodec.strict().writeLines(List.of(narrative).iterator(), out);
  }

  /** A strict UTF-8 reader: malformed bytes fail rather than turn into replacement characters. */
  static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }
}
