package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Anchors without offsets, or with offsets that do not select their quote, are judged from one
 * search of the text for all their quotes at once; the verdicts and messages must be those of a
 * search per quote. The reference here searches the text by brute force, quote by quote, and
 * judges each anchor as the validator always has: quote missing, offsets elsewhere (with the first
 * ten occurrences), context matching nowhere, or a quote with its context occurring more than once.
 */
class AnchorSearchPropertyTest {

  @Property(tries = 2000)
  void verdictsAreThoseOfASearchPerQuote(@ForAll("text") String text, @ForAll("anchors") List<Anchor> anchors) {
    assertSameVerdicts(text, anchors);
  }

  /**
   * More quote text than one pass searches for (a million chars at least, a quarter of the text's
   * length beyond that): the quotes are searched in batches, with the same verdicts.
   */
  @Test
  void quotesSearchedInSeveralPassesGetTheSameVerdicts() {
    Random random = new Random(20);
    String[] words = {"heavy", "light", "industry", "line", "the", "of", "Party", "\uD835\uDD38"};
    StringBuilder text = new StringBuilder();
    while (text.length() < 60_000) {
      text.append(words[random.nextInt(words.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
    }
    List<Anchor> anchors = new ArrayList<>();
    while (anchors.size() < 3_000) {
      int at = random.nextInt(text.length() - 600);
      String quote = text.substring(at, at + 400 + random.nextInt(200));
      if (random.nextInt(10) == 0) {
        quote = quote + "x"; // missing
      }
      Anchor.Builder anchor = Anchor.builder().source("portal").exact(quote);
      int start = text.codePointCount(0, at);
      switch (random.nextInt(4)) {
        case 0 -> anchor.start(start + 1).end(start + 1 + quote.codePointCount(0, quote.length())); // stale
        case 1 -> anchor.prefix(text.substring(Math.max(0, at - 5), at)); // context, maybe unique
        case 2 -> anchor.suffix("never there");
        default -> { } // no offsets, no context
      }
      anchors.add(anchor.build());
    }
    assertSameVerdicts(text.toString(), anchors);
  }

  private static void assertSameVerdicts(String text, List<Anchor> anchors) {
    Narrative.Builder narrative = Narrative.builder().id("n").title("N").language("en").version("1")
        .addSources(Source.builder().id("portal").build());
    for (int i = 0; i < anchors.size(); i++) {
      narrative.addClaims(TestNarratives.claim("c" + i, anchors.get(i)).build());
    }

    List<Problem> problems = NarrativeValidator.validate(narrative.build(), List.of(SourceText.of("portal", text)))
        .problems();

    List<Problem> expected = new ArrayList<>();
    for (int i = 0; i < anchors.size(); i++) {
      judge(anchors.get(i), text, "claims[" + i + "].anchor").ifPresent(expected::add);
    }
    // The verdicts (path and code) exactly; each message starts as the reference's, and may go on with positions
    // (line:column) and advice.
    assertThat(problems).extracting(Problem::path, Problem::code)
        .isEqualTo(expected.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.path(), p.code())).toList());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(problems.get(i).message()).startsWith(expected.get(i).message());
    }
  }

  /** The verdict on one anchor, from a brute-force search of the text for its quote. */
  private static Optional<Problem> judge(Anchor anchor, String text, String path) {
    List<Integer> found = occurrences(text, anchor.exact());
    if (found.isEmpty()) {
      return Optional.of(Problem.of(path + ".exact", ProblemCode.QUOTE_NOT_FOUND,
          "quote not found in source 'portal': \""));
    }
    if (anchor.start().isPresent()) {
      int start = anchor.start().get();
      if (!found.contains(start)) {
        return Optional.of(Problem.of(path + ".start", ProblemCode.OFFSETS_MISMATCH, "orphaned anchor: offsets "
            + start + ".." + anchor.end().get() + " do not select the quote, which occurs at " + firstTen(found)));
      }
      return contextAt(anchor, text, start, path);
    }
    String prefix = anchor.prefix().orElse("");
    List<Integer> matching = new ArrayList<>();
    for (int at : occurrences(text, prefix + anchor.exact() + anchor.suffix().orElse(""))) {
      matching.add(at + length(prefix));
    }
    if (matching.isEmpty() && found.size() == 1) {
      return contextAt(anchor, text, found.get(0), path);
    }
    if (matching.isEmpty()) {
      return Optional.of(Problem.of(path, ProblemCode.CONTEXT_MISMATCH,
          "the prefix or suffix does not match the text around any occurrence of the quote"));
    }
    if (matching.size() > 1) {
      return Optional.of(Problem.of(path + ".exact", ProblemCode.AMBIGUOUS_QUOTE, "the quote occurs "
          + matching.size() + " times (at " + firstTen(matching)
          + ") and nothing tells them apart; add offsets or a prefix/suffix"));
    }
    return Optional.empty();
  }

