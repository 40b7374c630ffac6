package org.policynarrative.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.TimelineEntry;
import org.policynarrative.testing.Fixtures;

/**
 * The Mermaid timeline at the top of the repository's README is the reference data set's
 * {@link Timeline}, entry for entry, each date in the text's wording. The block is generated from
 * {@link ReferenceNarrative#narrative()}: run with {@code -Dgolden.update=true} to rewrite it after a
 * change to the data set, and review the diff.
 */
class ReadmeTimelineTest {

  private static final Path README = Path.of("..", "README.md");

  private static final Pattern BLOCK = Pattern.compile("```mermaid\\ntimeline\\n.*?```\\n", Pattern.DOTALL);

  @Test
  void theReadmeTimelineIsTheReferenceDataSetsTimeline() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = BLOCK.matcher(readme);
    assertThat(block.find()).as("README.md has a ```mermaid timeline block").isTrue();
    String expected = mermaid(ReferenceNarrative.narrative());
    if (Fixtures.updating() && !block.group().equals(expected)) {
      Files.writeString(README, readme.substring(0, block.start()) + expected + readme.substring(block.end()),
          StandardCharsets.UTF_8);
      throw new AssertionError("-D" + Fixtures.UPDATE_PROPERTY + "=true: the timeline of " + README
          + " was rewritten; review the change, then run the tests again without -D" + Fixtures.UPDATE_PROPERTY);
    }
    assertThat(block.group()).as("the timeline in README.md (rewrite it with -D%s=true)", Fixtures.UPDATE_PROPERTY)
        .isEqualTo(expected);
  }

  /** The timeline of {@code narrative} as a Mermaid block: one line per entry, the date in the text's wording. */
  static String mermaid(Narrative narrative) {
    StringBuilder out = new StringBuilder("```mermaid\ntimeline\n")
        .append("    title The reference data set (examples/): its eras, and the events and policy lines the text dates\n");
    for (TimelineEntry entry : Timeline.of(narrative).entries()) {
      String kind = entry.ref().kind() == EntityKind.POLICY_LINE ? " (policy line)"
          : entry.ref().kind() == EntityKind.EVENT ? " (event)" : "";
      out.append("    ").append(entry.when().text()).append(" : ").append(entry.name()).append(kind).append('\n');
    }
    return out.append("```\n").toString();
  }
}
