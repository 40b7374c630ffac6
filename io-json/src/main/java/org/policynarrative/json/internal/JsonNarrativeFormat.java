package org.policynarrative.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.LocatedNarrative;
import org.policynarrative.core.spi.NarrativeFormat;

/**
 * The {@code json} format of the core SPI: one narrative per document, in the canonical layout,
 * read strictly. Found through {@link java.util.ServiceLoader}.
 */
public final class JsonNarrativeFormat implements NarrativeFormat {

  /** The format's name. */
  public static final String NAME = "json";

  private final JsonCodec codec;

  /** For {@link java.util.ServiceLoader}. */
  public JsonNarrativeFormat() {
    this(JsonCodec.create());
  }

  private JsonNarrativeFormat(JsonCodec codec) {
    this.codec = codec;
  }

  /** The same format reading and writing documents of up to {@code maxLength} bytes. */
  @Override
  public NarrativeFormat withMaxDocumentLength(long maxLength) {
    return new JsonNarrativeFormat(codec.withMaxDocumentLength(maxLength));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".json");
  }

  @Override
  public Narrative read(InputStream in) throws IOException {
    return codec.read(in, NAME);
  }

  /**
   * Reads the narrative as {@link #read} does, with the line and column of each field's value and
   * each array element, so that a validator problem (such as one at {@code claims[7].anchor.start})
   * is located at its field.
   */
  @Override
  public LocatedNarrative readLocated(InputStream in) throws IOException {
    return codec.readLocated(in, NAME);
  }

  /** Writes the canonical document, refusing one longer than this format reads back. */
  @Override
  public void write(Narrative narrative, OutputStream out) throws IOException {
    codec.write(narrative, out);
  }
}
