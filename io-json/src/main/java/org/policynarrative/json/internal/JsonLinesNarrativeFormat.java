package org.policynarrative.json.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.CorpusReader;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.StrictUtf8;

/**
 * The {@code jsonl} format of the core SPI: a corpus, one narrative per line. {@link #read} reads a
 * file of exactly one narrative; {@link #readCorpus} and {@link #writeCorpus} read and write any
 * number, as {@code NarrativeJson.readLines} and {@code writeLines} do, and reading goes on after a
 * bad line.
 */
public final class JsonLinesNarrativeFormat implements NarrativeFormat {

  private final JsonCodec codec;

  /** For {@link java.util.ServiceLoader}. */
  public JsonLinesNarrativeFormat() {
    this(JsonCodec.create());
  }

  private JsonLinesNarrativeFormat(JsonCodec codec) {
    this.codec = codec;
  }

  /** The same format reading and writing lines of up to {@code maxLength} characters. */
  @Override
  public NarrativeFormat withMaxDocumentLength(long maxLength) {
    return new JsonLinesNarrativeFormat(codec.withMaxDocumentLength(maxLength));
  }

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
    JsonLinesReader lines = new JsonLinesReader(StrictUtf8.reader(in), codec, null);
    try {
      if (!lines.hasNext()) {
        throw NarrativeFormatException.builder(name(), "the input holds no narrative; expected one JSON object on one "
            + "line").at(1, 1).path("").build();
      }
      Narrative narrative = lines.next();
      long first = lines.lineNumber();
      if (lines.hasNext()) {
        throw NarrativeFormatException.builder(name(), "the input holds more than one narrative (line " + first
            + " and this one); read corpora with NarrativeJson.readLines")
            .at(JsonErrors.lineOf(1, lines.lineNumber()), 1).path("").build();
      }
      return narrative;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Writes the narrative as one compact line ended by a newline, refusing a line longer than this format reads. */
  @Override
  public void write(Narrative narrative, OutputStream out) throws IOException {
    codec.writeLines(List.of(narrative).iterator(), out);
  }

  /** True: a JSON Lines file is a corpus. */
  @Override
  public boolean isCorpus() {
    return true;
  }

  /** Every line's narrative, or its problem; reading goes on after a bad line. */
  @Override
  public CorpusReader readCorpus(InputStream in) {
    return new JsonLinesCorpusReader(in, codec);
  }

  /** One compact line per narrative. */
  @Override
  public void writeCorpus(Iterator<? extends Narrative> narratives, OutputStream out) throws IOException {
    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    codec.writeLines(narratives, buffered);
    buffered.flush();
  }
}
