package org.policynarrative.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policynarrative.core.diff.DiffFixtures.base;
import static org.policynarrative.core.diff.DiffFixtures.withClaim;
import static org.policynarrative.core.diff.DiffFixtures.withEra;
import static org.policynarrative.core.diff.DiffFixtures.withLine;
import static org.policynarrative.core.diff.DiffFixtures.withoutClaim;
import static org.policynarrative.core.diff.DiffFixtures.withoutLine;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.Verdict;
import org.policynarrative.core.diff.EntityChange.Type;

/** One test per kind of change: what the diff reports for it, and what it does not. */
class NarrativeDiffTest {

  private static FieldChange field(String path, FieldChange.Type type, String before, String after) {
    return new FieldChange(path, type, before, after);
  }

  @Test
  void equalNarrativesHaveAnEmptyDiff() {
    NarrativeDiff diff = NarrativeDiff.between(base(), base());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.narrativeChanges()).isEmpty();
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.reorderings()).isEmpty();
    assertThat(diff.renameHints()).isEmpty();
    assertThat(diff.drift().isEmpty()).isTrue();
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> NarrativeDiff.between(null, base())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NarrativeDiff.between(base(), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theNarrativesOwnAttributesAreCompared() {
    Narrative after = Narrative.builder().from(base()).version("2").description("Second edition").build();

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.narrativeChanges()).containsExactly(
        field("version", FieldChange.Type.CHANGED, "1", "2"),
        field("description", FieldChange.Type.ADDED, null, "Second edition"));
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void aRenamedEraIsAChangedNameAndDrift() {
    Narrative after = withEra(base(), "arduous-march", e -> e.name("March of Hardship"));

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.changes()).singleElement().satisfies(change -> {
      assertThat(change.kind()).isEqualTo(ItemKind.ERA);
      assertThat(change.type()).isEqualTo(Type.CHANGED);
      assertThat(change.id()).isEqualTo("arduous-march");
      assertThat(change.label()).isEqualTo("March of Hardship");
      assertThat(change.fields()).containsExactly(
          field("name", FieldChange.Type.CHANGED, "Arduous March", "March of Hardship"));
    });
    assertThat(diff.drift().erasRenamed()).singleElement().satisfies(shift -> {
      assertThat(shift.beforeName()).isEqualTo("Arduous March");
      assertThat(shift.afterName()).isEqualTo("March of Hardship");
      assertThat(shift.isPossible()).isFalse();
    });
    assertThat(diff.drift().erasRedated()).isEmpty();
  }

  @Test
  void aRedatedEraShowsBothPeriodsWithTheirWording() {
    Narrative after = withEra(base(), "sengun-era", e -> e.period(Period.parse("Juche 87 (1998)/2011")));

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.changes()).singleElement().extracting(EntityChange::fields).asList()
        .containsExactly(field("period", FieldChange.Type.CHANGED, "200X", "Juche 87 (1998)/2011 [1998/2011]"));
    assertThat(diff.drift().erasRedated()).singleElement()
        .satisfies(shift -> assertThat(shift.afterPeriod()).isEqualTo(Period.parse("Juche 87 (1998)/2011")));
    assertThat(diff.drift().erasRenamed()).isEmpty();
  }

  @Test
  void aDroppedLineIsRemovedAndVanishes() {
    NarrativeDiff diff = NarrativeDiff.between(base(), withoutLine(base(), "sengun-politics"));

    assertThat(diff.changes()).singleElement().satisfies(change -> {
      assertThat(change.type()).isEqualTo(Type.REMOVED);
      assertThat(change.kind()).isEqualTo(ItemKind.POLICY_LINE);
      assertThat(change.beforeId()).contains("sengun-politics");
      assertThat(change.afterId()).isEmpty();
      assertThat(change.label()).isEqualTo("Sengun politics");
      assertThat(change.fields()).isEmpty();
    });
    assertThat(diff.drift().linesVanished()).extracting(EntityChange::id).containsExactly("sengun-politics");
    assertThat(NarrativeDiff.between(withoutLine(base(), "sengun-politics"), base()).drift().linesAppeared())
        .extracting(EntityChange::id).containsExactly("sengun-politics");
  }

  @Test
  void aMovedPriorityIsAFieldChangeOfTheLineAndAShiftOfTheMatrix() {
    Narrative after = withLine(base(), "basic-line", l -> l.priorities(List.of(
        SectorPriority.of("heavy-industry", PriorityMode.PREFERENTIAL),
        SectorPriority.of("light-industry", PriorityMode.PRIORITIZED))));

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.changes()).singleElement().extracting(EntityChange::fields).asList().containsExactly(
        field("priorities[agriculture]", FieldChange.Type.REMOVED, "{sector: agriculture; mode: simultaneous}", null),
        field("priorities[light-industry].mode", FieldChange.Type.CHANGED, "simultaneous", "prioritized"));
    assertThat(diff.drift().priorityShifts()).containsExactly(
        new PriorityShift("post-war", "Post-war construction", "light-industry", "Light industry",
            PriorityMode.SIMULTANEOUS, PriorityMode.PRIORITIZED),
        new PriorityShift("post-war", "Post-war construction", "agriculture", "Agriculture",
            PriorityMode.SIMULTANEOUS, null));
  }

  @Test
  void aPriorityThatMovesToAnotherEraShiftsTwoCells() {
    Narrative after = withLine(base(), "basic-line", l -> l.eras(List.of("arduous-march")));

    List<PriorityShift> shifts = NarrativeDiff.between(base(), after).drift().priorityShifts();

    assertThat(shifts).hasSize(6);
    assertThat(shifts).extracting(PriorityShift::era).containsExactly(
        "post-war", "post-war", "post-war", "arduous-march", "arduous-march", "arduous-march");
    assertThat(shifts.get(0).after()).isEmpty();
    assertThat(shifts.get(3).before()).isEmpty();
    assertThat(shifts.get(3).after()).contains(PriorityMode.PREFERENTIAL);
  }

  @Test
  void aRemovedClaimIsDropped() {
    NarrativeDiff diff = NarrativeDiff.between(base(), withoutClaim(base(), "arduous-march"));

    assertThat(diff.changes()).singleElement()
        .satisfies(c -> assertThat(c.type()).isEqualTo(Type.REMOVED))
        .satisfies(c -> assertThat(c.label()).isEqualTo("The 1990s were the Arduous March."));
    assertThat(diff.drift().claimsDropped()).extracting(EntityChange::id).containsExactly("arduous-march");
    assertThat(diff.drift().claimsAdded()).isEmpty();
  }

  @Test
  void aQuoteWhoseOffsetsMovedIsToldApartFromAChangedQuote() {
    // The source text edited at its start: every quote is still there, later.
    SourceText edited = SourceText.of("portal", "Preface. " + DiffFixtures.TEXT);
    Narrative after = DiffFixtures.base(edited);

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.changes(ItemKind.SOURCE)).singleElement().extracting(EntityChange::fields).asList()
        .extracting(f -> ((FieldChange) f).path()).containsExactly("sha256");
    List<EntityChange> claims = diff.changes(ItemKind.CLAIM);
    assertThat(claims).hasSize(4);
    assertThat(claims.get(0).fields()).containsExactly(
        field("anchor", FieldChange.Type.MOVED, "0..45", "9..54"),
        field("anchor.prefix", FieldChange.Type.ADDED, null, "Preface. "));
    assertThat(claims.get(1).fields()).first().isEqualTo(field("anchor", FieldChange.Type.MOVED, "46..90", "55..99"));
    assertThat(claims).flatExtracting(EntityChange::fields).noneMatch(f -> f.path().equals("anchor.exact"));

    // The quote itself changed: not a move.
    Narrative rewritten = withClaim(base(), "heavy-first",
        c -> c.anchor(SourceText.of("portal", "Heavy industry was developed first.").anchor("developed first")));
    List<FieldChange> fields = NarrativeDiff.between(base(), rewritten).changes().get(0).fields();
    assertThat(fields).extracting(FieldChange::path).contains("anchor.exact", "anchor.start");
    assertThat(fields).noneMatch(f -> f.type() == FieldChange.Type.MOVED);
    assertThat(fields).filteredOn(f -> f.path().equals("anchor.exact")).singleElement()
        .satisfies(f -> assertThat(f.after()).contains("developed first"));
  }

  @Test
  void aReorderedListIsReportedApartFromContent() {
    Narrative after = Narrative.builder().from(base()).eras(DiffFixtures.reversed(base().eras())).build();

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.changes()).isEmpty();
    assertThat(diff.reorderings()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ItemKind.ERA);
      assertThat(r.common()).isEqualTo(3);
      assertThat(r.moved()).containsExactly("sengun-era", "arduous-march");
    });
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void aReorderedListInsideAnItemIsOneReorderedField() {
    Narrative after = withClaim(base(), "light-and-agriculture",
        c -> c.about(List.of(EntityRef.sector("agriculture"), EntityRef.sector("light-industry"))));

    assertThat(NarrativeDiff.between(base(), after).changes().get(0).fields()).containsExactly(field("about",
        FieldChange.Type.REORDERED, "sector:light-industry, sector:agriculture", "sector:agriculture, sector:light-industry"));
  }

  @Test
  void aNewIdWithTheSameContentIsAHintNeverAMerge() {
    Narrative after = Narrative.builder().from(base()).eras(base().eras().stream()
        .map(e -> e.id().equals("sengun-era") ? Era.builder().from(e).id("songun-era").build() : e).toList()).build();

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.changes()).extracting(EntityChange::type, EntityChange::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Type.REMOVED, "sengun-era"),
            org.assertj.core.groups.Tuple.tuple(Type.ADDED, "songun-era"));
    assertThat(diff.renameHints()).singleElement().satisfies(hint -> {
      assertThat(hint.beforeId()).isEqualTo("sengun-era");
      assertThat(hint.afterId()).isEqualTo("songun-era");
      assertThat(hint.reason()).isEqualTo("same content");
      assertThat(hint.similarity()).isEqualTo(1.0);
      assertThat(hint.fields()).isEmpty();
    });
    // Same name and period, other id: neither renamed nor redated in the drift.
    assertThat(diff.drift().erasRenamed()).isEmpty();
  }

  @Test
  void aRenamedAndReIdentifiedEraIsAPossibleRenameInTheDrift() {
    Narrative after = Narrative.builder().from(base()).eras(base().eras().stream()
        .map(e -> e.id().equals("sengun-era") ? Era.builder().from(e).id("songun-era").name("Songun era").build() : e)
        .toList()).build();

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.renameHints()).singleElement().satisfies(hint -> {
      assertThat(hint.reason()).isEqualTo("same period");
      assertThat(hint.similarity()).isEqualTo(2.0 / 3);
      assertThat(hint.fields()).containsExactly(field("name", FieldChange.Type.CHANGED, "Sengun era", "Songun era"));
    });
    assertThat(diff.drift().erasRenamed()).singleElement().satisfies(shift -> {
      assertThat(shift.isPossible()).isTrue();
      assertThat(shift.beforeId()).isEqualTo("sengun-era");
      assertThat(shift.afterId()).isEqualTo("songun-era");
    });
  }

  @Test
  void itemsThatShareLittleAreNoRename() {
    Narrative after = Narrative.builder().from(base()).eras(base().eras().stream()
        .map(e -> e.id().equals("sengun-era")
            ? Era.builder().id("new-era").name("Sengun era").period(Period.parse("2012/..")).summary("Other.").build()
            : e).toList()).build();

    assertThat(NarrativeDiff.between(base(), after).renameHints()).isEmpty();
  }

  @Test
  void itemsWithOtherIdsAreMatchedByASharedIdentifierAndReferencesFollow() {
    Narrative after = Narrative.builder().from(base())
        .eras(base().eras().stream().map(e -> e.id().equals("post-war")
            ? Era.builder().from(e).id("reconstruction").build() : e).toList())
        .policyLines(base().policyLines().stream().map(l -> l.id().equals("basic-line")
            ? PolicyLine.builder().from(l).eras(List.of("reconstruction")).build() : l).toList())
        .build();

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.changes()).singleElement().satisfies(change -> {
      assertThat(change.type()).isEqualTo(Type.CHANGED);
      assertThat(change.beforeId()).contains("post-war");
      assertThat(change.afterId()).contains("reconstruction");
      assertThat(change.matchedBy()).contains("wikidata:Q100");
      assertThat(change.fields()).containsExactly(field("id", FieldChange.Type.CHANGED, "post-war", "reconstruction"));
    });
    assertThat(diff.renameHints()).isEmpty();
    assertThat(diff.drift().priorityShifts()).isEmpty();
  }

  @Test
  void aVerdictThatChangesIsDrift() {
    Narrative after = withClaim(base(), "heavy-first", c -> c.addAssessments(Assessment.builder()
        .assessor("Independent review").verdict(Verdict.DISPUTED).addReferences("https://example.org/r").build()));

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.changes().get(0).fields()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("assessments[Independent review]");
      assertThat(f.type()).isEqualTo(FieldChange.Type.ADDED);
    });
    assertThat(diff.drift().verdictChanges()).containsExactly(
        new VerdictChange("heavy-first", "Heavy industry came first.", Verdict.UNVERIFIED, Verdict.DISPUTED));
  }

  @Test
  void mapsAndOptionalsReportAddedAndRemovedKeys() {
    Narrative after = withEra(base(), "arduous-march", e -> e.labels(java.util.Map.of("ja", "苦難の行軍")));
    after = withEra(after, "sengun-era", e -> e.summary(java.util.Optional.empty()));

    List<EntityChange> changes = NarrativeDiff.between(base(), after).changes();

    assertThat(changes.get(0).fields()).containsExactly(
        field("labels[ko]", FieldChange.Type.REMOVED, "고난의 행군", null),
        field("labels[ja]", FieldChange.Type.ADDED, null, "苦難の行軍"));
    assertThat(changes.get(1).fields()).containsExactly(
        field("summary", FieldChange.Type.REMOVED, "The 2000s.", null));
  }

  @Test
  void vocabularyCodesActorsAndEventsAreItemsToo() {
    Narrative after = Narrative.builder().from(base())
        .vocabulary(List.of(CodeDefinition.builder().from(base().vocabulary().get(0)).label("Boasting").build()))
        .actors(List.of())
        .events(List.of(org.policynarrative.core.Event.builder().from(base().events().get(0))
            .place("Pyongyang").build()))
        .build();

    NarrativeDiff diff = NarrativeDiff.between(base(), after);

    assertThat(diff.changes()).extracting(c -> c.kind() + " " + c.type() + " " + c.id()).containsExactly(
        "ACTOR REMOVED wpk", "EVENT CHANGED seventh-congress", "CODE CHANGED claim-kind:boast");
    assertThat(diff.changes(ItemKind.CODE).get(0).fields())
        .containsExactly(field("label", FieldChange.Type.CHANGED, "Boast", "Boasting"));
  }

  @Test
  void repeatedIdsAreMatchedInOrder() {
    Claim extra = DiffFixtures.claim("heavy-first", org.policynarrative.core.ClaimKind.ACHIEVEMENT, "Again.",
        base().claims().get(1).anchor());
    Narrative twice = Narrative.builder().from(base()).addClaims(extra).build();

    NarrativeDiff diff = NarrativeDiff.between(base(), twice);

    assertThat(diff.changes()).singleElement().satisfies(change -> {
      assertThat(change.type()).isEqualTo(Type.ADDED);
      assertThat(change.id()).isEqualTo("heavy-first#2");
    });
    assertThat(NarrativeDiff.between(twice, twice).isEmpty()).isTrue();
  }

  @Test
  void changesAreOrderedByKindThenRemovedAddedChanged() {
    Narrative after = withoutLine(base(), "sengun-politics");
    after = withEra(after, "post-war", e -> e.summary("Rebuilding."));
    after = Narrative.builder().from(after).addEras(Era.builder().id("new").name("New").period(Period.parse("2020"))
        .build()).build();
    after = withoutClaim(after, "heavy-first");

    assertThat(NarrativeDiff.between(base(), after).changes()).extracting(c -> c.kind() + " " + c.type())
        .containsExactly("ERA ADDED", "ERA CHANGED", "POLICY_LINE REMOVED", "CLAIM REMOVED");
  }
}
