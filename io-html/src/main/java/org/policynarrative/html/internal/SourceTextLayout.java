package org.policynarrative.html.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.policynarrative.core.SourceCoverage;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.TextSpan;
import org.policynarrative.html.internal.view.Fragment;

/**
 * Lays a source text out as nested fragments: the quotes of the placed anchors and the sentences
 * no quote covers are intervals of the text, and each becomes an element. Intervals that cross
 * (a quote that starts inside one and ends after it) cannot both be one element, so the one that
 * opened later is cut where the other closes and goes on in a new part. A sentence is outside the
 * quotes that start with it; of two quotes that start together, the longer is outside.
 *
 * <p>Time: linear in the text plus the intervals, times the depth of nesting at each end.
 */
final class SourceTextLayout {

  /**
   * A highlighted quote.
   *
   * @param claimElementId the element id of its claim
   * @param claimLabel the claim's label
   * @param start the offset of its first code point
   * @param end the offset just past its last
   */
  record Quote(String claimElementId, String claimLabel, int start, int end) {}

  /** The result: the fragments, and how many sentences the text has and how many are uncovered. */
  record Layout(List<Fragment> fragments, int sentences, int uncovered) {}

  /** A quote or an uncovered sentence; {@code quote} is null for a sentence. */
  private record Interval(int start, int end, int order, Quote quote) {}

  private static final Comparator<Interval> NESTING = Comparator.comparingInt(Interval::start)
      .thenComparing(i -> i.quote() != null)
      .thenComparing(Comparator.comparingInt(Interval::end).reversed())
      .thenComparingInt(Interval::order);

  /** An element being filled: the interval and the fragments inside its current part. */
  private static final class Open {
    final Interval interval;
    final boolean first;
    final List<Fragment> children = new ArrayList<>();

    Open(Interval interval, boolean first) {
      this.interval = interval;
      this.first = first;
    }
  }

  private final int[] codePoints;
  private final List<Fragment> root = new ArrayList<>();
  private final List<Open> stack = new ArrayList<>();

  private SourceTextLayout(int[] codePoints) {
    this.codePoints = codePoints;
  }

  /**
   * {@return the layout of {@code text} with {@code quotes} highlighted}
   *
   * @param text the source text
   * @param quotes the placed quotes, each within the text
   */
  static Layout of(SourceText text, List<Quote> quotes) {
    int[] codePoints = text.text().codePoints().toArray();
    List<TextSpan> spans = new ArrayList<>();
    for (Quote quote : quotes) {
      spans.add(text.span(quote.start(), quote.end()));
    }
    // Sentences and which are covered: core's rule, the one the coverage command reports.
    SourceCoverage coverage = SourceCoverage.of(text, spans);
    List<Interval> intervals = new ArrayList<>();
    for (TextSpan sentence : coverage.uncoveredSentences()) {
      intervals.add(new Interval(sentence.start(), sentence.end(), intervals.size(), null));
    }
    for (Quote quote : quotes) {
      intervals.add(new Interval(quote.start(), quote.end(), intervals.size(), quote));
    }
    intervals.sort(NESTING);
    return new Layout(new SourceTextLayout(codePoints).layOut(intervals), coverage.sentences().size(),
        coverage.uncoveredSentences().size());
  }

  private List<Fragment> layOut(List<Interval> intervals) {
    TreeSet<Integer> bounds = new TreeSet<>(List.of(0, codePoints.length));
    for (Interval interval : intervals) {
      bounds.add(interval.start());
      bounds.add(interval.end());
    }
    int next = 0;
    Integer at = bounds.first();
    while (at != null) {
      closeEndingAt(at);
      while (next < intervals.size() && intervals.get(next).start() == at) {
        stack.add(new Open(intervals.get(next++), true));
      }
      Integer following = bounds.higher(at);
      if (following != null && following > at) {
        children().add(new Fragment.Text(new String(codePoints, at, following - at)));
      }
      at = following;
    }
    return root;
  }

  /** Closes the intervals that end at {@code at}, and reopens those opened inside them that go on. */
  private void closeEndingAt(int at) {
    int lowest = -1;
    for (int i = 0; i < stack.size(); i++) {
      if (stack.get(i).interval.end() == at) {
        lowest = i;
        break;
      }
    }
    if (lowest < 0) {
      return;
    }
    List<Interval> goOn = new ArrayList<>();
    for (int i = stack.size() - 1; i >= lowest; i--) {
      Open open = stack.remove(i);
      children().add(fragment(open, at));
      if (open.interval.end() > at) {
        goOn.add(0, open.interval);
      }
    }
    for (Interval interval : goOn) {
      stack.add(new Open(interval, false));
    }
  }

  private List<Fragment> children() {
    return stack.isEmpty() ? root : stack.get(stack.size() - 1).children;
  }

  private static Fragment fragment(Open open, int at) {
    Quote quote = open.interval.quote();
    if (quote == null) {
      return new Fragment.Uncovered(open.first, List.copyOf(open.children));
    }
    return new Fragment.Quote(quote.claimElementId(), quote.claimLabel(),
        open.first ? Entities.spanId(quote.claimElementId()) : null, open.interval.end() == at,
        List.copyOf(open.children));
  }
}
