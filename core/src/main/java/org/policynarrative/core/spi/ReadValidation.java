package org.policynarrative.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Problem;

/**
 * The one policy of every reader for the checks across a whole narrative, and the one error when
 * they fail.
 *
 * <p><b>The policy.</b> Reading always checks the syntax of the format and each value as the
 * model's builders check it (a malformed id, a blank name, an inverted period), since no model
 * value can hold such input. The checks that need the whole narrative, those of
 * {@link NarrativeValidator} (references that do not resolve, duplicate ids, cycles, a policy line
 * dated outside its eras), run on read only when the caller asks for them, with the facade's
 * {@code validatingOnRead()}; a {@link NarrativeFormat} read through {@link NarrativeFormats}
 * never runs them. So every narrative the model accepts reads back as written, and a tool can read
 * a narrative that has problems to list them all (as the CLI's {@code validate} does).
 */
public final class ReadValidation {

  private ReadValidation() {}

  /**
   * Runs {@link NarrativeValidator#validate(Narrative)} on a narrative just read.
   *
   * @param format the format's name, for the error
   * @param locations where the reader found each value, to place the error
   * @param documentPath the problem's path as the format writes paths, such as
   *     {@link LocationIndex#jsonPointer}; {@link UnaryOperator#identity()} keeps the validator's
   * @return {@code narrative}, when it has no problem
   * @throws NarrativeFormatException listing every problem, at the place of the first (or of the
   *     nearest value around it that {@code locations} holds)
   */
  public static Narrative requireValid(Narrative narrative, String format, LocationIndex locations,
      UnaryOperator<String> documentPath) {
    List<Problem> problems = NarrativeValidator.validate(narrative).problems();
    if (problems.isEmpty()) {
      return narrative;
    }
    Problem first = problems.get(0);
    String listed = problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    NarrativeFormatException.Builder error = NarrativeFormatException.builder(format, "the narrative is not consistent ("
        + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "): " + listed)
        .path(Objects.requireNonNull(documentPath.apply(first.path()), "document path"));
    locations.locate(first.path()).ifPresent(at -> error.at(at.line(), at.column()));
    throw error.build();
  }
}
