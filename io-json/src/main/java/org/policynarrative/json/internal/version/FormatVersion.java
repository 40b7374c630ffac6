package org.policynarrative.json.internal.version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * The version of the JSON document format, written as {@code "format": "policy-narrative/2"}.
 * A reader accepts the major versions it knows, 1 and 2, each with any minor version
 * ({@code policy-narrative/2.3}), since minor versions only add optional fields; it rejects a newer
 * major version by name. Version 2 only added fields and objects to version 1 (actors, events,
 * figures, ...), so a version-1 document reads as it always did.
 */
public final class FormatVersion {

  /** The major version this code writes, and the newest it reads. */
  public static final int MAJOR = 2;

  /** The oldest major version this code reads. */
  public static final int OLDEST_MAJOR = 1;

  /** The value of the {@code format} field this code writes. */
  public static final String CURRENT = "policy-narrative/" + MAJOR;

  /**
   * Versions are numbers without leading zeros ({@code policy-narrative/2.10}, never {@code 02} or
   * {@code 2.010}), of at most 9 digits: what the JSON Schema's pattern says too.
   */
  private static final Pattern VERSION = Pattern.compile("policy-narrative/(0|[1-9][0-9]{0,8})(?:\\.(0|[1-9][0-9]{0,8}))?");

  private FormatVersion() {}

  /**
   * Checks a {@code format} value.
   *
   * @return empty when this reader understands the value, otherwise the reason it does not
   */
  public static Optional<String> problemWith(String value) {
    Matcher m = VERSION.matcher(value);
    if (!m.matches()) {
      return Optional.of(NarrativeFormatException.quote(value)
          + " is not a policy-narrative format version; expected \"" + CURRENT + "\"");
    }
    int major = Integer.parseInt(m.group(1));
    if (major > MAJOR) {
      return Optional.of("this document is in format " + value + ", a newer major version than "
          + "this reader understands (" + CURRENT + "); upgrade policy-narrative-io-json to read it");
    }
    if (major < OLDEST_MAJOR) {
      return Optional.of("format " + value + " is older than any version this reader knows (policy-narrative/"
          + OLDEST_MAJOR + " to " + CURRENT + ")");
    }
    return Optional.empty();
  }

  /** True when {@code value} is a format version with a newer major version than this reader knows. */
  public static boolean isNewer(String value) {
    Matcher m = VERSION.matcher(value);
    return m.matches() && Integer.parseInt(m.group(1)) > MAJOR;
  }

  /**
   * The major version of a {@code format} value that {@link #problemWith(String)} accepted.
   *
   * @throws IllegalArgumentException when the value is not a format version
   */
  public static int major(String value) {
    Matcher m = VERSION.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a format version: " + value);
    }
    return Integer.parseInt(m.group(1));
  }
}
