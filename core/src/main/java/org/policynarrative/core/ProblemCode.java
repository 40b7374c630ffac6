package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** The stable codes of the problems {@link NarrativeValidator} reports. */
public enum ProblemCode {
  /** Two entities of one kind share an id. */
  DUPLICATE_ID,
  /** A reference names an entity that does not exist. */
  UNKNOWN_REFERENCE,
  /** Following {@link Sector#broader()} leads back to the same sector. */
  SECTOR_CYCLE,
  /** Following {@link PolicyLine#supersedes()}, {@link PolicyLine#continues()} or {@link PolicyLine#amends()} leads back to the same line. */
  LINE_CYCLE,
  /** Following one directed type of {@link ClaimRelation} (fulfils, revises, repeats, elaborates) leads back to the same claim. */
  CLAIM_CYCLE,
  /** Following {@link Source#translationOf()} leads back to the same source. */
  TRANSLATION_CYCLE,
  /** Following {@link CodeDefinition#broader()} leads back to the same code. */
  CODE_CYCLE,
  /** A claim kind, priority mode or relation type is neither built in nor declared in {@link Narrative#vocabulary()}; or a declaration redefines a built-in code. */
  UNDECLARED_CODE,
  /** A {@link Figure}'s baseline period lies wholly after the period the figure refers to. */
  BASELINE_AFTER_PERIOD,
  /** A policy line was adopted at a date outside every era it belongs to. */
  LINE_OUTSIDE_ERA,
  /** An anchor's quote does not occur in its source text: the anchor is orphaned. */
  QUOTE_NOT_FOUND,
  /**
   * An anchor's offsets do not select its quote in the source text (the anchor is orphaned), or do not
   * span it: {@code end - start} is not the quote's length, which is checked without the text too.
   */
  OFFSETS_MISMATCH,
  /** An anchor's prefix or suffix does not match the text around the quote. */
  CONTEXT_MISMATCH,
  /** An anchor without offsets quotes text that occurs more than once, and its context does not settle which. */
  AMBIGUOUS_QUOTE,
  /** The text supplied for a source does not have the SHA-256 the source records. */
  SOURCE_HASH_MISMATCH,
  /** A source text was supplied for a source id the narrative does not have. */
  UNKNOWN_SOURCE_TEXT,
  /** To-do: a draft claim has no {@link Claim#statement()} yet. */
  CLAIM_WITHOUT_STATEMENT,
  /** To-do: a draft claim has no {@link Claim#kind()} yet. */
  CLAIM_WITHOUT_KIND,
  /** To-do: a draft claim does not yet say who {@link Claim#assertedBy() asserts} it. */
  CLAIM_WITHOUT_ASSERTER;

  /**
   * {@return true for a to-do: something not yet encoded, which {@link NarrativeValidator} lists in
   * {@link ValidationReport#toDos()}, not an error in what is encoded}
   */
  public boolean isToDo() {
    return this == CLAIM_WITHOUT_STATEMENT || this == CLAIM_WITHOUT_KIND || this == CLAIM_WITHOUT_ASSERTER;
  }

  /** {@return the stable code, such as {@code unknown-reference}} */
  public String code() {
    return EnumCodes.code(this);
  }

  /**
   * {@return the constant with the given {@link #code()}}
   *
   * @param code the code, as written in files
   * @throws IllegalArgumentException naming the allowed codes, when none matches
   */
  public static ProblemCode fromCode(String code) {
    return EnumCodes.parse(ProblemCode.class, code);
  }
}
