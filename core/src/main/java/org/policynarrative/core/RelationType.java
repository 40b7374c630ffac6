package org.policynarrative.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one {@link Claim} relates to another ({@link ClaimRelation}): a claim about a claim.
 *
 * <p>An open vocabulary: the constants below are built in, and a narrative may declare codes of
 * its own ({@link CodeDefinition} in {@link Narrative#vocabulary()}), each optionally narrowing a
 * built-in one; {@link #fromCode} gives either.
 */
public final class RelationType extends VocabularyCode {

  /** The claim reports that the objective the other claim states was met ("surpassing the targets set in the Plan"). */
  public static final RelationType FULFILS = new RelationType("fulfils", "Fulfils",
      "The claim reports that the objective the other claim states was met (\"surpassing the targets set in the Plan\").");

  /** The claim restates the other with a change: a new figure, date, name or emphasis. */
  public static final RelationType REVISES = new RelationType("revises", "Revises",
      "The claim restates the other with a change: a new figure, date, name or emphasis.");

  /** The claim says what the other denies; the relation is symmetric. */
  public static final RelationType CONTRADICTS = new RelationType("contradicts", "Contradicts",
      "The claim says what the other denies; the relation is symmetric.");

  /** The claim says again what the other says (a later edition, another speech). */
  public static final RelationType REPEATS = new RelationType("repeats", "Repeats",
      "The claim says again what the other says (a later edition, another speech).");

  /** The claim adds detail to the other without changing it. */
  public static final RelationType ELABORATES = new RelationType("elaborates", "Elaborates",
      "The claim adds detail to the other without changing it.");

  private static final RelationType[] VALUES = {FULFILS, REVISES, CONTRADICTS, REPEATS, ELABORATES};

  private static final Map<String, RelationType> BUILT_IN = new LinkedHashMap<>();

  static {
    for (RelationType value : VALUES) {
      BUILT_IN.put(value.code(), value);
    }
  }

  private RelationType(String code, String label, String definition) {
    super(code, label, definition);
  }

  private RelationType(String code) {
    super("relation type", code);
  }

  /** {@return the built-in codes, in their documented order} */
  public static RelationType[] values() {
    return VALUES.clone();
  }

  /**
   * {@return the built-in constant with this code, or else a narrative's own code}
   *
   * @param code the code, as written in files
   * @throws IllegalArgumentException when {@code code} is not a slug
   */
  public static RelationType fromCode(String code) {
    RelationType builtIn = BUILT_IN.get(code);
    return builtIn != null ? builtIn : new RelationType(code);
  }

  /** The built-in constant with this code, or null. */
  static RelationType fromCodeOrNull(String code) {
    return BUILT_IN.get(code);
  }

  @Override
  public CodeScheme scheme() {
    return CodeScheme.RELATION_TYPE;
  }
}
