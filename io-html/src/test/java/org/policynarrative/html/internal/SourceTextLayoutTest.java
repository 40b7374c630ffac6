package org.policynarrative.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.SourceText;
import org.policynarrative.html.internal.view.Fragment;

/** Quotes that nest, cross or coincide become elements that nest, and the text survives whole. */
class SourceTextLayoutTest {

  private static SourceTextLayout.Layout layout(String text, List<SourceTextLayout.Quote> quotes) {
    return SourceTextLayout.of(SourceText.of("s", text), quotes);
  }

  @Test
  void crossingQuotesAreCutWhereTheOuterOneCloses() {
    // "abcdefgh": quote A is b..e, quote B is d..g; B is cut at e.
    List<Fragment> fragments = layout("abcdefgh", List.of(quote("a", 1, 5), quote("b", 3, 7)))
        .fragments();
    // The text has no full stop, so it is one sentence, which the quotes do not cover in full.
    assertThat(render(fragments)).isEqualTo("(U:a[A#:bc[B#:de]/A]{B:fg/B}h)");
  }

  @Test
  void nestedQuotesStayWholeAndTheLongerOfTwoThatStartTogetherIsOutside() {
    List<Fragment> fragments = layout("abcdef", List.of(quote("a", 1, 3), quote("b", 1, 5)))
        .fragments();
    assertThat(render(fragments)).isEqualTo("(U:a[B#:[A#:bc/A]de/B]f)");
  }

  @Test
  void sentencesNotQuotedInFullAreMarked() {
    SourceTextLayout.Layout layout = layout("One two. Three four. Five.",
        List.of(quote("a", 0, 8), quote("b", 9, 14)));
    assertThat(layout.sentences()).isEqualTo(3);
    assertThat(layout.uncovered()).isEqualTo(2);
    assertThat(render(layout.fragments())).isEqualTo("[A#:One two./A] (U:[B#:Three/B] four.) (U:Five.)");
  }

  @Property(tries = 300)
  void theTextSurvivesAndEachQuoteHoldsItsWords(@ForAll("layouts") Case c) {
    SourceTextLayout.Layout layout = layout(c.text(), c.quotes());
    assertThat(text(layout.fragments())).isEqualTo(c.text());
    Map<String, StringBuilder> quoted = new LinkedHashMap<>();
    collect(layout.fragments(), quoted);
    for (SourceTextLayout.Quote quote : c.quotes()) {
      int[] cps = c.text().codePoints().toArray();
      assertThat(quoted.get(quote.claimElementId()).toString())
          .isEqualTo(new String(cps, quote.start(), quote.end() - quote.start()));
    }
    assertThat(firstParts(layout.fragments())).isEqualTo(c.quotes().size());
  }

  record Case(String text, List<SourceTextLayout.Quote> quotes) {}

  @Provide
  Arbitrary<Case> layouts() {
    Arbitrary<String> texts = Arbitraries.strings().withChars("ab. \n\u0000\ud83d\ude00").ofMinLength(1).ofMaxLength(40);
    return texts.flatMap(text -> {
      int length = text.codePointCount(0, text.length());
      Arbitrary<SourceTextLayout.Quote> quote = Combinators.combine(Arbitraries.integers().between(0, length - 1),
              Arbitraries.integers().between(1, length))
          .as((start, size) -> new int[] {start, Math.min(length, start + size)})
          .map(span -> new SourceTextLayout.Quote("", "", span[0], span[1]));
      return quote.list().ofMaxSize(6).map(quotes -> {
        List<SourceTextLayout.Quote> named = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
          named.add(new SourceTextLayout.Quote("claim-" + i, "C" + (i + 1), quotes.get(i).start(), quotes.get(i).end()));
        }
        return new Case(text, named);
      });
    });
  }

  private static SourceTextLayout.Quote quote(String id, int start, int end) {
    return new SourceTextLayout.Quote("claim-" + id, id.toUpperCase(), start, end);
  }

  /** A compact picture: [X#:...] a first part with its id, [X:...] a later part, /X] the part that ends the quote, (U:...) an uncovered sentence. */
  private static String render(List<Fragment> fragments) {
    StringBuilder out = new StringBuilder();
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Text text) {
        out.append(text.text());
      } else if (fragment instanceof Fragment.Quote quote) {
        out.append(quote.spanId() != null ? "[" + quote.claimLabel() + "#:" : "{" + quote.claimLabel() + ":")
            .append(render(quote.children()))
            .append(quote.last() ? "/" + quote.claimLabel() : "").append(quote.spanId() != null ? "]" : "}");
      } else if (fragment instanceof Fragment.Uncovered sentence) {
        out.append("(U:").append(render(sentence.children())).append(")");
      }
    }
    return out.toString();
  }

  private static String text(List<Fragment> fragments) {
    StringBuilder out = new StringBuilder();
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Text text) {
        out.append(text.text());
      } else if (fragment instanceof Fragment.Quote quote) {
        out.append(text(quote.children()));
      } else if (fragment instanceof Fragment.Uncovered sentence) {
        out.append(text(sentence.children()));
      }
    }
    return out.toString();
  }

  private static void collect(List<Fragment> fragments, Map<String, StringBuilder> quoted) {
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Quote quote) {
        // Only the outermost part of each quote adds text: a part nested in a part of the same quote cannot occur.
        quoted.computeIfAbsent(quote.claimId(), k -> new StringBuilder()).append(text(quote.children()));
        collect(quote.children(), quoted);
      } else if (fragment instanceof Fragment.Uncovered sentence) {
        collect(sentence.children(), quoted);
      }
    }
  }

  private static int firstParts(List<Fragment> fragments) {
    int count = 0;
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Quote quote) {
        count += (quote.spanId() != null ? 1 : 0) + firstParts(quote.children());
      } else if (fragment instanceof Fragment.Uncovered sentence) {
        count += firstParts(sentence.children());
      }
    }
    return count;
  }
}
