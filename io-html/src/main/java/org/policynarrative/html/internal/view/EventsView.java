package org.policynarrative.html.internal.view;

import java.util.List;
import java.util.Optional;

/**
 * The events of the narrative, in data-set order.
 *
 * @param events the events
 */
public record EventsView(List<Event> events) {

  /**
   * One event.
   *
   * @param id the event's id
   * @param anchorId the id of its element, or {@code null} for a repeated id (the attribute is left out)
   * @param name its name
   * @param labels its names in other languages, as "language: name"
   * @param when its date, as the source words it
   * @param place where it happened
   * @param participants the actors who took part
   * @param summary its summary
   * @param identifiers its identifiers, shown as text
   * @param notes the encoder's notes
   * @param lines the policy lines adopted at it
   */
  public record Event(String id, String anchorId, String name, List<String> labels, Optional<String> when,
      Optional<String> place, List<ClaimsView.Ref> participants, Optional<String> summary, List<String> identifiers,
      List<String> notes, List<ClaimsView.Ref> lines) {}
}
