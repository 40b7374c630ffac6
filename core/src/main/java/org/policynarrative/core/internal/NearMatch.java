package org.policynarrative.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds, for quotes that do not occur in a text, the span of the text closest to each (fewest
 * edits: a typo, a changed word), in one pass over the text for all of them. Not API.
 *
 * <p>How: each quote is cut into up to {@value #PIECES} pieces; a span within a few edits of the
 * quote contains some piece unchanged (one edit spoils at most one piece). All pieces of all quotes
 * are found in one {@link MultiPatternSearch}; a piece that occurs more than {@value #KEEP} times
 * tells nothing and is ignored. The places where pieces of a quote line up (their diagonal) are
 * voted on, and the best {@value #CANDIDATES} are compared with the quote by edit distance in a
 * window around them. Time: linear in the text plus the quotes, plus per quote at most
 * {@value #CANDIDATES} comparisons of the quote with a window about as long as it (quadratic in the
 * quote, so quotes longer than {@value #MAX_QUOTE} chars get no near-match).
 */
public final class NearMatch {

  /** Pieces a quote is cut into, at most: enough to survive a few typos, few enough to be long. */
  private static final int PIECES = 6;
  /**
   * The length of a piece a quote is cut into, at least where the quote allows: a piece of a few
   * letters occurs in every other sentence, and tells nothing.
   */
  private static final int PIECE_LENGTH = 8;
  /** Occurrences of a piece that are used; a piece that occurs more often is ignored. */
  private static final int KEEP = 32;
  /** Places compared with the quote, at most. */
  private static final int CANDIDATES = 3;
  /** The longest quote, in chars, that is compared: the comparison takes time quadratic in it. */
  private static final int MAX_QUOTE = 2_000;

  /**
   * A near-match: char indices into the text, end exclusive, and how many single-char edits turn it
   * into the quote.
   */
  public record Match(int start, int end, int edits) {}

  private NearMatch() {}

  /**
   * {@return for each quote, in order, the span of {@code text} closest to it, when one is within
   * about a third of its length in edits; empty for a quote too short to tell (under 4 chars)}
   */
  public static List<Optional<Match>> find(String text, List<String> quotes) {
    List<String> pieces = new ArrayList<>();
    List<int[]> owners = new ArrayList<>(); // {quote, char offset of the piece in it}
    for (int q = 0; q < quotes.size(); q++) {
      String quote = quotes.get(q);
      int m = quote.length();
      if (m < 4 || m > MAX_QUOTE) {
        continue;
      }
      int count = Math.max(2, Math.min(PIECES, m / PIECE_LENGTH));
      for (int p = 0; p < count; p++) {
        int from = p * m / count;
        pieces.add(quote.substring(from, (p + 1) * m / count));
        owners.add(new int[] {q, from});
      }
    }
    List<List<Integer>> diagonals = new ArrayList<>();
    for (int q = 0; q < quotes.size(); q++) {
      diagonals.add(new ArrayList<>());
    }
    if (!pieces.isEmpty()) {
      MultiPatternSearch.Matches matches = MultiPatternSearch.search(text, pieces, KEEP);
      for (int p = 0; p < pieces.size(); p++) {
        if (matches.count(p) > KEEP) {
          continue;
        }
        for (int at : matches.first(p)) {
          diagonals.get(owners.get(p)[0]).add(at - owners.get(p)[1]);
        }
      }
    }
    List<Optional<Match>> found = new ArrayList<>();
    for (int q = 0; q < quotes.size(); q++) {
      found.add(best(text, quotes.get(q), diagonals.get(q)));
    }
    return found;
  }

  /** The best of the most-voted places, within the allowed edits. */
  private static Optional<Match> best(String text, String quote, List<Integer> diagonals) {
    if (diagonals.isEmpty()) {
      return Optional.empty();
    }
    int m = quote.length();
    int slack = Math.max(2, m / 3);
    int[] sorted = diagonals.stream().mapToInt(Integer::intValue).sorted().toArray();
    // Clusters of diagonals within the slack of each other: one place, voted for by each piece in it.
    List<int[]> clusters = new ArrayList<>(); // {first diagonal, last diagonal, votes}
    for (int d : sorted) {
      int[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
      if (last != null && d - last[1] <= slack) {
        last[1] = d;
        last[2]++;
      } else {
        clusters.add(new int[] {d, d, 1});
      }
    }
    clusters.sort((a, b) -> b[2] != a[2] ? Integer.compare(b[2], a[2]) : Integer.compare(a[0], b[0]));
    Match best = null;
    for (int[] cluster : clusters.subList(0, Math.min(CANDIDATES, clusters.size()))) {
      int from = Math.max(0, cluster[0] - slack);
      int to = Math.min(text.length(), cluster[1] + m + slack);
      Match match = align(text, from, to, quote);
      if (best == null || match.edits() < best.edits()) {
        best = match;
      }
    }
    return best.edits() <= slack ? Optional.of(best) : Optional.empty();
  }

  /**
   * The span of {@code text[from, to)} with the fewest edits to {@code quote} (semi-global edit
   * distance: the span may start and end anywhere in the window); of equally close spans, the one
   * nearest the quote's length, then the first.
   */
  static Match align(String text, int from, int to, String quote) {
    int n = to - from;
    int m = quote.length();
    // Row i of the table: edits of quote[0, i) against the best span ending at each window position, and where
    // that span starts.
    int[] cost = new int[n + 1];
    int[] start = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      start[j] = j;
    }
    int[] nextCost = new int[n + 1];
    int[] nextStart = new int[n + 1];
    for (int i = 1; i <= m; i++) {
      char q = quote.charAt(i - 1);
      nextCost[0] = i;
      nextStart[0] = 0;
      for (int j = 1; j <= n; j++) {
        int substitute = cost[j - 1] + (text.charAt(from + j - 1) == q ? 0 : 1);
        int skipQuote = cost[j] + 1;
        int skipText = nextCost[j - 1] + 1;
        if (substitute <= skipQuote && substitute <= skipText) {
          nextCost[j] = substitute;
          nextStart[j] = start[j - 1];
        } else if (skipQuote <= skipText) {
          nextCost[j] = skipQuote;
          nextStart[j] = start[j];
        } else {
          nextCost[j] = skipText;
          nextStart[j] = nextStart[j - 1];
        }
      }
      int[] swap = cost;
      cost = nextCost;
      nextCost = swap;
      swap = start;
      start = nextStart;
      nextStart = swap;
    }
    // Of the spans with the fewest edits, the one closest to the quote's length: "simultaneouslx" is
    // "simultaneously" with a letter changed, not "simultaneousl" with one added.
    int end = 0;
    for (int j = 1; j <= n; j++) {
      if (cost[j] < cost[end] || cost[j] == cost[end]
          && Math.abs(j - start[j] - m) < Math.abs(end - start[end] - m)) {
        end = j;
      }
    }
    int s = start[end];
    int e = end;
    // Never split a surrogate pair: widen the span to whole code points.
    if (from + s > 0 && Character.isLowSurrogate(text.charAt(from + s)) && Character.isHighSurrogate(
        text.charAt(from + s - 1))) {
      s--;
    }
    if (from + e < text.length() && from + e > 0 && Character.isLowSurrogate(text.charAt(from + e))
        && Character.isHighSurrogate(text.charAt(from + e - 1))) {
      e++;
    }
    return new Match(from + s, from + e, cost[end]);
  }

}
