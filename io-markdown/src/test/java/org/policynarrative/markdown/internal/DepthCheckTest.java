package org.policynarrative.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.commonmark.node.Node;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.NarrativeArbitraries;

/**
 * The reader's depth check skips what lies below shallow paragraphs, headings and tables of a tree
 * from {@link ValueInlineParser}; a too-deep document must still fail exactly as the walk of every
 * node made it fail: at the first node (in document order) that is 58 levels deep.
 */
class DepthCheckTest {

  private static final int MAX_DEPTH = 58;
  private static final List<String> MARKERS = List.of("> ", "- ", ">", "1. ", "  ");

  @Property(tries = 300)
  void aTooDeepDocumentFailsAtItsFirstTooDeepNode(@ForAll("deep") String text) {
    Node deepest = firstTooDeep(BlockTree.PARSER.parse(text), 0);
    Statistics.collect(deepest == null ? "not too deep" : "too deep");
    Statistics.coverage(coverage -> {
      coverage.check("too deep").percentage(p -> p >= 10);
      coverage.check("not too deep").percentage(p -> p >= 10);
    });
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class, () -> MarkdownReader.read(text, false));
    if (deepest == null) {
      if (e != null) {
        assertThat(e.problem()).doesNotContain("levels deep");
      }
      return;
    }
    NarrativeFormatException expected = MarkdownSource.errorAt(deepest, "x");
    assertThat(e).isNotNull();
    assertThat(e.problem()).startsWith("elements are nested more than " + MAX_DEPTH + " levels deep");
    assertThat(e.line()).isEqualTo(expected.line());
    assertThat(e.column()).isEqualTo(expected.column());
  }

  /** The whole-tree walk, as the reader did it before: the first node at the limit, in document order. */
  private static Node firstTooDeep(Node node, int depth) {
    if (depth >= MAX_DEPTH) {
      return node;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      Node found = firstTooDeep(child, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  @Provide
  Arbitrary<String> deep() {
    return Combinators.combine(NarrativeArbitraries.narratives(), Arbitraries.longs())
        .as((narrative, seed) -> nest(new Random(seed), MarkdownWriter.write(narrative)));
  }

  /** Prefixes one or two lines with a run of container markers, from harmless to far too deep. */
  private static String nest(Random r, String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int n = 1 + r.nextInt(2); n > 0; n--) {
      int i = r.nextInt(lines.size());
      StringBuilder prefix = new StringBuilder();
      if (r.nextBoolean()) {
        // Block quotes one level each, around the limit: the first too-deep node may be a block, or
        // the text (or the field key and its text) in a paragraph just above the limit.
        prefix.append("> ".repeat(50 + r.nextInt(10)));
      } else {
        for (int k = 20 + r.nextInt(60); k > 0; k--) {
          prefix.append(MARKERS.get(r.nextInt(MARKERS.size())));
        }
      }
      lines.set(i, prefix + lines.get(i));
    }
    return String.join("\n", lines);
  }
}
