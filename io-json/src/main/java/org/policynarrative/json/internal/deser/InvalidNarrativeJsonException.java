package org.policynarrative.json.internal.deser;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Well-formed JSON that is not a valid narrative value. A Jackson exception, so that the module
 * behaves like any other inside a user's {@code ObjectMapper}; it also carries the JSON Pointer of
 * the offending value, which the facade turns into a
 * {@link org.policynarrative.core.spi.NarrativeFormatException}.
 */
public final class InvalidNarrativeJsonException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final String pointer;

  InvalidNarrativeJsonException(JsonParser parser, String message, TokenStreamLocation location, String pointer) {
    super(parser, message, location);
    this.pointer = pointer;
  }

  /** The JSON Pointer of the value that is wrong, such as {@code /claims/3/about/1}; empty for the root. */
  public String pointer() {
    return pointer;
  }

  /** Puts the pointer into {@link #getMessage()}, for users of the module who only see a Jackson exception. */
  @Override
  protected String messageSuffix() {
    return pointer.isEmpty() ? null : " (at " + pointer + ")";
  }
}
