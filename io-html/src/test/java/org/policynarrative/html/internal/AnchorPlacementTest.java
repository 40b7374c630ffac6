package org.policynarrative.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.SourceText;

/** An anchor is placed where its offsets or its unique quote say, and flagged with its reason otherwise. */
class AnchorPlacementTest {

  private static final SourceText TEXT = SourceText.of("s", "one two one two three \ud83d\ude00 one");

  private static AnchorPlacement place(Anchor.Builder anchor) {
    return AnchorPlacement.of(anchor.source("s").build(), Optional.of(TEXT));
  }

  @Test
  void offsetsThatSelectTheQuotePlaceIt() {
    AnchorPlacement placed = place(Anchor.builder().exact("one").start(8).end(11));
    assertThat(placed).isEqualTo(new AnchorPlacement(AnchorPlacement.State.PLACED, 8, 11, ""));
  }

  @Test
  void offsetsCountCodePoints() {
    AnchorPlacement placed = place(Anchor.builder().exact("one").start(24).end(27));
    assertThat(placed.state()).isEqualTo(AnchorPlacement.State.PLACED);
    assertThat(TEXT.slice(placed.start(), placed.end())).contains("one");
  }

  @Test
  void placedWithAContextThatDiffersIsPlacedWithANote() {
    AnchorPlacement placed = place(Anchor.builder().exact("one").start(8).end(11).prefix("xyz"));
    assertThat(placed.state()).isEqualTo(AnchorPlacement.State.PLACED);
    assertThat(placed.reason()).isEqualTo("its prefix or suffix does not match the text around offset 8");
  }

  @Test
  void offsetsThatSelectOtherTextOrphanTheAnchorAndSayWhereTheQuoteIs() {
    AnchorPlacement orphaned = place(Anchor.builder().exact("three").start(0).end(5));
    assertThat(orphaned.state()).isEqualTo(AnchorPlacement.State.ORPHANED);
    assertThat(orphaned.reason()).isEqualTo("offsets 0..5 do not select the quote, which occurs at 16");
    assertThat(place(Anchor.builder().exact("four").start(0).end(4)).reason())
        .isEqualTo("offsets 0..4 do not select the quote, which does not occur in the text");
  }

  @Test
  void aUniqueQuoteWithoutOffsetsIsPlaced() {
    assertThat(place(Anchor.builder().exact("three"))).isEqualTo(
        new AnchorPlacement(AnchorPlacement.State.PLACED, 16, 21, ""));
  }

  @Test
  void aRepeatedQuoteIsPlacedOnlyWhenItsContextTellsTheOccurrencesApart() {
    AnchorPlacement ambiguous = place(Anchor.builder().exact("one"));
    assertThat(ambiguous.state()).isEqualTo(AnchorPlacement.State.AMBIGUOUS);
    assertThat(ambiguous.reason()).isEqualTo("the quote occurs 3 times (at 0, 8, 24) and nothing tells the"
        + " occurrences apart");
    assertThat(place(Anchor.builder().exact("one").prefix("two "))).isEqualTo(
        new AnchorPlacement(AnchorPlacement.State.PLACED, 8, 11, ""));
    assertThat(place(Anchor.builder().exact("two").suffix(" three"))).isEqualTo(
        new AnchorPlacement(AnchorPlacement.State.PLACED, 12, 15, ""));
    assertThat(place(Anchor.builder().exact("one").prefix("zzz")).reason())
        .isEqualTo("the quote occurs 3 times (at 0, 8, 24) but its prefix or suffix matches the text at none");
  }

  @Test
  void aMissingQuoteIsOrphanedAndAnAnchorWithoutTextIsNotChecked() {
    assertThat(place(Anchor.builder().exact("four")).state()).isEqualTo(AnchorPlacement.State.ORPHANED);
    assertThat(AnchorPlacement.of(Anchor.builder().source("s").exact("one").build(), Optional.empty()).state())
        .isEqualTo(AnchorPlacement.State.NO_TEXT);
  }
}
