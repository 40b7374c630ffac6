package org.policynarrative.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Actor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.testing.SampleNarratives;

/**
 * The page of the narrative that uses every feature of model v2 shows its actors, events, figures,
 * claim relations and encoder's notes, and links references to actors and events to their sections.
 */
class ModelV2SectionsTest {

  private static final Narrative NARRATIVE = SampleNarratives.firstFiveYearPlan();
  private static final String PAGE = NarrativeHtml.create()
      .withSourceTexts(SampleNarratives.firstFiveYearPlanTexts()).toHtml(NARRATIVE);

  @Test
  void everyActorHasItsElementWithItsNamesIdentifiersNotesAndRoles() {
    assertThat(NARRATIVE.actors()).isNotEmpty();
    assertThat(PAGE).contains("<section id=\"actors\"", "<a href=\"#actors\">Actors</a>");
    for (Actor actor : NARRATIVE.actors()) {
      assertThat(PAGE).contains("id=\"actor-" + actor.id() + "\"", escaped(actor.name()));
      actor.alternativeNames().forEach(name -> assertThat(PAGE).contains(escaped(name)));
      actor.labels().values().forEach(label -> assertThat(PAGE).contains(escaped(label)));
      actor.identifiers().forEach(identifier -> assertThat(PAGE).contains(escaped(identifier)));
      actor.encoderNotes().stream().map(EncoderNote::text).forEach(note -> assertThat(PAGE).contains(escaped(note)));
    }
    for (PolicyLine line : NARRATIVE.policyLines()) {
      for (LineRole role : line.roles()) {
        assertThat(PAGE).contains(escaped(role.role().code().replace('-', ' ').substring(1)));
      }
    }
  }

  @Test
  void everyEventHasItsElementWithItsDateAsTheSourceWordsItAndItsPlace() {
    assertThat(NARRATIVE.events()).isNotEmpty();
    assertThat(PAGE).contains("<section id=\"events\"", "<a href=\"#events\">Events</a>");
    for (Event event : NARRATIVE.events()) {
      assertThat(PAGE).contains("id=\"event-" + event.id() + "\"", escaped(event.name()));
      event.when().map(Period::text).ifPresent(when -> assertThat(PAGE).contains(escaped(when)));
      event.place().ifPresent(place -> assertThat(PAGE).contains(escaped(place)));
      for (String participant : event.participants()) {
        assertThat(PAGE).contains("href=\"#actor-" + participant + "\"");
      }
    }
  }

  @Test
  void everyFigureRelationAndNoteOfAClaimIsShownAndTheVerdictStaysVisible() {
    int figures = 0;
    for (Claim claim : NARRATIVE.claims()) {
      for (Figure figure : claim.figures()) {
        figures++;
        assertThat(PAGE).contains(escaped(figure.wording()), escaped(figure.indicator()));
        figure.amount().map(BigDecimal::toString).ifPresent(a -> assertThat(PAGE).contains("value=\"" + a + "\""));
        figure.upTo().map(BigDecimal::toString).ifPresent(a -> assertThat(PAGE).contains("up to <data value=\"" + a));
        figure.unit().ifPresent(unit -> assertThat(PAGE).contains(escaped(unit)));
        figure.period().map(Period::text).ifPresent(period -> assertThat(PAGE).contains(escaped(period)));
        figure.baselineAmount().map(BigDecimal::toString).ifPresent(a -> assertThat(PAGE).contains(a));
      }
      for (ClaimRelation relation : claim.relations()) {
        assertThat(PAGE).contains("href=\"#claim-" + relation.claim() + "\"");
      }
      claim.encoderNotes().stream().map(EncoderNote::text).forEach(note -> assertThat(PAGE).contains(escaped(note)));
    }
    assertThat(figures).isPositive();
    assertThat(PAGE).contains("Stated as", "Encoder&rsquo;s notes", "Relations", "class=\"verdict verdict-");
  }

  @Test
  void referencesToActorsAndEventsLinkToTheirSections() {
    for (Claim claim : NARRATIVE.claims()) {
      claim.about().stream().filter(NARRATIVE::contains)
          .filter(ref -> ref.kind() == EntityKind.ACTOR || ref.kind() == EntityKind.EVENT)
          .forEach(ref -> assertThat(PAGE).contains("id=\"" + ref.kind().code() + "-" + ref.id() + "\"",
              "href=\"#" + ref.kind().code() + "-" + ref.id() + "\""));
    }
  }

  @Test
  void everyLinkWithinThePageHasItsTarget() {
    for (String page : List.of(PAGE, ReferenceReport.html())) {
      Set<String> ids = new HashSet<>();
      Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
      while (id.find()) {
        ids.add(id.group(1));
      }
      Matcher href = Pattern.compile(" href=\"#([^\"]+)\"").matcher(page);
      int links = 0;
      while (href.find()) {
        links++;
        assertThat(ids).as("the target of a link").contains(href.group(1));
      }
      assertThat(links).isPositive();
      assertThat(page).contains("href=\"#actor-", "href=\"#event-");
    }
  }

  /** As jte escapes text content. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
