package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.Source;
import org.policynarrative.core.spi.LocationIndex;
import org.policynarrative.core.spi.ReadValidation;

/**
 * The entities read so far, each with where it was written, and how they become the narrative:
 * in data-set order (document order, or the explicit positions), built, and, when asked for,
 * checked as a whole by {@link ReadValidation}, each problem reported at the place its path names.
 */
final class NarrativeAssembly {

  /**
   * A value read from the document: where it was, its explicit data-set position (1-based) if any,
   * and the places of its attributes that a validator path may name, by path below the value
   * ({@code about}, {@code anchor.source}, {@code priorities[0].sector}).
   */
  record Draft<T>(T value, Integer position, Place at, Map<String, Place> where) {}

  final List<Draft<Source>> sources = new ArrayList<>();
  final List<Draft<Era>> eras = new ArrayList<>();
  final List<Draft<PolicyLine>> lines = new ArrayList<>();
  final List<Draft<Sector>> sectors = new ArrayList<>();
  final List<Draft<Claim>> claims = new ArrayList<>();
  /** Each entity kind in data-set order, by its attribute of the narrative: only validation needs it. */
  private final Map<String, List<? extends Draft<?>>> registered = new LinkedHashMap<>();

  /**
   * The narrative with the entities read, in data-set order.
   *
   * @param builder the narrative's metadata, already set
   * @param title where the title is, for a problem with the narrative as a whole
   * @param validate whether to run the checks across the whole narrative ({@link ReadValidation})
   */
  Narrative narrative(Narrative.Builder builder, Place title, boolean validate) {
    register("sources", sources, builder::addSources);
    register("eras", ordered(eras, "era"), builder::addEras);
    register("policyLines", ordered(lines, "policy line"), builder::addPolicyLines);
    register("sectors", ordered(sectors, "sector"), builder::addSectors);
    register("claims", ordered(claims, "claim"), builder::addClaims);
    Narrative narrative = ConstructReader.build(title, "narrative", builder::build);
    return validate
        ? ReadValidation.requireValid(narrative, MarkdownErrors.FORMAT, locations(), UnaryOperator.identity())
        : narrative;
  }

  private <T> void register(String attribute, List<Draft<T>> drafts, Consumer<T> add) {
    for (Draft<T> draft : drafts) {
      add.accept(draft.value());
    }
    registered.put(attribute, drafts);
  }

  /** Data-set order: document order, or the explicit positions when they are given. */
  private static <T> List<Draft<T>> ordered(List<Draft<T>> drafts, String what) {
    if (drafts.stream().allMatch(d -> d.position() == null)) {
      return drafts;
    }
    List<Draft<T>> result = new ArrayList<>(Collections.nCopies(drafts.size(), null));
    for (Draft<T> draft : drafts) {
      if (draft.position() == null) {
        throw draft.at().error("this " + what + " has no Position, but others do; give every " + what
            + " a Position or none");
      }
      int index = draft.position() - 1;
      if (index >= drafts.size()) {
        throw draft.at().error(what + " Position " + draft.position() + " is out of range; expected 1 to "
            + drafts.size());
      }
      if (result.get(index) != null) {
        throw draft.at().error("two of the " + what + "s have Position " + draft.position()
            + "; expected each position once");
      }
      result.set(index, draft);
    }
    return result;
  }

  /** The place of every value recorded, by its validator path. */
  private LocationIndex locations() {
    LocationIndex index = new LocationIndex();
    registered.forEach((attribute, drafts) -> {
      for (int i = 0; i < drafts.size(); i++) {
        Draft<?> draft = drafts.get(i);
        String prefix = attribute + "[" + i + "]";
        record(index, prefix, draft.at());
        draft.where().forEach((path, at) -> record(index, prefix + "." + path, at));
      }
    });
    return index;
  }

  private static void record(LocationIndex index, String path, Place at) {
    index.record(path, at.line() + 1, Math.max(at.column(), 0) + 1);
  }
}
