package org.policynarrative.html.internal.view;

import java.util.List;
import java.util.Optional;

/**
 * The claims, grouped by era and then by the entity they are mainly about.
 *
 * @param count how many claims there are
 * @param verdicts how many claims have each verdict, as phrases ("29 unverified"), strongest doubt first
 * @param groups the era groups, eras in chronological order, then the claims tied to no era
 */
public record ClaimsView(int count, List<String> verdicts, List<EraGroup> groups) {

  /**
   * The claims tied to one era.
   *
   * @param anchorId the id of the group's section
   * @param heading the era's name, or a phrase for the claims tied to none
   * @param when the era's period, as the source words it
   * @param entities the groups by entity, in order of first appearance
   */
  public record EraGroup(String anchorId, String heading, Optional<String> when, List<EntityGroup> entities) {}

  /**
   * The claims of an era group about one entity.
   *
   * @param heading what they are about
   * @param claims the claims, in data-set order
   */
  public record EntityGroup(String heading, List<Claim> claims) {}

  /**
   * One claim.
   *
   * @param id the claim's id
   * @param label its short label ({@code C12}: its place in the data set)
   * @param statement its statement
   * @param kind its kind, in words
   * @param verdict its verdict
   * @param assertedBy who asserts it
   * @param extractedBy who extracted it
   * @param refersTo the period it refers to, as the source words it
   * @param quote the quoted words of its source
   * @param source the name of the quoted source
   * @param about the entities it is about
   * @param causes the entities it names as causes
   * @param effects the entities it names as effects
   * @param anchor where its quote stands in the source text
   * @param assessments its assessments, in data-set order
   * @param figures its figures, in data-set order
   * @param relations its relations to other claims
   * @param notes the encoder's notes
   */
  public record Claim(String id, String label, String statement, String kind, Badge verdict, String assertedBy,
      Optional<String> extractedBy, Optional<String> refersTo, String quote, String source, List<Ref> about,
      List<Ref> causes, List<Ref> effects, AnchorLink anchor, List<Assessment> assessments, List<Figure> figures,
      List<Relation> relations, List<String> notes) {}

  /**
   * A figure a claim gives.
   *
   * @param indicator what it measures
   * @param sector the sector it is about
   * @param wording the source's words
   * @param statedAs how the source states it, in words
   * @param amount the amount, exactly as recorded
   * @param upTo the upper end of a range
   * @param unit its unit
   * @param period the period it is for, as the source words it
   * @param baseline the baseline: amount and period, in words
   * @param status target, plan or result
   */
  public record Figure(String indicator, Optional<Ref> sector, String wording, String statedAs,
      Optional<String> amount, Optional<String> upTo, Optional<String> unit, Optional<String> period,
      Optional<String> baseline, String status) {}

  /**
   * A relation of a claim to another claim.
   *
   * @param type the relation, in words
   * @param claim the other claim
   */
  public record Relation(String type, Ref claim) {}

  /**
   * A reference to an entity.
   *
   * @param kind the entity's kind, in words
   * @param name its name, or its id in quotes when the narrative does not have it
   * @param href the link to it on the page, or empty when the narrative does not have it
   */
  public record Ref(String kind, String name, Optional<String> href) {}

  /**
   * Where a claim's quote stands in its source text.
   *
   * @param state {@code placed}, {@code orphaned}, {@code ambiguous} or {@code no-text}, which names its style
   * @param href the link to the highlighted quote, when placed
   * @param message what the page found, in a sentence
   */
  public record AnchorLink(String state, Optional<String> href, String message) {

    /** {@return true when the anchor was flagged: orphaned or ambiguous} */
    public boolean isFlagged() {
      return state.equals("orphaned") || state.equals("ambiguous");
    }
  }

  /**
   * An assessment of a claim.
   *
   * @param assessor who assessed it
   * @param verdict the verdict
   * @param ratingLabel the assessor's own rating
   * @param date when, as written
   * @param note the note
   * @param references the independent references cited
   */
  public record Assessment(String assessor, Badge verdict, Optional<String> ratingLabel, Optional<String> date,
      Optional<String> note, List<String> references) {}
}
