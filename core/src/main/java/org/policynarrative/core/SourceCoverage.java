package org.policynarrative.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import org.policynarrative.core.internal.MultiPatternSearch;

/**
 * How much of a source text the anchors of a narrative cover: the share of its sentences
 * ({@link SourceText#sentences()}) and of its characters, and the sentences no anchor covers.
 *
 * <p>A sentence is covered when every code point of it that is not white space lies inside some
 * placed quote: a claim that quotes half a sentence leaves it uncovered unless other quotes cover
 * the rest. Characters count code points that are not white space (nor a byte-order mark).
 *
 * <pre>{@code
 * SourceCoverage coverage = SourceCoverage.of(narrative, SourceText.of("fyp1", text));
 * coverage.uncoveredSentences().forEach(s -> System.out.println(s.position() + " " + s.text()));
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class SourceCoverage {

  private final String sourceId;
  private final List<TextSpan> sentences;
  private final List<TextSpan> uncovered;
  private final int characters;
  private final int coveredCharacters;
  private final int unplacedAnchors;

  private SourceCoverage(SourceText text, BitSet covered, int unplacedAnchors) {
    this.sourceId = text.sourceId();
    this.unplacedAnchors = unplacedAnchors;
    int[] codePoints = text.text().codePoints().toArray();
    int counted = 0;
    int coveredCount = 0;
    for (int i = 0; i < codePoints.length; i++) {
      if (isCounted(codePoints, i)) {
        counted++;
        coveredCount += covered.get(i) ? 1 : 0;
      }
    }
    this.characters = counted;
    this.coveredCharacters = coveredCount;
    this.sentences = List.copyOf(text.sentences());
    List<TextSpan> missing = new ArrayList<>();
    for (TextSpan sentence : sentences) {
      for (int i = covered.nextClearBit(sentence.start()); i < sentence.end(); i = covered.nextClearBit(i + 1)) {
        if (isCounted(codePoints, i)) {
          missing.add(sentence);
          break;
        }
      }
    }
    this.uncovered = List.copyOf(missing);
  }

  private static boolean isCounted(int[] codePoints, int i) {
    return !Character.isWhitespace(codePoints[i]) && !(i == 0 && codePoints[0] == 0xFEFF);
  }

  /**
   * {@return the coverage of a source text by the anchors of a narrative into that source}
   *
   * <p>An anchor is placed where its offsets select its quote; without such offsets, at the only
   * occurrence of its quote with its prefix and suffix. An anchor whose quote is missing, or occurs
   * more than once and its context does not tell which, is not placed
   * ({@link #unplacedAnchors()}): {@link NarrativeValidator} says why. Time: linear in the text
   * plus the anchors.
   *
   * @param narrative the narrative whose claims' anchors (and other anchors) count
   * @param text the text of one of its sources
   */
  public static SourceCoverage of(Narrative narrative, SourceText text) {
    BitSet covered = new BitSet();
    List<Anchor> unplaced = new ArrayList<>();
    for (Claim claim : narrative.claims()) {
      place(claim.anchor(), text, covered, unplaced);
      for (Anchor other : claim.otherAnchors()) {
        place(other, text, covered, unplaced);
      }
    }
    int notPlaced = 0;
    if (!unplaced.isEmpty()) {
      // All the quotes without good offsets in one pass, not a pass over the text per quote; each with its
      // prefix and suffix, which settle which occurrence is meant, as the validator reads them.
      List<String> patterns = new ArrayList<>();
      for (Anchor anchor : unplaced) {
        patterns.add(anchor.prefix().orElse("") + anchor.exact() + anchor.suffix().orElse(""));
      }
      MultiPatternSearch.Matches matches = MultiPatternSearch.search(text.text(), patterns, 1);
      for (int q = 0; q < unplaced.size(); q++) {
        Anchor anchor = unplaced.get(q);
        int start = matches.count(q) == 1 ? text.codePointOffset(matches.first(q)[0])
            + length(anchor.prefix().orElse("")) : -1;
        if (start >= 0 && text.occursAt(anchor.exact(), start)) {
          covered.set(start, start + length(anchor.exact()));
        } else {
          notPlaced++;
        }
      }
    }
    return new SourceCoverage(text, covered, notPlaced);
  }

  private static void place(Anchor anchor, SourceText text, BitSet covered, List<Anchor> unplaced) {
    if (!anchor.source().equals(text.sourceId())) {
      return;
    }
    if (anchor.start().isPresent() && text.occursAt(anchor.exact(), anchor.start().get())) {
      int start = anchor.start().get();
      covered.set(start, start + length(anchor.exact()));
    } else {
      unplaced.add(anchor);
    }
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * {@return the coverage of a text by quotes already placed}
   *
   * @param text the source text
   * @param quotes the spans of the text that quotes cover, such as {@link SourceText#span}s
   * @throws IllegalArgumentException when a span ends past the text
   */
  public static SourceCoverage of(SourceText text, Collection<TextSpan> quotes) {
    BitSet covered = new BitSet();
    for (TextSpan quote : quotes) {
      if (quote.end() > text.length()) {
        throw new IllegalArgumentException("span " + quote.start() + ".." + quote.end() + " ends past the "
            + text.length() + " code points of source '" + text.sourceId() + "'");
      }
      covered.set(quote.start(), quote.end());
    }
    return new SourceCoverage(text, covered, 0);
  }

  /** {@return the id of the source} */
  public String sourceId() {
    return sourceId;
  }

  /** {@return every sentence of the text, in order} */
  public List<TextSpan> sentences() {
    return sentences;
  }

  /** {@return the sentences no quote covers wholly, in order} */
  public List<TextSpan> uncoveredSentences() {
    return uncovered;
  }

  /** {@return how many sentences are covered} */
  public int coveredSentences() {
    return sentences.size() - uncovered.size();
  }

  /** {@return the share of sentences covered, from 0 to 1; 1 for a text without sentences} */
  public double sentenceShare() {
    return sentences.isEmpty() ? 1.0 : coveredSentences() / (double) sentences.size();
  }

  /** {@return how many code points of the text are not white space} */
  public int characters() {
    return characters;
  }

  /** {@return how many of those lie inside some placed quote} */
  public int coveredCharacters() {
    return coveredCharacters;
  }

  /** {@return the share of characters covered, from 0 to 1; 1 for a text without any} */
  public double characterShare() {
    return characters == 0 ? 1.0 : coveredCharacters / (double) characters;
  }

  /** {@return how many anchors into the source could not be placed: quote missing, or ambiguous without offsets} */
  public int unplacedAnchors() {
    return unplacedAnchors;
  }
}
