package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.NarrativeArbitraries;

/**
 * Damaged documents (lines dropped, repeated, swapped, or text spliced in) either read or fail
 * with a located {@link NarrativeFormatException} from the reader's own checks, never with an
 * exception that escaped from commonmark, the model or the reader's bookkeeping.
 */
class MarkdownMutationPropertyTest {

  private static final List<String> SPLICES = List.of("\n", "> ", "- ", "  ", "#", "## Eras\n", "### x: Y\n",
      "| a | b |\n| --- | --- |\n", "**", "**Id:** ", "- **Position:** 9\n", "```\n", "<div>\n", "&#0;", "\\",
      "\t", "[x]: /y\n", "> > > ", "1. ", "---\n", "\r", "|", "&copy;", "\uFEFF");

  @Property(tries = 500)
  void damagedDocumentsFailCleanly(@ForAll("damaged") String document) throws IOException {
    try {
      NarrativeMarkdown.strict().read(new StringReader(document));
    } catch (NarrativeFormatException e) {
      assertThat(e.problem()).as("an unexpected failure inside the reader: %s", e.getCause())
          .doesNotStartWith("could not read the document");
      assertThat(e.line()).as("the line of: %s", e.getMessage()).isPresent();
    }
  }

  @Provide
  Arbitrary<String> damaged() {
    return Combinators.combine(NarrativeArbitraries.narratives(), Arbitraries.longs())
        .as((narrative, seed) -> damage(new Random(seed), MarkdownGoldenTest.writeUnchecked(narrative)));
  }

  private static String damage(Random r, String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      int i = r.nextInt(lines.size());
      switch (r.nextInt(4)) {
        case 0:
          if (lines.size() > 1) {
            lines.remove(i);
          }
          break;
        case 1:
          lines.add(i, lines.get(i));
          break;
        case 2:
          int j = r.nextInt(lines.size());
          String swap = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, swap);
          break;
        default:
          String line = lines.get(i);
          int at = r.nextInt(line.length() + 1);
          lines.set(i, line.substring(0, at) + SPLICES.get(r.nextInt(SPLICES.size())) + line.substring(at));
      }
    }
    return String.join("\n", lines);
  }
}
