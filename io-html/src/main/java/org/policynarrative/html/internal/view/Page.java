package org.policynarrative.html.internal.view;

import java.util.List;
import java.util.Optional;

/**
 * The whole report: the head's metadata and one value per section, in the order the page shows them.
 *
 * @param narrativeLanguage the language tag of the narrative's own strings
 * @param title the narrative's title
 * @param id the narrative's id
 * @param version the narrative's version
 * @param description the narrative's description
 * @param stylesheet the page's one stylesheet, the module's own (never data)
 * @param contentSecurityPolicy the policy of the page's {@code Content-Security-Policy} meta tag
 * @param contents the table of contents, one entry per section
 * @param sources the sources section
 * @param timeline the timeline section
 * @param matrix the sector-priority section
 * @param claims the claims section
 * @param actors the actors section
 * @param events the events section
 * @param texts the source texts section, one entry per supplied text; empty when none was supplied
 */
public record Page(String narrativeLanguage, String title, String id, String version, Optional<String> description,
    String stylesheet, String contentSecurityPolicy, List<NavItem> contents, SourcesView sources,
    TimelineView timeline, MatrixView matrix, ClaimsView claims, ActorsView actors,
    EventsView events, List<SourceTextView> texts) {

  /**
   * One entry of the table of contents.
   *
   * @param target the id of the section
   * @param label the entry's text
   */
  public record NavItem(String target, String label) {}
}
