package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The occurrences of many quotes found at once are those of a search per quote, cut at the limit. */
class BatchOccurrencesPropertyTest {

  @Property(tries = 1000)
  void eachQuotesFirstOccurrencesAreThoseOfASearchOfItsOwn(@ForAll("text") String text,
      @ForAll("quotes") List<String> quotes, @ForAll("limits") int limit) {
    SourceText source = SourceText.of("s", text);

    List<List<Integer>> found = source.occurrences(quotes, limit);

    List<List<Integer>> expected = new ArrayList<>();
    for (String quote : quotes) {
      List<Integer> all = source.occurrences(quote);
      expected.add(all.subList(0, Math.min(limit, all.size())));
    }
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void anEmptyQuoteOrALimitBelowOneIsRefused() {
    SourceText text = SourceText.of("s", "abc");
    assertThatThrownBy(() -> text.occurrences(List.of("a", ""), 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quote 1 is empty: a quote must not be empty");
    assertThatThrownBy(() -> text.occurrences(List.of("a"), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<String> text() {
    return pieces().list().ofMaxSize(20).map(s -> String.join("", s));
  }

  @Provide
  Arbitrary<List<String>> quotes() {
    return pieces().list().ofMinSize(1).ofMaxSize(3).map(s -> String.join("", s)).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.integers().between(1, 4);
  }

  /** A tiny alphabet, so that quotes repeat and overlap, with a surrogate pair and its halves alone. */
  private static Arbitrary<String> pieces() {
    return Arbitraries.of("a", "b", "\uD83D\uDE00", "\uD83D", "\uDE00");
  }
}
