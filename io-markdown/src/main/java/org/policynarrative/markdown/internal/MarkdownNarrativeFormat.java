package org.policynarrative.markdown.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.LocatedNarrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormat;

/**
 * The {@code markdown} format for {@link java.util.ServiceLoader}: files ending in {@code .md} or
 * {@code .markdown}, media type {@code text/markdown}. Stateless and thread-safe.
 */
public final class MarkdownNarrativeFormat implements NarrativeFormat {

  private final long maxDocumentLength;

  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public MarkdownNarrativeFormat() {
    this(MarkdownCodec.MAX_DOCUMENT_LENGTH);
  }

  private MarkdownNarrativeFormat(long maxDocumentLength) {
    this.maxDocumentLength = maxDocumentLength;
  }

  /** The same format reading and writing documents of up to {@code maxLength} bytes. */
  @Override
  public NarrativeFormat withMaxDocumentLength(long maxLength) {
    return new MarkdownNarrativeFormat(DocumentLimits.requireValid(maxLength));
  }

  @Override
  public String name() {
    return MarkdownErrors.FORMAT;
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".md", ".markdown");
  }

  @Override
  public Narrative read(InputStream in) throws IOException {
    return MarkdownCodec.read(in, maxDocumentLength, false);
  }

  /**
   * Reads as {@link #read(InputStream)} does, and records where each value is, down to the field
   * (a claim's quotation, its attribution's offsets and context, a source's SHA-256), by the paths
   * of {@link org.policynarrative.core.Problem}. Every error the reader finds is reported: the first
   * as the exception, the others as its {@link NarrativeFormatException#moreErrors()}.
   */
  @Override
  public LocatedNarrative readLocated(InputStream in) throws IOException {
    return MarkdownCodec.readLocated(in, maxDocumentLength);
  }

  /** Writes the document, refusing one longer than this format reads back. */
  @Override
  public void write(Narrative narrative, OutputStream out) throws IOException {
    MarkdownCodec.write(narrative, out, maxDocumentLength);
  }
}
