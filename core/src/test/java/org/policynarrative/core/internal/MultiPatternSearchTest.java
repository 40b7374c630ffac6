package org.policynarrative.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link MultiPatternSearch} finds what a search of the text per pattern, at every position,
 * finds: property test over tiny alphabets where patterns repeat, overlap and contain one another,
 * with both halves of a surrogate pair on their own (matching is by char).
 */
class MultiPatternSearchTest {

  @Property(tries = 2000)
  void findsWhatABruteForceSearchFinds(@ForAll("text") String text, @ForAll("patterns") List<String> patterns,
      @ForAll @IntRange(min = 1, max = 4) int keep) {
    MultiPatternSearch.Matches matches = MultiPatternSearch.search(text, patterns, keep);
    for (int p = 0; p < patterns.size(); p++) {
      List<Integer> expected = bruteForce(text, patterns.get(p));
      assertThat(matches.count(p)).as("count of %s", patterns.get(p)).isEqualTo(expected.size());
      assertThat(Arrays.stream(matches.first(p)).boxed().toList()).as("first of %s", patterns.get(p))
          .isEqualTo(expected.subList(0, Math.min(keep, expected.size())));
    }
  }

  @Test
  void overlappingAndNestedOccurrencesCount() {
    List<String> patterns = List.of("aa", "a", "aaa", "b", "aa");
    MultiPatternSearch.Matches matches = MultiPatternSearch.search("aaaa", patterns, 10);
    assertThat(List.of(matches.count(0), matches.count(1), matches.count(2), matches.count(3), matches.count(4)))
        .containsExactly(3, 4, 2, 0, 3);
    assertThat(matches.first(0)).containsExactly(0, 1, 2);
    assertThat(matches.first(2)).containsExactly(0, 1);
    assertThat(matches.first(3)).isEmpty();
  }

  @Test
  void aPatternLongerThanTheTextDoesNotOccur() {
    MultiPatternSearch.Matches matches = MultiPatternSearch.search("ab", List.of("abc", "b"), 10);
    assertThat(matches.count(0)).isZero();
    assertThat(matches.first(0)).isEmpty();
    assertThat(matches.count(1)).isEqualTo(1);
  }

  @Test
  void aPatternOccurringAMillionTimesKeepsOnlyTheFirstFew() {
    String text = "a".repeat(1 << 20);
    MultiPatternSearch.Matches matches = MultiPatternSearch.search(text, List.of("a", "a".repeat(1000) + "b"), 3);
    assertThat(matches.count(0)).isEqualTo(1 << 20);
    assertThat(matches.first(0)).containsExactly(0, 1, 2);
    assertThat(matches.count(1)).isZero();
  }

  @Test
  void emptyPatternsAreRejected() {
    assertThatThrownBy(() -> MultiPatternSearch.search("a", List.of("a", ""), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noPatternsFindNothing() {
    assertThat(MultiPatternSearch.search("abc", List.of(), 1)).isNotNull();
  }

  private static List<Integer> bruteForce(String text, String pattern) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i + pattern.length() <= text.length(); i++) {
      if (text.startsWith(pattern, i)) {
        at.add(i);
      }
    }
    return at;
  }

  @Provide
  Arbitrary<String> text() {
    return pieces().list().ofMaxSize(16).map(s -> String.join("", s));
  }

  @Provide
  Arbitrary<List<String>> patterns() {
    return pieces().list().ofMinSize(1).ofMaxSize(4).map(s -> String.join("", s)).list().ofMaxSize(6);
  }

  private static Arbitrary<String> pieces() {
    return Arbitraries.of("a", "b", "\uD83D\uDE00", "\uD83D", "\uDE00");
  }
}
