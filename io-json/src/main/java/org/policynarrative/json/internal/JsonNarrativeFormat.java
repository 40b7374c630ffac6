package org.policynarrative.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormat;

/**
 * The {@code json} format of the core SPI: one narrative per document, in the canonical layout,
 * read strictly. Found through {@link java.util.ServiceLoader}.
 */
public final class JsonNarrativeFormat implements NarrativeFormat {

  /** The format's name. */
  public static final String NAME = "json";

  /** For {@link java.util.ServiceLoader}. */
  public JsonNarrativeFormat() {}

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
    return JsonCodec.create().read(in, NAME);
  }

  @Override
  public void write(Narrative narrative, OutputStream out) throws IOException {
    JsonCodec.create().write(narrative, out);
  }
}
