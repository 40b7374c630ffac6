package org.policynarrative.core;

import java.util.List;
import org.policynarrative.core.internal.EnumCodes;

/**
 * The open vocabularies a narrative may extend with codes of its own ({@link CodeDefinition}):
 * each has built-in codes, and a declared code may narrow one of them.
 */
public enum CodeScheme {
  /** {@link ClaimKind}: what sort of assertion a claim is. */
  CLAIM_KIND,
  /** {@link PriorityMode}: how a policy line ranks a sector. */
  PRIORITY_MODE,
  /** {@link RelationType}: how one claim relates to another. */
  RELATION_TYPE;

  /** {@return the stable code every format writes for this constant: lower case, words joined by {@code -}} */
  public String code() {
    return EnumCodes.code(this);
  }

  /**
   * {@return the constant with the given {@link #code()}}
   *
   * @param code the code, as written in files
   * @throws IllegalArgumentException naming the allowed codes, when none matches
   */
  public static CodeScheme fromCode(String code) {
    return EnumCodes.parse(CodeScheme.class, code);
  }

  /** {@return the built-in codes of this scheme, in their documented order} */
  public List<VocabularyCode> builtIns() {
    return switch (this) {
      case CLAIM_KIND -> List.of(ClaimKind.values());
      case PRIORITY_MODE -> List.of(PriorityMode.values());
      case RELATION_TYPE -> List.of(RelationType.values());
    };
  }
}
