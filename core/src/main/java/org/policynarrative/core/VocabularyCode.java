package org.policynarrative.core;

import java.util.Optional;
import org.policynarrative.core.internal.Checks;

/**
 * A code of an open vocabulary ({@link CodeScheme}): one of the library's built-in codes, such as
 * {@link ClaimKind#ACHIEVEMENT}, or a code a narrative declares for itself in
 * {@link Narrative#vocabulary()}. Two codes of the same scheme are equal when their text is.
 *
 * <p>A code that is not built in is valid only where the narrative declares it:
 * {@link NarrativeValidator} reports an undeclared one as {@link ProblemCode#UNDECLARED_CODE}.
 */
public abstract class VocabularyCode {

  private final String code;
  private final String label;
  private final String definition;

  /** For the built-in constants: with their label and definition. */
  VocabularyCode(String code, String label, String definition) {
    this.code = code;
    this.label = label;
    this.definition = definition;
  }

  /** For a narrative's own code: checked to be a slug. */
  VocabularyCode(String type, String code) {
    if (!Checks.isSlug(code)) {
      throw new IllegalArgumentException(Checks.quote(code) + " is not a " + type
          + " code: a code is a slug ([a-z0-9][a-z0-9-]*), such as 'achievement'");
    }
    this.code = code;
    this.label = null;
    this.definition = null;
  }

  /** {@return the stable code every format writes, such as {@code achievement}} */
  public final String code() {
    return code;
  }

  /** {@return true for one of the library's built-in codes, false for a code a narrative declares} */
  public final boolean isBuiltIn() {
    return definition != null;
  }

  /** {@return for a built-in code, its label, such as "Achievement"; empty for a declared code} */
  public final Optional<String> builtInLabel() {
    return Optional.ofNullable(label);
  }

  /** {@return for a built-in code, its one-line definition; empty for a declared code (see its {@link CodeDefinition})} */
  public final Optional<String> builtInDefinition() {
    return Optional.ofNullable(definition);
  }

  /** {@return the vocabulary the code belongs to} */
  public abstract CodeScheme scheme();

  @Override
  public final boolean equals(Object other) {
    return other instanceof VocabularyCode that && that.scheme() == scheme() && that.code.equals(code);
  }

  @Override
  public final int hashCode() {
    return 31 * scheme().hashCode() + code.hashCode();
  }

  /** {@return the code} */
  @Override
  public final String toString() {
    return code;
  }
}