  /** The verdict on the context of a quote at {@code start}: which of prefix and suffix differ. */
  private static Optional<Problem> contextAt(Anchor anchor, String text, int start, String path) {
    SourceText source = SourceText.of("portal", text);
    int end = start + length(anchor.exact());
    boolean prefixOk = anchor.prefix().map(p -> source.slice(start - length(p), start).equals(Optional.of(p)))
        .orElse(true);
    boolean suffixOk = anchor.suffix().map(s -> source.slice(end, end + length(s)).equals(Optional.of(s)))
        .orElse(true);
    String which = !prefixOk && !suffixOk ? "the prefix and the suffix do not match the text around"
        : !prefixOk ? "the prefix does not match the text before" : "the suffix does not match the text after";
    String at = prefixOk ? path + ".suffix" : suffixOk ? path + ".prefix" : path; // the one at fault, or both
    return prefixOk && suffixOk ? Optional.empty() : Optional.of(Problem.of(at, ProblemCode.CONTEXT_MISMATCH,
        which + " the quote at " + start + " ("));
  }

  /**
   * Every char index at which {@code quote} starts, overlapping ones too, as the code points
   * before it: how offsets have always been counted (a lone surrogate is one code point).
   */
  private static List<Integer> occurrences(String text, String quote) {
    List<Integer> at = new ArrayList<>();
    for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
      // A match that starts or ends between the halves of a surrogate pair is no occurrence (issue 22).
      if (!splitsPair(text, i) && !splitsPair(text, i + quote.length())) {
        at.add(text.codePointCount(0, i));
      }
    }
    return at;
  }

  private static boolean splitsPair(String text, int index) {
    return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
        && Character.isLowSurrogate(text.charAt(index));
  }

  private static String firstTen(List<Integer> offsets) {
    if (offsets.size() <= 10) {
      return offsets.toString();
    }
    String first = offsets.subList(0, 10).toString();
    return first.substring(0, first.length() - 1) + ", ... " + (offsets.size() - 10) + " more]";
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  @Provide
  Arbitrary<String> text() {
    return pieces().list().ofMaxSize(14).map(s -> String.join("", s));
  }

  @Provide
  Arbitrary<List<Anchor>> anchors() {
    Arbitrary<String> quote = pieces().list().ofMinSize(1).ofMaxSize(3).map(s -> String.join("", s));
    Arbitrary<Optional<String>> context = quote.optional(0.4);
    Arbitrary<Optional<Integer>> start = Arbitraries.integers().between(0, 15).optional(0.5);
    return Combinators.combine(quote, context, context, start).as((exact, prefix, suffix, at) -> {
      Anchor.Builder anchor = Anchor.builder().source("portal").exact(exact);
      prefix.ifPresent(anchor::prefix);
      suffix.ifPresent(anchor::suffix);
      at.ifPresent(s -> anchor.start(s).end(s + length(exact)));
      return anchor.build();
    }).list().ofMinSize(1).ofMaxSize(5);
  }

  /** A tiny alphabet, so that quotes repeat and overlap, with a surrogate pair and its halves alone. */
  private static Arbitrary<String> pieces() {
    return Arbitraries.of("a", "b", "\uD83D\uDE00", "\uD83D", "\uDE00");
  }
}
