package org.policynarrative.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;

/**
 * What changed between two narratives, item by item: the semantic diff of two versions of a data
 * set, or of two accounts of the same history.
 *
 * <pre>{@code
 * NarrativeDiff diff = NarrativeDiff.between(edition2012, edition2016);
 * diff.changes(ItemKind.ERA);              // eras added, removed, changed (field by field)
 * diff.drift().erasRenamed();              // the story's own moves
 * String markdown = DiffFormat.MARKDOWN.render(diff);
 * }</pre>
 *
 * <p><b>Matching.</b> Items of each {@link ItemKind} are matched by id; those left unmatched on
 * both sides are then matched by a shared external identifier ({@code identifiers} of eras,
 * sectors, policy lines, actors and events), so two accounts that use other ids for the same era
 * still line up; references to such an item compare equal through the match. What stays unmatched
 * is {@link EntityChange.Type#ADDED added} or {@link EntityChange.Type#REMOVED removed}; a removed
 * and an added item with nearly the same content are paired in a {@link RenameHint}, never merged.
 *
 * <p><b>What counts.</b> Every attribute of every item, the narrative's own attributes, and the
 * order of every list: the diff is empty exactly when the two narratives are {@link
 * Narrative#equals equal} (or differ only in references that a match by identifier makes equal).
 * A different order of items is a {@link Reordering}, apart from content changes; inside an item, a
 * {@link FieldChange.Type#REORDERED} change. An anchor whose quote is unchanged but whose offsets
 * moved is {@link FieldChange.Type#MOVED}, told apart from a changed quote.
 *
 * <p><b>Cost.</b> Linear in the size of the two narratives: hash maps for matching, a field walk
 * only of matched items that are not {@code equal}, bounded candidate sets for rename hints
 * ({@link RenameHint}), and O(n log n) to find which items moved in a reordering.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class NarrativeDiff {

  private final Narrative before;
  private final Narrative after;
  private final List<FieldChange> narrativeChanges;
  private final List<EntityChange> changes;
  private final List<Reordering> reorderings;
  private final List<RenameHint> renameHints;
  private final NarrativeDrift drift;

  private NarrativeDiff(Narrative before, Narrative after, List<FieldChange> narrativeChanges,
      List<EntityChange> changes, List<Reordering> reorderings, List<RenameHint> renameHints, NarrativeDrift drift) {
    this.before = before;
    this.after = after;
    this.narrativeChanges = List.copyOf(narrativeChanges);
    this.changes = List.copyOf(changes);
    this.reorderings = List.copyOf(reorderings);
    this.renameHints = List.copyOf(renameHints);
    this.drift = drift;
  }

  /**
   * Compares two narratives.
   *
   * @param before the earlier version, or the one to compare against
   * @param after the later version
   * @return what changed from {@code before} to {@code after}
   * @throws NullPointerException when either is null
   */
  public static NarrativeDiff between(Narrative before, Narrative after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    IdTranslation ids = new IdTranslation();
    // Every kind is matched before any is compared: a claim's reference to an era matched by
    // identifier must already translate.
    List<Matching<?>> matchings = new ArrayList<>();
    for (ItemType<?> type : ItemTypes.ALL) {
      matchings.add(Matching.of(type, before, after, ids));
    }
    Comparison root = new Comparison(ids);
    ItemTypes.NARRATIVE.compare("", before, after, root);

    List<EntityChange> changes = new ArrayList<>();
    List<Reordering> reorderings = new ArrayList<>();
    List<RenameHint> hints = new ArrayList<>();
    List<RenameHints.Found> eraHints = List.of();
    for (Matching<?> m : matchings) {
      m.changes(ids, changes);
      m.reordering().ifPresent(reorderings::add);
      List<RenameHints.Found> found = RenameHints.of(m, ids);
      found.forEach(f -> hints.add(f.hint()));
      if (m.type.kind == ItemKind.ERA) {
        eraHints = found;
      }
    }
    @SuppressWarnings("unchecked")
    Matching<Era> eras = (Matching<Era>) matchings.get(ItemKind.ERA.ordinal());
    @SuppressWarnings("unchecked")
    Matching<Claim> claims = (Matching<Claim>) matchings.get(ItemKind.CLAIM.ordinal());
    NarrativeDrift drift = Drift.of(before, after, eras, claims, eraHints, changes, ids);
    return new NarrativeDiff(before, after, root.changes(), changes, reorderings, hints, drift);
  }

  /** {@return the narrative compared against} */
  public Narrative before() {
    return before;
  }

  /** {@return the narrative compared} */
  public Narrative after() {
    return after;
  }

  /** {@return true when nothing differs: no narrative attribute, item or order} */
  public boolean isEmpty() {
    return narrativeChanges.isEmpty() && changes.isEmpty() && reorderings.isEmpty();
  }

  /** {@return the changes of the narrative's own attributes: id, title, language, version, description} */
  public List<FieldChange> narrativeChanges() {
    return narrativeChanges;
  }

  /**
   * {@return every item added, removed or changed; by kind in the order of {@link ItemKind}, and
   * within a kind the removed items (in the order before), the added, then the changed (in the order after)}
   */
  public List<EntityChange> changes() {
    return changes;
  }

  /**
   * {@return the changes of items of one kind, in the order of {@link #changes()}}
   *
   * @param kind the kind of item
   */
  public List<EntityChange> changes(ItemKind kind) {
    Objects.requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /** {@return the kinds of item whose common items are listed in another order, in the order of {@link ItemKind}} */
  public List<Reordering> reorderings() {
    return reorderings;
  }

  /** {@return the pairs of a removed and an added item that may be one item under a new id} */
  public List<RenameHint> renameHints() {
    return renameHints;
  }

  /** {@return the summary of how the account moved: eras, lines, priorities, claims, verdicts} */
  public NarrativeDrift drift() {
    return drift;
  }

  /** {@return the counts, in one line} */
  @Override
  public String toString() {
    return "NarrativeDiff{" + before.id() + " " + before.version() + " -> " + after.id() + " " + after.version()
        + ", " + narrativeChanges.size() + " narrative changes, " + changes.size() + " item changes, "
        + reorderings.size() + " reorderings, " + renameHints.size() + " rename hints}";
  }
}
