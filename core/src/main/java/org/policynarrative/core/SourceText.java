package org.policynarrative.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.policynarrative.core.internal.LineIndex;
import org.policynarrative.core.internal.MultiPatternSearch;
import org.policynarrative.core.internal.NearMatch;
import org.policynarrative.core.internal.SentenceSplitter;

/**
 * The full text of a {@link Source}: the authority that claim anchors are checked against, and
 * the authoring help that computes them.
 *
 * <p>Offsets are Unicode code points, 0-based, end exclusive (see {@link Anchor}).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class SourceText {

  /** Code points of context kept before and after a quote by {@link #anchor(String)}. */
  public static final int CONTEXT_LENGTH = 32;

  /** Code points between two entries of {@link #charIndex}. */
  private static final int INDEX_STEP = 64;

  private final String sourceId;
  private final String text;
  private final int length;
  /**
   * The char index of every {@value #INDEX_STEP}th code point, so that turning a code-point offset
   * into a char index costs at most {@value #INDEX_STEP} steps rather than a pass over the text;
   * {@code null} when the text has no surrogate pairs and the two offsets are the same.
   */
  private final int[] charIndex;
  /** Line starts, built on first use: most texts are only checked, never asked for a position. */
  private volatile LineIndex lines;

  private SourceText(String sourceId, String text) {
    Invariants.slug("SourceText", "sourceId", sourceId);
    this.sourceId = sourceId;
    this.text = Objects.requireNonNull(text, "text");
    this.length = text.codePointCount(0, text.length());
    this.charIndex = length == text.length() ? null : indexCodePoints(text, length);
  }

  private static int[] indexCodePoints(String text, int length) {
    int[] index = new int[length / INDEX_STEP + 1];
    int codePoint = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), codePoint++) {
      if (codePoint % INDEX_STEP == 0) {
        index[codePoint / INDEX_STEP] = i;
      }
    }
    if (length % INDEX_STEP == 0) {
      index[length / INDEX_STEP] = text.length();
    }
    return index;
  }

  /** The char index of code-point offset {@code codePoint}, 0 to {@link #length()}. */
  private int charOffset(int codePoint) {
    if (charIndex == null) {
      return codePoint;
    }
    int block = codePoint / INDEX_STEP;
    return text.offsetByCodePoints(charIndex[block], codePoint - block * INDEX_STEP);
  }

  /**
   * The text of a source.
   *
   * @param sourceId the id of the {@link Source} the text belongs to
   * @param text the whole text, as the source has it
   * @return the text of the source with id {@code sourceId}
   */
  public static SourceText of(String sourceId, String text) {
    return new SourceText(sourceId, text);
  }

  /** {@return the id of the source} */
  public String sourceId() {
    return sourceId;
  }

  /** {@return the whole text} */
  public String text() {
    return text;
  }

  /** {@return the lower-case hexadecimal SHA-256 of the text's UTF-8 bytes} */
  public String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** {@return the length of the text in code points} */
  public int length() {
    return length;
  }

  /**
   * {@return the text between code-point offsets {@code start} and {@code end}; empty when out of range}
   *
   * @param start the offset of the first code point
   * @param end the offset just after the last code point
   */
  public Optional<String> slice(int start, int end) {
    if (start < 0 || end < start || end > length()) {
      return Optional.empty();
    }
    return Optional.of(text.substring(charOffset(start), charOffset(end)));
  }

  /**
   * The code-point offsets at which {@code quote} starts, in order; overlapping occurrences count. A
   * match that starts or ends between the two halves of a surrogate pair is not an occurrence.
   *
   * @param quote the text to find, not empty
   * @return the offsets, empty when it does not occur
   */
  public List<Integer> occurrences(String quote) {
    if (quote.isEmpty()) {
      throw new IllegalArgumentException("quote must not be empty");
    }
    // Knuth-Morris-Pratt: linear in the text even for a quote that almost matches everywhere,
    // where String.indexOf would compare the whole quote at every position.
    int m = quote.length();
    int[] border = new int[m];
    for (int i = 1, k = 0; i < m; i++) {
      while (k > 0 && quote.charAt(i) != quote.charAt(k)) {
        k = border[k - 1];
      }
      if (quote.charAt(i) == quote.charAt(k)) {
        k++;
      }
      border[i] = k;
    }
    List<Integer> offsets = new ArrayList<>();
    int codePoints = 0;
    int lastIndex = 0;
    for (int i = 0, k = 0; i < text.length(); i++) {
      while (k > 0 && text.charAt(i) != quote.charAt(k)) {
        k = border[k - 1];
      }
      if (text.charAt(i) == quote.charAt(k)) {
        k++;
      }
      if (k == m) {
        int start = i - m + 1;
        if (!splitsPair(start) && !splitsPair(i + 1)) {
          // A match that begins or ends inside a surrogate pair quotes half a character: not an occurrence.
          codePoints += text.codePointCount(lastIndex, start);
          lastIndex = start;
          offsets.add(codePoints);
        }
        k = border[k - 1];
      }
    }
    return offsets;
  }

  /**
   * The first occurrences of many quotes, found in one pass over the text however many quotes there
   * are, where a search per quote ({@link #occurrences(String)}) takes a pass each: for each quote,
   * in order, the code-point offsets of its first {@code limit} occurrences, as
   * {@link #occurrences(String)} lists them. With a limit of 2, a list of one offset means the quote
   * is unique, an empty list that it is missing.
   *
   * @param quotes the texts to find, none empty
   * @param limit how many offsets to keep per quote, at least 1
   * @return one list per quote, each of at most {@code limit} offsets
   * @throws IllegalArgumentException when a quote is empty or {@code limit} is less than 1
   */
  public List<List<Integer>> occurrences(List<String> quotes, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
    }
    List<List<Integer>> found = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    long chars = 0;
    for (int q = 0; q < quotes.size(); q++) {
      String quote = quotes.get(q);
      if (quote.isEmpty()) {
        throw new IllegalArgumentException("quote " + q + " is empty: a quote must not be empty");
      }
      found.add(null);
      if (quote.length() > MultiPatternSearch.MAX_CHARS / 2 || Character.isLowSurrogate(quote.charAt(0))
          || Character.isHighSurrogate(quote.charAt(quote.length() - 1))) {
        // Too long for one search, or able to match half a surrogate pair, which is no occurrence: on its own.
        List<Integer> all = occurrences(quote);
        found.set(q, List.copyOf(all.subList(0, Math.min(limit, all.size()))));
        continue;
      }
      if (chars + quote.length() > MultiPatternSearch.MAX_CHARS / 2) {
        searchBatch(batch, slots, limit, found);
        chars = 0;
      }
      batch.add(quote);
      slots.add(q);
      chars += quote.length();
    }
    searchBatch(batch, slots, limit, found);
    return found;
  }

  private void searchBatch(List<String> batch, List<Integer> slots, int limit, List<List<Integer>> found) {
    if (batch.isEmpty()) {
      return;
    }
    MultiPatternSearch.Matches matches = MultiPatternSearch.search(text, batch, limit);
    for (int i = 0; i < batch.size(); i++) {
      List<Integer> offsets = new ArrayList<>();
      for (int index : matches.first(i)) {
        offsets.add(codePointOffset(index));
      }
      found.set(slots.get(i), List.copyOf(offsets));
    }
    batch.clear();
    slots.clear();
  }

  /** Whether char index {@code index} falls between the two halves of a surrogate pair. */
  private boolean splitsPair(int index) {
    return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
        && Character.isLowSurrogate(text.charAt(index));
  }

  /**
   * True when {@code quote} starts at code-point offset {@code start}: the same as
   * {@code occurrences(quote).contains(start)}, without searching the text.
   */
  boolean occursAt(String quote, int start) {
    if (start < 0 || start > length) {
      return false;
    }
    int at = charOffset(start);
    // A match that ends between the halves of a surrogate pair is no occurrence (occurrences() leaves it out);
    // one that starts there has no code-point offset of its own, so it never starts at one.
    return text.startsWith(quote, at) && !splitsPair(at + quote.length());
  }

  /** The code-point offset of char index {@code index}, counted as {@link #occurrences} counts it. */
  int codePointOffset(int index) {
    if (charIndex == null) {
      return index;
    }
    int block = Arrays.binarySearch(charIndex, index);
    block = block >= 0 ? block : -block - 2; // the last indexed code point at or before the index
    return block * INDEX_STEP + text.codePointCount(charIndex[block], index);
  }

  /**
   * The anchor of {@code quote}: its offsets and up to {@value #CONTEXT_LENGTH} code points of
   * context on each side.
   *
   * @param quote the exact words of the source to anchor
   * @return the anchor, with offsets counted in code points
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
          + "' (at code points " + firstFew(found) + "); quote a longer, unique span: \"" + quote + "\"");
    }
    int start = found.get(0);
    return anchorAt(start, start + quote.codePointCount(0, quote.length()));
  }

  /**
   * The anchor of the text between two offsets, such as a sentence's ({@link #sentences()}): that
   * text as the quote, the offsets, and up to {@value #CONTEXT_LENGTH} code points of context on
   * each side (a byte-order mark at the start of the text is no context).
   *
   * @param start the offset of the quote's first code point
   * @param end the offset just after its last code point
   * @return the anchor, with offsets counted in code points
   * @throws IllegalArgumentException when the offsets are not {@code 0 <= start < end <= length()}
   */
  public Anchor anchorAt(int start, int end) {
    if (start == end) {
      throw new IllegalArgumentException("an anchor quotes at least one code point, but offsets " + start + ".."
          + end + " select none");
    }
    String quote = span(start, end).text();
    int from = Math.max(text.startsWith("\uFEFF") ? 1 : 0, start - CONTEXT_LENGTH);
    String prefix = start > from ? slice(from, start).orElse("") : "";
    String suffix = slice(end, Math.min(length(), end + CONTEXT_LENGTH)).orElse("");
    Anchor.Builder anchor = Anchor.builder().source(sourceId).exact(quote).start(start).end(end);
    if (!prefix.isEmpty()) {
      anchor.prefix(prefix);
    }
    if (!suffix.isEmpty()) {
      anchor.suffix(suffix);
    }
    return anchor.build();
  }

  /**
   * {@return the span between code-point offsets {@code start} and {@code end}, with the line and
   * column where it starts}
   *
   * @param start the offset of the first code point
   * @param end the offset just after the last code point
   * @throws IllegalArgumentException when the offsets are not {@code 0 <= start <= end <= length()}
   */
  public TextSpan span(int start, int end) {
    String spanned = slice(start, end).orElseThrow(() -> new IllegalArgumentException("offsets " + start + ".."
        + end + " are not within the " + length + " code points of source '" + sourceId + "'"));
    LineIndex index = lineIndex();
    return new TextSpan(start, end, spanned, index.line(start), index.column(start));
  }

  private LineIndex lineIndex() {
    LineIndex index = lines;
    if (index == null) {
      index = LineIndex.of(text); // a race builds it twice, never wrongly
      lines = index;
    }
    return index;
  }

  /**
   * {@return the sentences of the text, in order, each with its offsets, line and column}
   *
   * <p>One rule for every language, independent of the platform's locale data: a sentence ends
   * after {@code . ! ?} (or a kin terminal of another script, such as {@code ؟} or {@code ।})
   * followed by white space, after {@code 。 ！ ？} even with no space after them, at a blank line,
   * and at the end of the text; closing quotes and brackets right after a terminal belong to its
   * sentence. A sentence neither starts nor ends with white space. Abbreviations with a full stop
   * end a sentence too.
   */
  public List<TextSpan> sentences() {
    List<TextSpan> sentences = new ArrayList<>();
    for (int[] sentence : SentenceSplitter.split(text)) {
      sentences.add(span(sentence[0], sentence[1]));
    }
    return sentences;
  }

  /**
   * {@return where a quote stands when it differs from the text only in Unicode normalisation:
   * the occurrences of its NFC and of its NFD form, when these differ from the quote (a quote typed
   * in NFC, common for Korean, and a text in NFD, or the other way round); empty when there are none}
   *
   * <p>Such a quote does not occur as written, so {@link #anchor(String)} refuses it; these spans
   * say what the text has instead. Overlapping occurrences count, as in {@link #occurrences}.
   *
   * @param quote the quote, not empty
   */
  public List<TextSpan> normalisationMatches(String quote) {
    List<TextSpan> found = new ArrayList<>();
    for (Normalizer.Form form : new Normalizer.Form[] {Normalizer.Form.NFC, Normalizer.Form.NFD}) {
      String normalised = Normalizer.normalize(quote, form);
      if (!normalised.equals(quote)) {
        int length = normalised.codePointCount(0, normalised.length());
        for (int start : occurrences(normalised)) {
          found.add(span(start, start + length));
        }
      }
    }
    return found;
  }

  /**
   * {@return the span of the text closest to a quote that does not occur in it (a typo, a changed
   * word): the one needing the fewest single-character edits, when that is at most about a third of
   * the quote's length; empty when no span is that close, or the quote is shorter than 4 or longer
   * than 2,000 chars}
   *
   * <p>Time: about linear in the text, whatever the quote.
   *
   * @param quote the quote, not empty
   */
  public Optional<TextSpan> closestMatch(String quote) {
    return closestMatches(List.of(quote)).get(0);
  }

  /** {@link #closestMatch} of many quotes, in one pass over the text. */
  List<Optional<TextSpan>> closestMatches(List<String> quotes) {
    List<Optional<TextSpan>> spans = new ArrayList<>();
    for (Optional<NearMatch.Match> match : NearMatch.find(text, quotes)) {
      spans.add(match.map(m -> span(codePointOffset(m.start()), codePointOffset(m.end()))));
    }
    return spans;
  }

  /** At most ten offsets, so that a quote occurring a million times still gives a readable message. */
  static String firstFew(List<Integer> offsets) {
    return firstFew(offsets.subList(0, Math.min(offsets.size(), 10)), offsets.size());
  }

  /** {@link #firstFew(List)} of a list of {@code count} offsets that starts with {@code firstTen}. */
  static String firstFew(List<Integer> firstTen, int count) {
    return count <= 10 ? firstTen.toString() : firstTen.toString().replace("]", ", ... " + (count - 10) + " more]");
  }
}
