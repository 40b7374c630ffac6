package org.policynarrative.cli.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.TextSpan;

/**
 * Computes one anchor's offsets and context from its quote and the source text, for the
 * {@code anchor} command. Never a guess: a quote that is missing, ambiguous, or present only in
 * another Unicode normalisation is left as it is, with a message that lists where it could be.
 */
final class QuoteAnchoring {

  /** Candidate positions a message lists, at most. */
  private static final int LISTED = 10;

  /**
   * The outcome for one anchor.
   *
   * @param anchor the anchor to write: refreshed when {@code problem} is empty, else the one given
   * @param problem why it could not be anchored, when it could not
   */
  record Outcome(Anchor anchor, Optional<String> problem) {
    boolean changed(Anchor before) {
      return problem.isEmpty() && !anchor.equals(before);
    }
  }

  private QuoteAnchoring() {}

  /**
   * The anchor with offsets, prefix and suffix computed from the text, or why that cannot be done.
   *
   * @param firstTwo the first two occurrences of the anchor's quote ({@link SourceText#occurrences(List, int)},
   *     found for all quotes at once): a quote that occurs once or not at all needs no search of its own
   */
  static Outcome anchor(Anchor anchor, SourceText text, List<Integer> firstTwo) {
    String quote = anchor.exact();
    int length = quote.codePointCount(0, quote.length());
    if (anchor.start().isPresent() && text.slice(anchor.start().get(), anchor.start().get() + length)
        .filter(quote::equals).isPresent()) {
      // Offsets that select the quote settle where it is, as they do for the validator: no search of the text,
      // unless its context is at home elsewhere: then offsets and context disagree, and neither wins.
      int start = anchor.start().get();
      if (contextMatches(anchor, text, start, length)) {
        return new Outcome(at(anchor, text, start, length), Optional.empty());
      }
      List<Integer> withContext = text.occurrences(quote).stream()
          .filter(at -> contextMatches(anchor, text, at, length)).toList();
      if (withContext.size() != 1) {
        return new Outcome(at(anchor, text, start, length), Optional.empty());
      }
      return new Outcome(anchor, Optional.of("the offsets select the quote at line:column "
          + text.span(start, start).position() + ", but its prefix and suffix match the text at line:column "
          + text.span(withContext.get(0), withContext.get(0)).position() + "; delete the offsets or the prefix and"
          + " suffix (whichever is wrong), then run anchor again"));
    }
    List<Integer> found = firstTwo.size() < 2 ? firstTwo : text.occurrences(quote); // all of a repeated one
    if (found.size() == 1) {
      return new Outcome(at(anchor, text, found.get(0), length), Optional.empty());
    }
    if (found.isEmpty()) {
      return new Outcome(anchor, Optional.of(missing(anchor, text)));
    }
    // Several occurrences: the anchor's context may pick one.
    Optional<Integer> start = Optional.empty();
    if (anchor.prefix().isPresent() || anchor.suffix().isPresent()) {
      List<Integer> withContext = found.stream().filter(at -> contextMatches(anchor, text, at, length)).toList();
      if (withContext.size() == 1) {
        start = Optional.of(withContext.get(0));
      }
    }
    if (start.isPresent()) {
      return new Outcome(at(anchor, text, start.get(), length), Optional.empty());
    }
    return new Outcome(anchor, Optional.of("the quote occurs " + found.size() + " times in source '" + text.sourceId()
        + "', at line:column " + positions(text, found) + "; quote a longer, unique span, or give the anchor the"
        + " prefix or suffix (or offsets) of the one you mean: \"" + TextReports.abbreviate(quote, 60) + "\""));
  }

  private static String missing(Anchor anchor, SourceText text) {
    String quote = anchor.exact();
    String head = "quote not found in source '" + text.sourceId() + "': \"" + TextReports.abbreviate(quote, 60) + "\"";
    List<TextSpan> normalised = text.normalisationMatches(quote);
    if (!normalised.isEmpty()) {
      String form = Normalizer.isNormalized(quote, Normalizer.Form.NFC) ? "the quote is NFC, the text NFD"
          : "the quote is NFD, the text NFC";
      return head + "; it matches only after Unicode normalisation (" + form + "), at line:column "
          + normalised.stream().limit(LISTED).map(TextSpan::position).collect(Collectors.joining(", "))
          + "; copy the quote from the source text (or normalise the two alike), then run anchor again";
    }
    return head + text.closestMatch(quote).map(span -> "; the closest match is at line:column " + span.position()
        + ": \"" + TextReports.abbreviate(span.text(), 60) + "\"; correct the quote, then run anchor again")
        .orElse("; no part of the text is close to it: is it the right source?");
  }

  private static String positions(SourceText text, List<Integer> offsets) {
    String listed = offsets.stream().limit(LISTED).map(at -> text.span(at, at).position())
        .collect(Collectors.joining(", "));
    return offsets.size() > LISTED ? listed + ", ... " + (offsets.size() - LISTED) + " more" : listed;
  }

  private static boolean contextMatches(Anchor anchor, SourceText text, int start, int length) {
    boolean prefix = anchor.prefix().map(p -> text.slice(start - p.codePointCount(0, p.length()), start)
        .filter(p::equals).isPresent()).orElse(true);
    boolean suffix = anchor.suffix().map(s -> text.slice(start + length, start + length + s.codePointCount(0,
        s.length())).filter(s::equals).isPresent()).orElse(true);
    return prefix && suffix;
  }

  /** The anchor at {@code start}: offsets and context from the text; everything else as it was. */
  private static Anchor at(Anchor anchor, SourceText text, int start, int length) {
    Anchor computed = text.anchorAt(start, start + length);
    return Anchor.builder().from(anchor).start(computed.start()).end(computed.end()).prefix(computed.prefix())
        .suffix(computed.suffix()).build();
  }
}
