package org.policynarrative.core;

import java.util.List;
import java.util.Objects;

/**
 * A model value is invalid on its own: a required attribute is missing, or an attribute breaks an
 * invariant (a malformed id, a blank name, an inverted period). Every {@code build()} of the model
 * throws this, and only this, for invalid input; the parts of the failure are available as
 * values, so an adapter that reports the failure at a place in a file never parses the message.
 *
 * <p>Setting an attribute twice on a builder is a programming error, not invalid data, and throws
 * {@link IllegalStateException}.
 */
public final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private static final String IMMUTABLES_PREFIX = "Cannot build ";
  private static final String IMMUTABLES_MISSING = ", some of required attributes are not set [";

  /** The model type's simple name. */
  private final String type;
  /** The attributes concerned, at least one. */
  private final List<String> attributes;
  /** What is wrong, a phrase that follows the attribute's name. */
  private final String reason;

  /**
   * An invalid attribute.
   *
   * @param type the model type's simple name, such as {@code Era}
   * @param attribute the attribute's name, such as {@code period}
   * @param reason what is wrong, a phrase that follows the attribute's name, such as
   *     {@code "must not be blank"}
   */
  public InvalidValueException(String type, String attribute, String reason) {
    this(type, List.of(attribute), reason, null);
  }

  /**
   * An invalid attribute, caused by another exception (such as a date that does not parse).
   *
   * @param type the model type's simple name
   * @param attribute the attribute's name
   * @param reason what is wrong
   * @param cause the underlying failure
   */
  public InvalidValueException(String type, String attribute, String reason, Throwable cause) {
    this(type, List.of(attribute), reason, cause);
  }

  private InvalidValueException(String type, List<String> attributes, String reason, Throwable cause) {
    super(message(type, attributes, reason), cause);
    this.type = Objects.requireNonNull(type, "type");
    this.attributes = List.copyOf(attributes);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Called by the generated builders when required attributes are missing, with their message
   * ({@code "Cannot build Era, some of required attributes are not set [id, name]"}), which is
   * taken apart here once, so that no caller has to.
   */
  InvalidValueException(String generatedMessage) {
    this(missingType(generatedMessage), missingAttributes(generatedMessage),
        missingAttributes(generatedMessage).size() == 1 ? "is required" : "are required", null);
  }

  /** {@return the model type's simple name, such as {@code Claim}} */
  public String type() {
    return type;
  }

  /** {@return the attribute that is invalid (the first, when several required ones are missing)} */
  public String attribute() {
    return attributes.get(0);
  }

  /** {@return every attribute concerned: one, or each missing required attribute} */
  public List<String> attributes() {
    return attributes;
  }

  /** {@return what is wrong, a phrase that follows the attribute's name: {@code "must not be blank"}} */
  public String reason() {
    return reason;
  }

  private static String message(String type, List<String> attributes, String reason) {
    StringBuilder message = new StringBuilder();
    for (int i = 0; i < attributes.size(); i++) {
      if (i > 0) {
        message.append(i == attributes.size() - 1 ? " and " : ", ");
      }
      message.append(type).append('.').append(attributes.get(i));
    }
    return message.append(' ').append(reason).toString();
  }

  private static String missingType(String generated) {
    int comma = generated.indexOf(IMMUTABLES_MISSING);
    return generated.startsWith(IMMUTABLES_PREFIX) && comma > 0
        ? generated.substring(IMMUTABLES_PREFIX.length(), comma)
        : "value";
  }

  private static List<String> missingAttributes(String generated) {
    int open = generated.indexOf(IMMUTABLES_MISSING);
    int close = generated.lastIndexOf(']');
    if (open < 0 || close < open) {
      return List.of(generated);
    }
    return List.of(generated.substring(open + IMMUTABLES_MISSING.length(), close).split(", "));
  }
}
