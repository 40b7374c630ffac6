package org.policynarrative.html.internal.view;

import java.util.List;
import java.util.Optional;

/**
 * The actors of the narrative, in data-set order.
 *
 * @param actors the actors
 */
public record ActorsView(List<Actor> actors) {

  /**
   * One actor.
   *
   * @param id the actor's id
   * @param anchorId the id of its element, or {@code null} for a repeated id (the attribute is left out)
   * @param name its name
   * @param kind its kind, in words
   * @param labels its names in other languages, as "language: name"
   * @param alternativeNames its other names
   * @param description its description
   * @param identifiers its identifiers (URIs or CURIEs), shown as text
   * @param notes the encoder's notes
   * @param roles the policy lines where it has a role
   * @param claims the claims about it (or naming it as cause or effect)
   */
  public record Actor(String id, String anchorId, String name, String kind, List<String> labels,
      List<String> alternativeNames, Optional<String> description, List<String> identifiers, List<String> notes,
      List<Role> roles, List<ClaimsView.Ref> claims) {}

  /**
   * An actor's role on a policy line.
   *
   * @param role the role, in words
   * @param line the line
   */
  public record Role(String role, ClaimsView.Ref line) {}
}
