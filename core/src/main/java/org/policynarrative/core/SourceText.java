package org.policynarrative.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.policynarrative.core.internal.Checks;

/**
 * The full text of a {@link Source}: the authority that claim anchors are checked against, and
 * the authoring help that computes them.
 *
 * <p>Offsets are Unicode code points, 0-based, end exclusive (see {@link Anchor}).
 */
public final class SourceText {

  /** Code points of context kept before and after a quote by {@link #anchor(String)}. */
  public static final int CONTEXT_LENGTH = 32;

  private final String sourceId;
  private final String text;

  private SourceText(String sourceId, String text) {
    Checks.slug("SourceText", "sourceId", sourceId);
    this.sourceId = sourceId;
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The text of the source with id {@code sourceId}. */
  public static SourceText of(String sourceId, String text) {
    return new SourceText(sourceId, text);
  }

  /** The id of the source. */
  public String sourceId() {
    return sourceId;
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The lower-case hexadecimal SHA-256 of the text's UTF-8 bytes. */
  public String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** The length of the text in code points. */
  public int length() {
    return text.codePointCount(0, text.length());
  }

  /** The text between code-point offsets {@code start} and {@code end}; empty when out of range. */
  public Optional<String> slice(int start, int end) {
    if (start < 0 || end < start || end > length()) {
      return Optional.empty();
    }
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(from, end - start);
    return Optional.of(text.substring(from, to));
  }

  /** The code-point offsets at which {@code quote} starts, in order; overlapping occurrences count. */
  public List<Integer> occurrences(String quote) {
    if (quote.isEmpty()) {
      throw new IllegalArgumentException("quote must not be empty");
    }
    List<Integer> offsets = new ArrayList<>();
    int codePoints = 0;
    int lastIndex = 0;
    for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
      codePoints += text.codePointCount(lastIndex, i);
      lastIndex = i;
      offsets.add(codePoints);
    }
    return offsets;
  }

  /**
   * The anchor of {@code quote}: its offsets and up to {@value #CONTEXT_LENGTH} code points of
   * context on each side.
   *
   * @throws IllegalArgumentException when the quote does not occur in the text, or occurs more
   *     than once; the message says which, and where. Never a guess.
   */
  public Anchor anchor(String quote) {
    List<Integer> found = occurrences(quote);
    if (found.isEmpty()) {
      throw new IllegalArgumentException("quote not found in source '" + sourceId + "': \"" + quote + "\"");
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException("quote occurs " + found.size() + " times in source '" + sourceId
          + "' (at code points " + found + "); quote a longer, unique span: \"" + quote + "\"");
    }
    int start = found.get(0);
    int end = start + quote.codePointCount(0, quote.length());
    Anchor.Builder anchor = Anchor.builder().source(sourceId).exact(quote).start(start).end(end);
    String prefix = slice(Math.max(0, start - CONTEXT_LENGTH), start).orElse("");
    String suffix = slice(end, Math.min(length(), end + CONTEXT_LENGTH)).orElse("");
    if (!prefix.isEmpty()) {
      anchor.prefix(prefix);
    }
    if (!suffix.isEmpty()) {
      anchor.suffix(suffix);
    }
    return anchor.build();
  }
}
