package org.policynarrative.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.diff.DiffFormat;
import org.policynarrative.core.diff.EntityChange;
import org.policynarrative.core.diff.FieldChange;
import org.policynarrative.core.diff.ItemKind;
import org.policynarrative.core.diff.NarrativeDiff;
import org.policynarrative.core.diff.NarrativeDrift;
import org.policynarrative.core.diff.PriorityShift;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.testing.Fixtures;

/**
 * The semantic diff on the reference data set and its made-up second edition
 * ({@link ReferenceRewrite}): every rewrite it makes is found, as what it is, and nothing else; the
 * Markdown report is pinned in {@code ReferenceDiffTest/reference.md} (shown in docs/diff.md).
 */
class ReferenceDiffTest {

  private static final Narrative BEFORE = ReferenceNarrative.narrative();
  private static final Narrative AFTER = ReferenceRewrite.narrative();
  private static final NarrativeDiff DIFF = NarrativeDiff.between(BEFORE, AFTER);

  @Test
  void theRewriteIsAValidNarrativeOfItsOwnText() {
    assertThat(NarrativeValidator.validate(AFTER, List.of(ReferenceRewrite.sourceText())).problems()).isEmpty();
  }

  @Test
  void theReferenceAndItselfDoNotDiffer() {
    assertThat(NarrativeDiff.between(BEFORE, ReferenceNarrative.narrative()).isEmpty()).isTrue();
  }

  @Test
  void theEditedSourceTextChangesTheHashAndMovesLaterQuotesOnly() {
    assertThat(DIFF.changes(ItemKind.SOURCE)).singleElement().extracting(EntityChange::fields).asList()
        .extracting(f -> ((FieldChange) f).path()).containsExactly("sha256");
    List<EntityChange> claims = DIFF.changes(ItemKind.CLAIM).stream()
        .filter(c -> c.type() == EntityChange.Type.CHANGED).toList();
    List<FieldChange> anchors = claims.stream().flatMap(c -> c.fields().stream())
        .filter(f -> f.attribute().equals("anchor")).toList();
    // Every quote after the dropped sentence moved back by its length; none changed its words.
    int dropped = ReferenceRewrite.DROPPED_SENTENCE.codePointCount(0, ReferenceRewrite.DROPPED_SENTENCE.length());
    List<FieldChange> moves = anchors.stream().filter(f -> f.type() == FieldChange.Type.MOVED).toList();
    assertThat(moves).hasSize(25);
    for (FieldChange move : moves) {
      int before = Integer.parseInt(move.before().orElseThrow().split("\\.\\.")[0]);
      int after = Integer.parseInt(move.after().orElseThrow().split("\\.\\.")[0]);
      assertThat(before - after).isEqualTo(dropped);
    }
    assertThat(anchors).noneMatch(f -> f.path().equals("anchor.exact"));
  }

  @Test
  void theDriftTellsTheStoryOfTheRewrite() {
    NarrativeDrift drift = DIFF.drift();

    assertThat(drift.erasRenamed()).extracting(e -> e.beforeName() + " -> " + e.afterName() + (e.isPossible() ? "?" : ""))
        .containsExactly("Arduous March -> March of Hardship", "The 2000s -> The noughties?");
    assertThat(drift.erasRedated()).extracting(e -> e.afterId() + " " + e.beforePeriod() + " -> " + e.afterPeriod())
        .containsExactly("mallima-era 201X?/.. -> 2012/..");
    assertThat(drift.linesVanished()).extracting(EntityChange::id).containsExactly("sengun-politics");
    assertThat(drift.linesAppeared()).isEmpty();
    assertThat(drift.claimsDropped()).extracting(EntityChange::id).containsExactly("arduous-march-concluded");
    assertThat(drift.claimsAdded()).isEmpty();
    assertThat(drift.verdictChanges()).isEmpty();
    // The re-identified era's cells, which move to the new id (a hint is no match). The moved priority is
    // on a line the text dates to no era, so it shifts no cell of the matrix (its field change is reported).
    assertThat(drift.priorityShifts()).extracting(ReferenceDiffTest::cell).containsExactly(
        "noughties light-industry none -> simultaneous",
        "noughties defence-industry none -> preferential",
        "noughties agriculture none -> simultaneous",
        "the-2000s light-industry simultaneous -> none",
        "the-2000s defence-industry preferential -> none",
        "the-2000s agriculture simultaneous -> none");
  }

  private static String cell(PriorityShift shift) {
    return shift.era() + " " + shift.sector() + " " + shift.before().map(PriorityMode::code).orElse("none") + " -> "
        + shift.after().map(PriorityMode::code).orElse("none");
  }

  @Test
  void theReIdentifiedEraIsARenameHintNotAMerge() {
    assertThat(DIFF.changes(ItemKind.ERA)).extracting(c -> c.type() + " " + c.id()).containsExactly(
        "REMOVED the-2000s", "ADDED noughties", "CHANGED arduous-march", "CHANGED mallima-era");
    assertThat(DIFF.renameHints()).singleElement().satisfies(hint -> {
      assertThat(hint.kind()).isEqualTo(ItemKind.ERA);
      assertThat(hint.beforeId()).isEqualTo("the-2000s");
      assertThat(hint.afterId()).isEqualTo("noughties");
    });
  }

  @Test
  void theShippedRewriteIsWhatTheLibraryWritesAndReadsBack(@TempDir Path dir) throws IOException {
    Path expected = dir.resolve(ReferenceRewrite.FILE_NAME);
    NarrativeFormats.installed().write(AFTER, expected);
    String shipped;
    try (InputStream in = ReferenceRewrite.class.getResourceAsStream(ReferenceRewrite.FILE_NAME)) {
      assertThat(in).as("%s is shipped", ReferenceRewrite.FILE_NAME).isNotNull();
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(shipped).as("run GenerateReferenceData to regenerate %s", ReferenceRewrite.FILE_NAME)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(NarrativeFormats.installed().read(expected)).isEqualTo(AFTER);
  }

  @Test
  void theMarkdownReportIsPinned() {
    Fixtures.assertGolden(Fixtures.file(ReferenceDiffTest.class, "reference.md"), DiffFormat.MARKDOWN.render(DIFF,
        "economic-construction.json", ReferenceRewrite.FILE_NAME));
  }
}
