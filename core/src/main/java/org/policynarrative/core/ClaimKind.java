package org.policynarrative.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What sort of assertion a {@link Claim} is.
 *
 * <p>An open vocabulary: the constants below are built in, and a narrative may declare codes of
 * its own ({@link CodeDefinition} in {@link Narrative#vocabulary()}), each optionally narrowing a
 * built-in one; {@link #fromCode} gives either.
 */
public final class ClaimKind extends VocabularyCode {

  /**
   * A code no narrative may declare: formats that write every claim's kind in one place (Markdown's
   * {@code **Claim s12:** to-do, unverified}) write it for a draft claim whose kind is not chosen
   * yet ({@link Claim#kind()} empty), and read it back as no kind.
   */
  public static final String NO_KIND_YET = "to-do";


  /** The source says something was achieved or accomplished. */
  public static final ClaimKind ACHIEVEMENT = new ClaimKind("achievement", "Achievement",
      "The source says something was achieved or accomplished.");

  /** The source states a goal or aim. */
  public static final ClaimKind OBJECTIVE = new ClaimKind("objective", "Objective",
      "The source states a goal or aim.");

  /** The source says one thing caused or enabled another. */
  public static final ClaimKind CAUSAL_ATTRIBUTION = new ClaimKind("causal-attribution", "Causal attribution",
      "The source says one thing caused or enabled another.");

  /** The source characterises an actor, era or situation. */
  public static final ClaimKind CHARACTERISATION = new ClaimKind("characterisation", "Characterisation",
      "The source characterises an actor, era or situation.");

  /** The source describes a threat from an adversary. */
  public static final ClaimKind THREAT_PERCEPTION = new ClaimKind("threat-perception", "Threat perception",
      "The source describes a threat from an adversary.");

  /** The source says a policy or line was adopted. */
  public static final ClaimKind POLICY_ADOPTION = new ClaimKind("policy-adoption", "Policy adoption",
      "The source says a policy or line was adopted.");

  /** The source describes a policy line: what it means, how long it holds. */
  public static final ClaimKind POLICY_DESCRIPTION = new ClaimKind("policy-description", "Policy description",
      "The source describes a policy line: what it means, how long it holds.");

  /** The source describes ongoing effort or current activity. */
  public static final ClaimKind ONGOING_EFFORT = new ClaimKind("ongoing-effort", "Ongoing effort",
      "The source describes ongoing effort or current activity.");

  /** The source states a figure (an output, a growth rate, a target) and little else; see Claim.figures. */
  public static final ClaimKind STATISTIC = new ClaimKind("statistic", "Statistic",
      "The source states a figure (an output, a growth rate, a target) and little else; see Claim.figures.");

  /** The source gives the reason for a policy line or decision (see Claim.justifies); a reason given, not a cause shown. */
  public static final ClaimKind JUSTIFICATION = new ClaimKind("justification", "Justification",
      "The source gives the reason for a policy line or decision (see Claim.justifies); a reason given, not a cause shown.");

  private static final ClaimKind[] VALUES = {ACHIEVEMENT, OBJECTIVE, CAUSAL_ATTRIBUTION, CHARACTERISATION, THREAT_PERCEPTION, POLICY_ADOPTION, POLICY_DESCRIPTION, ONGOING_EFFORT, STATISTIC, JUSTIFICATION};

  private static final Map<String, ClaimKind> BUILT_IN = new LinkedHashMap<>();

  static {
    for (ClaimKind value : VALUES) {
      BUILT_IN.put(value.code(), value);
    }
  }

  private ClaimKind(String code, String label, String definition) {
    super(code, label, definition);
  }

  private ClaimKind(String code) {
    super("claim kind", code);
  }

  /** {@return the built-in codes, in their documented order} */
  public static ClaimKind[] values() {
    return VALUES.clone();
  }

  /**
   * {@return the built-in constant with this code, or else a narrative's own code}
   *
   * @param code the code, as written in files
   * @throws IllegalArgumentException when {@code code} is not a slug
   */
  public static ClaimKind fromCode(String code) {
    ClaimKind builtIn = BUILT_IN.get(code);
    return builtIn != null ? builtIn : new ClaimKind(code);
  }

  /** The built-in constant with this code, or null. */
  static ClaimKind fromCodeOrNull(String code) {
    return BUILT_IN.get(code);
  }

  @Override
  public CodeScheme scheme() {
    return CodeScheme.CLAIM_KIND;
  }
}
