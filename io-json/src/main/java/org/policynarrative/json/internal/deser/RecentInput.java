package org.policynarrative.json.internal.deser;

/**
 * An input that still holds the units (bytes or characters) it handed out last, so that a reader
 * can look back at the text of the token just parsed. The codec's inputs implement it; a reader
 * over one of them reports duplicate names itself, in place of Jackson's
 * {@code STRICT_DUPLICATE_DETECTION} (see {@link JsonInput}).
 */
public interface RecentInput {

  /** True when offsets and units are characters; false for bytes. */
  boolean countsCharacters();

  /**
   * The unit at an absolute offset from the start of the input (0-based), or -1 when it is no
   * longer (or not yet) held.
   */
  int unitAt(long offset);
}
