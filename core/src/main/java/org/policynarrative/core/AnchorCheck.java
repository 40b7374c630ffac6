package org.policynarrative.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policynarrative.core.internal.MultiPatternSearch;

/**
 * The part of {@link NarrativeValidator} that checks anchors against the texts of their sources.
 *
 * <p>An anchor whose offsets select its quote is checked there. The others (no offsets, or stale
 * ones: the text gained a character at its start) need their quote found in the text; all the
 * quotes of one text are found in one pass ({@link MultiPatternSearch}), where a search of the
 * whole text per quote cost seconds for a few hundred quotes in a few megabytes of text. The
 * verdicts are those of a search per quote with {@link SourceText#occurrences}.
 */
final class AnchorCheck {

  /** Offsets a message lists ({@link SourceText#firstFew}). */
  private static final int LISTED = 10;

  /**
   * Chars of quotes searched for in one pass over a text, at least; beyond this, half the text's
   * length. A pass per half of the text's length in quotes keeps the time linear in the text plus
   * the quotes, and bounds the memory of the search (about 40 bytes per char of quote) by that of
   * a few copies of the text.
   */
  private static final int MIN_BATCH = 1 << 20;

  private AnchorCheck() {}

  /** The occurrences of one quote: how many, and the code-point offsets of the first {@value #LISTED}. */
  private record Found(int count, List<Integer> first) {
    String firstFew() {
      return SourceText.firstFew(first, count);
    }
  }

