package org.policynarrative.markdown.internal;

import org.policynarrative.core.Narrative;

/** The entry points the public facade calls: narrative to text and back. */
public final class MarkdownCodec {

  private MarkdownCodec() {}

  /** The narrative as a Markdown document. */
  public static String write(Narrative narrative) {
    return MarkdownWriter.write(narrative);
  }

  /** Reads a Markdown document; throws {@link org.policynarrative.core.spi.NarrativeFormatException} on bad input. */
  public static Narrative read(String text) {
    return MarkdownReader.read(text);
  }
}
