package org.policynarrative.json.internal.deser;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Well-formed JSON that is not a valid narrative value. Users of the Jackson module see a
 * {@link MismatchedInputException} (the public type it extends, as documented on
 * {@code NarrativeJacksonModule}) whose message ends with the JSON Pointer of the offending value;
 * this type only carries the pointer as a value, for the facade, which turns it into a
 * {@link org.policynarrative.core.spi.NarrativeFormatException}. Internal: never name it outside
 * this module.
 */
public final class InvalidNarrativeJsonException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  /** The errors found after this one in the same read, in document order (the facade's reads only). */
  private transient List<JacksonException> more = List.of();

  InvalidNarrativeJsonException(JsonParser parser, String message, TokenStreamLocation location, String pointer) {
    super(parser, message, location);
    this.pointer = pointer;
  }

  /** The JSON Pointer of the value that is wrong, such as {@code /claims/3/about/1}; empty for the root. */
  public String pointer() {
    return pointer;
  }

  /**
   * The errors a facade read found after this one, in document order: more of this type, and last,
   * when a syntax error ended the read, Jackson's exception for it. Empty for users of the module,
   * whose reads stop at the first error.
   */
  public List<JacksonException> moreErrors() {
    return more == null ? List.of() : more; // null after deserialization: the field is transient
  }

  /** This error, with the errors found after it. */
  InvalidNarrativeJsonException followedBy(List<JacksonException> others) {
    this.more = List.copyOf(others);
    return this;
  }

  /** Puts the pointer into {@link #getMessage()}, for users of the module who only see a Jackson exception. */
  @Override
  protected String messageSuffix() {
    return pointer.isEmpty() ? null : " (at " + pointer + ")";
  }
}
