package org.policynarrative.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a {@link PolicyLine} ranks a sector, in the source's terms. The built-in constants are listed
 * from the strongest to the weakest, which is the order {@link SectorPriorityMatrix} uses to pick one
 * mode per cell (a declared code counts as the built-in one it narrows).
 *
 * <p>An open vocabulary: the constants below are built in, and a narrative may declare codes of
 * its own ({@link CodeDefinition} in {@link Narrative#vocabulary()}), each optionally narrowing a
 * built-in one; {@link #fromCode} gives either.
 */
public final class PriorityMode extends VocabularyCode {

  /** Set as a top priority, above every other sector. */
  public static final PriorityMode TOP_PRIORITY = new PriorityMode("top-priority", "Top priority",
      "Set as a top priority, above every other sector.");

  /** Developed preferentially: ahead of the sectors developed simultaneously beside it. */
  public static final PriorityMode PREFERENTIAL = new PriorityMode("preferential", "Preferential",
      "Developed preferentially: ahead of the sectors developed simultaneously beside it.");

  /** Prioritized without a stated rank relative to other sectors. */
  public static final PriorityMode PRIORITIZED = new PriorityMode("prioritized", "Prioritized",
      "Prioritized without a stated rank relative to other sectors.");

  /** Developed side by side with another sector, neither preferred (the byungjin lines: economy and defence, economy and nuclear forces). */
  public static final PriorityMode PARALLEL = new PriorityMode("parallel", "Parallel",
      "Developed side by side with another sector, neither preferred (the byungjin lines: economy and defence, economy and nuclear forces).");

  /** Developed simultaneously beside a preferred sector, which leads (light industry and agriculture beside heavy industry in 1953). */
  public static final PriorityMode SIMULTANEOUS = new PriorityMode("simultaneous", "Simultaneous",
      "Developed simultaneously beside a preferred sector, which leads (light industry and agriculture beside heavy industry in 1953).");

  private static final PriorityMode[] VALUES = {TOP_PRIORITY, PREFERENTIAL, PRIORITIZED, PARALLEL, SIMULTANEOUS};

  private static final Map<String, PriorityMode> BUILT_IN = new LinkedHashMap<>();

  static {
    for (PriorityMode value : VALUES) {
      BUILT_IN.put(value.code(), value);
    }
  }

  private PriorityMode(String code, String label, String definition) {
    super(code, label, definition);
  }

  private PriorityMode(String code) {
    super("priority mode", code);
  }

  /** {@return the built-in codes, in their documented order} */
  public static PriorityMode[] values() {
    return VALUES.clone();
  }

  /**
   * {@return the built-in constant with this code, or else a narrative's own code}
   *
   * @param code the code, as written in files
   * @throws IllegalArgumentException when {@code code} is not a slug
   */
  public static PriorityMode fromCode(String code) {
    PriorityMode builtIn = BUILT_IN.get(code);
    return builtIn != null ? builtIn : new PriorityMode(code);
  }

  /** The built-in constant with this code, or null. */
  static PriorityMode fromCodeOrNull(String code) {
    return BUILT_IN.get(code);
  }

  @Override
  public CodeScheme scheme() {
    return CodeScheme.PRIORITY_MODE;
  }
}