  static void check(Narrative narrative, Collection<SourceText> texts, List<Problem> problems) {
    Map<String, SourceText> byId = new HashMap<>();
    Map<String, Integer> sourceIndex = null;
    for (SourceText text : texts) {
      Optional<Source> source = narrative.source(text.sourceId());
      if (source.isEmpty()) {
        problems.add(Problem.of("sources", ProblemCode.UNKNOWN_SOURCE_TEXT,
            "a text was supplied for source '" + text.sourceId() + "', which the narrative does not have"));
        continue;
      }
      byId.put(text.sourceId(), text);
      Optional<String> recorded = source.get().sha256();
      if (recorded.isPresent() && !recorded.get().equals(text.sha256())) {
        if (sourceIndex == null) { // built once, not an indexOf per mismatching text
          sourceIndex = firstIndex(narrative.sources());
        }
        problems.add(Problem.of("sources[" + sourceIndex.get(text.sourceId()) + "].sha256",
            ProblemCode.SOURCE_HASH_MISMATCH,
            "the supplied text has SHA-256 " + text.sha256() + ", not the recorded " + recorded.get()));
      }
    }
    AnchorList claims = new AnchorList(narrative.claims());
    // First the anchors whose offsets select their quote; the others wait for one search per text.
    BitSet atOffsets = new BitSet(claims.size());
    Map<SourceText, List<Integer>> searched = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Anchor anchor = claims.get(i);
      SourceText text = byId.get(anchor.source());
      if (text == null) {
        checkSpan(anchor, claims, i, problems);
        continue;
      }
      if (selectsQuote(anchor, text)) {
        atOffsets.set(i);
      } else {
        searched.computeIfAbsent(text, t -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, Found> quotes = new HashMap<>();
    Map<Integer, Found> contexts = new HashMap<>();
    searched.forEach((text, pending) -> search(text, pending, claims, quotes, contexts));
    Map<Integer, String> orphans = new HashMap<>();
    searched.forEach((text, pending) -> {
      Map<Integer, String> missing = new LinkedHashMap<>();
      for (int claim : pending) {
        if (quotes.get(claim).count() == 0) {
          missing.put(claim, claims.get(claim).exact());
        }
      }
      AnchorExplanations.explainOrphans(text, missing, orphans);
    });
    for (int i = 0; i < claims.size(); i++) {
      Anchor anchor = claims.get(i);
      SourceText text = byId.get(anchor.source());
      if (text != null) {
        report(anchor, text, claims, i, atOffsets.get(i), quotes.get(i), contexts.get(i), orphans.get(i), problems);
      }
    }
  }

  /**
   * Without the source's text, only the offsets' span can be checked: {@code end - start} must be
   * the quote's length. An anchor with a wrong span is still read, so that the anchor command can
   * repair it.
   */
  private static void checkSpan(Anchor anchor, AnchorList anchors, int claim, List<Problem> problems) {
    if (anchor.start().isEmpty()) {
      return;
    }
    int start = anchor.start().get();
    int end = anchor.end().get();
    int length = length(anchor.exact());
    if (end - start != length) {
      problems.add(Problem.of(anchors.path(claim) + ".end", ProblemCode.OFFSETS_MISMATCH,
          "offsets " + start + ".." + end + " do not span the quote: they span " + (end - start)
              + " code points, the quote has " + length + "; run 'policy-narrative anchor FILE -t " + anchor.source()
              + "=TEXT' to recompute them from the source text"));
    }
  }

  /** True when the anchor has offsets and the text there is its quote. */
  private static boolean selectsQuote(Anchor anchor, SourceText text) {
    if (anchor.start().isEmpty()) {
      return false;
    }
    int start = anchor.start().get();
    return text.slice(start, start + length(anchor.exact())).filter(anchor.exact()::equals).isPresent();
  }

  /**
   * Finds the quotes of the anchors {@code pending} in {@code text}, and for an anchor without
   * offsets its quote with its context, in as few passes as {@link #MIN_BATCH} allows.
   */
  private static void search(SourceText text, List<Integer> pending, AnchorList claims, Map<Integer, Found> quotes,
      Map<Integer, Found> contexts) {
    // A batch stops at batchChars or just past it, by less than one anchor's quotes: at most
    // MultiPatternSearch.MAX_CHARS in all. A quote longer than half of that (a text of hundreds of
    // megabytes) is searched for on its own.
    long half = MultiPatternSearch.MAX_CHARS / 2;
    long batchChars = Math.min(Math.max(text.text().length() / 2, MIN_BATCH), half);
    List<Integer> batch = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    long chars = 0;
    for (int k = 0; k < pending.size(); k++) {
      int claim = pending.get(k);
      Anchor anchor = claims.get(claim);
      String context = hasContext(anchor) ? withContext(anchor) : null;
      long need = anchor.exact().length() + (context == null ? 0 : context.length());
      if (need > half) {
        record(claim, anchor, found(text, anchor.exact(), 0),
            context == null ? null : found(text, context, length(anchor.prefix().orElse(""))), quotes, contexts);
      } else {
        batch.add(claim);
        patterns.add(anchor.exact());
        if (context != null) {
          patterns.add(context);
        }
        chars += need;
      }
      if (batch.isEmpty() || chars < batchChars && k < pending.size() - 1) {
        continue;
      }
      MultiPatternSearch.Matches matches = MultiPatternSearch.search(text.text(), patterns, LISTED);
      int p = 0;
      for (int searched : batch) {
        Anchor searchedAnchor = claims.get(searched);
        Found quote = found(text, matches, patterns, p++, 0);
        Found withContext = hasContext(searchedAnchor)
            ? found(text, matches, patterns, p++, length(searchedAnchor.prefix().orElse(""))) : null;
        record(searched, searchedAnchor, quote, withContext, quotes, contexts);
      }
      batch.clear();
      patterns.clear();
      chars = 0;
    }
  }

  /** What was found for an anchor: its quote and, with no offsets, its quote with its context. */
  private static void record(int claim, Anchor anchor, Found quote, Found withContext, Map<Integer, Found> quotes,
      Map<Integer, Found> contexts) {
    quotes.put(claim, quote);
    if (anchor.start().isEmpty()) {
      contexts.put(claim, withContext != null ? withContext : quote); // no context: the quote is all there is
    }
  }

  /** True when the anchor's quote must be found with its context: it has no offsets, but a prefix or suffix. */
  private static boolean hasContext(Anchor anchor) {
    return anchor.start().isEmpty() && (anchor.prefix().isPresent() || anchor.suffix().isPresent());
  }

  /** The quote with its prefix and suffix: it occurs exactly where the quote occurs with its context. */
  private static String withContext(Anchor anchor) {
    return anchor.prefix().orElse("") + anchor.exact() + anchor.suffix().orElse("");
  }

  /** The occurrences of one pattern, from a search of its own. */
  private static Found found(SourceText text, String pattern, int shift) {
    List<Integer> all = text.occurrences(pattern);
    List<Integer> first = new ArrayList<>();
    for (int at : all.subList(0, Math.min(all.size(), LISTED))) {
      first.add(at + shift);
    }
    return new Found(all.size(), first);
  }

  private static Found found(SourceText text, MultiPatternSearch.Matches matches, List<String> patterns, int pattern,
      int shift) {
    String quote = patterns.get(pattern);
    if (!quote.isEmpty() && (Character.isLowSurrogate(quote.charAt(0))
        || Character.isHighSurrogate(quote.charAt(quote.length() - 1)))) {
      // A quote that starts or ends with half a surrogate pair matches mostly by splitting a pair, which is no
      // occurrence: SourceText.occurrences leaves those out. Such quotes are rare, so one search each is cheap.
      return found(text, quote, shift);
    }
    List<Integer> first = new ArrayList<>();
    for (int index : matches.first(pattern)) {
      first.add(text.codePointOffset(index) + shift);
    }
    return new Found(matches.count(pattern), first);
  }

  private static void report(Anchor anchor, SourceText text, AnchorList anchors, int claim, boolean atOffsets, Found quote,
      Found context, String orphan, List<Problem> problems) {
    int length = length(anchor.exact());
    if (atOffsets) {
      int start = anchor.start().get();
      if (anchor.end().get() != start + length) {
        problems.add(Problem.of(anchors.path(claim) + ".end", ProblemCode.OFFSETS_MISMATCH,
            "offsets " + start + ".." + anchor.end().get() + " do not span the quote, which stands at " + start
                + ".." + (start + length) + " (" + text.span(start, start).position()
                + "); run 'policy-narrative anchor' to refresh the offsets"));
      }
      checkContext(anchor, text, start, length, anchors, claim, problems);
      return;
    }
    if (quote.count() == 0) {
      problems.add(Problem.of(anchors.path(claim) + ".exact", ProblemCode.QUOTE_NOT_FOUND,
          "quote not found in source '" + anchor.source() + "': \"" + AnchorExplanations.abbreviate(anchor.exact()) + "\""
              + (orphan == null ? "" : orphan)));
      return;
    }
    if (anchor.start().isPresent()) {
      int start = anchor.start().get();
      if (!text.occursAt(anchor.exact(), start)) {
        problems.add(Problem.of(anchors.path(claim) + ".start", ProblemCode.OFFSETS_MISMATCH,
            "orphaned anchor: offsets " + start + ".." + anchor.end().get()
                + " do not select the quote, which occurs at " + quote.firstFew() + " (line:column "
                + AnchorExplanations.positions(text, quote.count(), quote.first()) + "); run 'policy-narrative anchor' to refresh the offsets"));
        return;
      }
      checkContext(anchor, text, start, length, anchors, claim, problems);
      return;
    }
    if (context.count() == 0) {
      if (quote.count() == 1) { // one place to compare with: say what differs there
        checkContext(anchor, text, quote.first().get(0), length, anchors, claim, problems);
      } else {
        problems.add(Problem.of(anchors.path(claim), ProblemCode.CONTEXT_MISMATCH,
            "the prefix or suffix does not match the text around any occurrence of the quote (it occurs "
                + quote.count() + " times, at line:column " + AnchorExplanations.positions(text, quote.count(), quote.first()) + ")"));
      }
    } else if (context.count() > 1) {
      problems.add(Problem.of(anchors.path(claim) + ".exact", ProblemCode.AMBIGUOUS_QUOTE,
          "the quote occurs " + context.count() + " times (at " + context.firstFew()
              + ") and nothing tells them apart; add offsets or a prefix/suffix (line:column "
              + AnchorExplanations.positions(text, context.count(), context.first()) + ")"));
    }
  }

  private static void checkContext(Anchor anchor, SourceText text, int start, int length, AnchorList anchors, int claim,
      List<Problem> problems) {
    AnchorExplanations.contextMismatch(anchor, text, start, length)
        .ifPresent(m -> problems.add(Problem.of(anchors.path(claim) + m.attribute(), ProblemCode.CONTEXT_MISMATCH,
            m.message())));
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static Map<String, Integer> firstIndex(List<Source> sources) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      index.putIfAbsent(sources.get(i).id(), i);
    }
    return index;
  }

  /**
   * Every anchor of every claim, by one index: claim i's {@link Claim#anchor()} at i, then the
   * {@link Claim#otherAnchors()} of all claims after the last claim. With no other anchors (the usual
   * case) it is a view of the claims, with nothing copied.
   */
  private static final class AnchorList {
    private final List<Claim> claims;
    private final List<Anchor> others = new ArrayList<>();
    private final List<int[]> otherOwners = new ArrayList<>(); // {claim, index among its other anchors}

    AnchorList(List<Claim> claims) {
      this.claims = claims;
      for (int i = 0; i < claims.size(); i++) {
        List<Anchor> more = claims.get(i).otherAnchors();
        for (int a = 0; a < more.size(); a++) {
          others.add(more.get(a));
          otherOwners.add(new int[] {i, a});
        }
      }
    }

    int size() {
      return claims.size() + others.size();
    }

    Anchor get(int index) {
      return index < claims.size() ? claims.get(index).anchor() : others.get(index - claims.size());
    }

    /** The path of anchor {@code index}, built only when there is a problem to report. */
    String path(int index) {
      if (index < claims.size()) {
        return "claims[" + index + "].anchor";
      }
      int[] owner = otherOwners.get(index - claims.size());
      return "claims[" + owner[0] + "].otherAnchors[" + owner[1] + "]";
    }
  }
}
