package org.policynarrative.json.internal.version;

import java.util.Optional;
import org.policynarrative.core.spi.NarrativeFormatException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the JSON document format, written as {@code "format": "policy-narrative/1"}.
 * A reader accepts its own major version with any minor version ({@code policy-narrative/1.3}),
 * since minor versions only add optional fields, and rejects a newer major version by name.
 */
public final class FormatVersion {

  /** The major version this code reads and writes. */
  public static final int MAJOR = 1;

  /** The value of the {@code format} field this code writes. */
  public static final String CURRENT = "policy-narrative/" + MAJOR;

  private static final Pattern VERSION = Pattern.compile("policy-narrative/(\\d{1,9})(?:\\.(\\d{1,9}))?");

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
          + " is not a policy-narrative format version; expected \""
          + CURRENT + "\"");
    }
    int major = Integer.parseInt(m.group(1));
    if (major > MAJOR) {
      return Optional.of("this document is in format " + value + ", a newer major version than "
          + "this reader understands (" + CURRENT + "); upgrade policy-narrative-io-json to read it");
    }
    if (major < MAJOR) {
      return Optional.of("format " + value + " is older than any version this reader knows ("
          + CURRENT + ")");
    }
    return Optional.empty();
  }
}
