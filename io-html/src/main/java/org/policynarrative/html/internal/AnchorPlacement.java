package org.policynarrative.html.internal;

import java.util.List;
import java.util.Optional;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.SourceText;

/**
 * Where an anchor stands in the text of its source, decided as {@code NarrativeValidator} decides
 * it and never guessed: an anchor with offsets is placed there when they select its quote; one
 * without is placed when its quote, with its prefix and suffix where it has them, occurs exactly
 * once. Every other anchor is flagged, with the reason, and highlighted nowhere.
 *
 * @param state what was found
 * @param start the code-point offset of the quote, when placed
 * @param end the offset just past the quote, when placed
 * @param reason why the anchor was flagged, or a note on a placed one (a prefix or suffix that
 *     does not match the text around the offsets); empty when there is nothing to say
 */
record AnchorPlacement(State state, int start, int end, String reason) {

  /** What was found for an anchor. */
  enum State {
    /** Highlighted at {@code start} to {@code end}. */
    PLACED,
    /** The quote does not occur, or its offsets select other text: the anchor is orphaned. */
    ORPHANED,
    /** The quote occurs more than once and nothing tells the occurrences apart. */
    AMBIGUOUS,
    /** No text of the anchor's source was supplied. */
    NO_TEXT
  }

  private static final AnchorPlacement NO_TEXT = new AnchorPlacement(State.NO_TEXT, -1, -1, "");

  /** {@return the placement of {@code anchor} in {@code text}, or {@link State#NO_TEXT} when {@code text} is empty} */
  static AnchorPlacement of(Anchor anchor, Optional<SourceText> text) {
    return text.isPresent() ? place(anchor, text.get()) : NO_TEXT;
  }

  boolean isPlaced() {
    return state == State.PLACED;
  }

  private static AnchorPlacement place(Anchor anchor, SourceText text) {
    String exact = anchor.exact();
    int length = exact.codePointCount(0, exact.length());
    if (anchor.start().isPresent()) {
      int start = anchor.start().get();
      if (text.slice(start, start + length).filter(exact::equals).isPresent()) {
        String note = contextMatches(anchor, text, start, length) ? ""
            : "its prefix or suffix does not match the text around offset " + start;
        return new AnchorPlacement(State.PLACED, start, start + length, note);
      }
      List<Integer> elsewhere = text.occurrences(exact);
      return new AnchorPlacement(State.ORPHANED, -1, -1, "offsets " + start + ".." + (start + length)
          + " do not select the quote" + (elsewhere.isEmpty() ? ", which does not occur in the text"
              : ", which occurs at " + firstFew(elsewhere)));
    }
    List<Integer> occurrences = text.occurrences(exact);
    if (occurrences.isEmpty()) {
      return new AnchorPlacement(State.ORPHANED, -1, -1, "the quote does not occur in the text");
    }
    List<Integer> matching = occurrences.stream().filter(at -> contextMatches(anchor, text, at, length)).toList();
    if (matching.size() == 1) {
      int start = matching.get(0);
      return new AnchorPlacement(State.PLACED, start, start + length, "");
    }
    if (matching.isEmpty()) {
      return new AnchorPlacement(State.ORPHANED, -1, -1, "the quote occurs " + times(occurrences.size())
          + " (at " + firstFew(occurrences) + ") but its prefix or suffix matches the text at none");
    }
    return new AnchorPlacement(State.AMBIGUOUS, -1, -1, "the quote occurs " + times(matching.size()) + " (at "
        + firstFew(matching) + ") and nothing tells the occurrences apart");
  }

  private static boolean contextMatches(Anchor anchor, SourceText text, int start, int length) {
    boolean prefix = anchor.prefix().map(p -> text.slice(start - codePoints(p), start).filter(p::equals).isPresent())
        .orElse(true);
    boolean suffix = anchor.suffix().map(s -> text.slice(start + length, start + length + codePoints(s))
        .filter(s::equals).isPresent()).orElse(true);
    return prefix && suffix;
  }

  private static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }

  /** Up to five offsets, so that a quote occurring a million times still reads in one line. */
  private static String firstFew(List<Integer> offsets) {
    List<Integer> first = offsets.subList(0, Math.min(5, offsets.size()));
    String listed = first.toString().replace("[", "").replace("]", "");
    return offsets.size() > first.size() ? listed + " and " + (offsets.size() - first.size()) + " more" : listed;
  }
}
