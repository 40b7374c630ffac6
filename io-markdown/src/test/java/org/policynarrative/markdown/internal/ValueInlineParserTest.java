package org.policynarrative.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.NarrativeArbitraries;
import org.policynarrative.markdown.DialectNarratives;

/**
 * {@link ValueInlineParser} builds the tree commonmark-java's own inline parser builds, or gives
 * way to it: node for node, with the same source spans and the same field keys. The writer's
 * output always takes the fast path.
 */
class ValueInlineParserTest {

  /** Pieces of hand-written Markdown spliced into written documents. */
  private static final List<String> SPLICES = List.of("*", "**", "_", "__", "`", "``", "[", "]", "[a](b)", "![i](j)",
      "<b>", "<http://x.y>", "&amp;", "&copy;", "&#10;", "&#32;", "\\", "\\*", "\\\\*", "  \n", "\\\n", "\n", "\t",
      " ", ":", "**Key:**", "**Key:**x", "**Key :** ", "**a*b:** ", "** Id:** ", "***", "|", "\\|", "#", "## ",
      "> ", "- ", "1. ", "~", "!", "\u00A0", "\u3000", "\uFEFF", "\u0000", "만리마");

  @Property(tries = 300)
  void theWritersOutputTakesTheFastPathAndGivesTheSameTree(@ForAll("narratives") Narrative narrative) {
    String text = MarkdownWriter.write(narrative);
    Node fast = ValueInlineParserTest.fastOrNull(text);
    assertThat(fast).as("the fast parser gave way on:%n%s", text).isNotNull();
    assertSameTree(fast, BlockTree.PARSER.parse(text));
  }

  @Property(tries = 1000)
  void handWrittenInlineContentGivesTheSameTreeOrGivesWay(@ForAll("handWritten") String text) {
    Node fast = fastOrNull(text);
    Statistics.collect(fast == null ? "gave way" : "fast path");
    Statistics.coverage(coverage -> {
      coverage.check("fast path").percentage(p -> p >= 5);
      coverage.check("gave way").percentage(p -> p >= 5);
    });
    if (fast != null) {
      assertSameTree(fast, BlockTree.PARSER.parse(text));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 * 3", "*x*", "snake_case", "_x_", "`code`", "[a](b)", "[a]", "![i](j)", "x <b>", "<http://x.y>",
      "a  \nb", "a\\\nb", "a \nb", "**Id:**x", "**a*b:** x", "x ", "\\\\*x*"})
  void givesWayToCommonmarkWhereInlineSyntaxMayStart(String content) {
    assertThatThrownBy(() -> BlockTree.FAST_PARSER.parse("- " + content + "\n"))
        .isSameAs(ValueInlineParser.FALLBACK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain words", "\\*escaped\\* \\_ \\` \\[x\\](y) \\<b\\>", "&amp; &#10; &copy; AT&T", "a \\",
      "**Id:** x", "**Asserted by:** Portal", "**Label zh-Hant-TW:** 主体", "**Anchor:**", "**Id :** x", "**9.x:** y",
      "a: b", "| not | a | table |", "wrapped\nover\nlines", "a\n   indented", "a\n\tb", "**Id:**\nnext line", "!",
      "# not a heading", "만리마 😀"})
  void readsPlainContentItself(String content) {
    String text = "- " + content + "\n\n# " + content + "\n\n| A |\n| --- |\n| " + content + " |\n";
    Node fast = fastOrNull(text);
    assertThat(fast).isNotNull();
    assertSameTree(fast, BlockTree.PARSER.parse(text));
  }

  /** Every document in the test resources: the golden files, the error fixtures, the hand-written one. */
  @Test
  void theTestDocumentsGiveTheSameTreeOrGiveWay() throws IOException {
    List<Path> documents;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      documents = files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
    assertThat(documents).hasSizeGreaterThan(20);
    int fastOnes = 0;
    for (Path document : documents) {
      String text = Files.readString(document, StandardCharsets.UTF_8);
      Node fast = fastOrNull(text);
      if (fast != null) {
        assertSameTree(fast, BlockTree.PARSER.parse(text));
        fastOnes++;
      }
    }
    assertThat(fastOnes).as("documents that took the fast path").isGreaterThan(documents.size() / 2);
  }

  @Test
  void keysKeepTheirText() {
    Node fast = BlockTree.FAST_PARSER.parse("- **Asserted by:** Portal\n");
    Node strong = fast.getFirstChild().getFirstChild().getFirstChild().getFirstChild();
    assertThat(strong).isInstanceOf(StrongEmphasis.class);
    assertThat(((Text) strong.getFirstChild()).getLiteral()).isEqualTo("Asserted by:");
  }

  /** The fast parser's tree, or null when it gave way. */
  static Node fastOrNull(String text) {
    try {
      return BlockTree.FAST_PARSER.parse(text);
    } catch (ValueInlineParser.Fallback e) {
      return null;
    }
  }

  /** Same node types, same source spans, same field keys (value text is read from the source, not the node). */
  static void assertSameTree(Node fast, Node plain) {
    assertThat(describe(fast, new StringBuilder(), "").toString())
        .isEqualTo(describe(plain, new StringBuilder(), "").toString());
  }

  private static StringBuilder describe(Node node, StringBuilder out, String indent) {
    out.append(indent).append(node.getClass().getSimpleName()).append(' ').append(node.getSourceSpans());
    if (node instanceof Text && node.getParent() instanceof StrongEmphasis) {
      out.append(" '").append(((Text) node).getLiteral()).append('\'');
    }
    out.append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      describe(child, out, indent + "  ");
    }
    return out;
  }

  @Provide
  Arbitrary<Narrative> narratives() {
    return Arbitraries.oneOf(NarrativeArbitraries.narratives(), DialectNarratives.narratives());
  }

  @Provide
  Arbitrary<String> handWritten() {
    return Combinators.combine(NarrativeArbitraries.narratives(), Arbitraries.longs())
        .as((narrative, seed) -> splice(new Random(seed), MarkdownWriter.write(narrative)));
  }

  private static String splice(Random r, String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int n = 1 + r.nextInt(4); n > 0; n--) {
      int i = r.nextInt(lines.size());
      String line = lines.get(i);
      int at = r.nextInt(line.length() + 1);
      lines.set(i, line.substring(0, at) + SPLICES.get(r.nextInt(SPLICES.size())) + line.substring(at));
    }
    return String.join("\n", lines);
  }
}
