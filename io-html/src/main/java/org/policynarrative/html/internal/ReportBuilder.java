package org.policynarrative.html.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.html.internal.view.ActorsView;
import org.policynarrative.html.internal.view.ClaimsView;
import org.policynarrative.html.internal.view.EventsView;
import org.policynarrative.html.internal.view.MatrixView;
import org.policynarrative.html.internal.view.Page;
import org.policynarrative.html.internal.view.SourceTextView;
import org.policynarrative.html.internal.view.SourcesView;
import org.policynarrative.html.internal.view.TimelineView;

/**
 * Turns a narrative and the texts of its sources into the {@link Page} the templates show. Each
 * section has its builder ({@link SourceSection}, {@link TimelineSection}, {@link MatrixSection},
 * {@link ClaimSection}) and its template; a new section is one more of each and a line here.
 */
final class ReportBuilder {

  private ReportBuilder() {}

  /**
   * {@return the page of {@code narrative}}
   *
   * @throws NarrativeFormatException when a text is for a source the narrative does not have
   */
  static Page build(Narrative narrative, List<SourceText> texts) {
    Map<String, SourceText> textsById = textsById(narrative, texts);
    Entities entities = new Entities(narrative);
    List<Claim> claims = narrative.claims();
    List<AnchorPlacement> placements = new ArrayList<>(claims.size());
    List<String> elementIds = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      placements.add(AnchorPlacement.of(claim.anchor(), Optional.ofNullable(textsById.get(claim.anchor().source()))));
      elementIds.add(entities.claimElementId(claim.id(), ClaimSection.label(i)));
    }
    Map<String, SourcesView.TextCheck> checks = SourceSection.checks(narrative, textsById);
    SourcesView sources = SourceSection.sources(narrative, entities, checks);
    // before the timeline, which lists events too: these sections hold the actor-ID and event-ID elements
    ActorsView actors = ActorSection.actors(narrative, entities, elementIds);
    EventsView events = ActorSection.events(narrative, entities);
    TimelineView timeline = TimelineSection.of(narrative, entities);
    MatrixView matrix = MatrixSection.of(narrative, entities);
    ClaimsView claimsView = ClaimSection.of(narrative, entities, placements, elementIds, !textsById.isEmpty());
    List<SourceTextView> textViews = SourceSection.texts(narrative, textsById, checks, placements, elementIds);

    List<Page.NavItem> contents = new ArrayList<>(List.of(new Page.NavItem("sources", "Sources"),
        new Page.NavItem("timeline", "Timeline"), new Page.NavItem("priorities", "Sector priorities"),
        new Page.NavItem("claims", "Claims")));
    if (!actors.actors().isEmpty()) {
      contents.add(new Page.NavItem("actors", "Actors"));
    }
    if (!events.events().isEmpty()) {
      contents.add(new Page.NavItem("events", "Events"));
    }
    if (!textViews.isEmpty()) {
      contents.add(new Page.NavItem("source-texts", "Source texts"));
    }
    return new Page(narrative.language(), narrative.title(), narrative.id(),
        narrative.version(), narrative.description(), Stylesheet.CSS,
        Stylesheet.CONTENT_SECURITY_POLICY, contents, sources, timeline, matrix, claimsView, actors, events, textViews);
  }

  private static Map<String, SourceText> textsById(Narrative narrative, List<SourceText> texts) {
    Map<String, SourceText> byId = new LinkedHashMap<>();
    for (SourceText text : texts) {
      if (narrative.source(text.sourceId()).isEmpty()) {
        String known = narrative.sources().stream().map(Source::id).collect(Collectors.joining(", "));
        throw new NarrativeFormatException(HtmlRenderer.FORMAT, "a text was given for source '" + text.sourceId()
            + "', which narrative '" + narrative.id() + "' does not have; its sources: "
            + (known.isEmpty() ? "none" : known));
      }
      byId.put(text.sourceId(), text);
    }
    return byId;
  }
}
