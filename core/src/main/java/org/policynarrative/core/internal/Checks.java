package org.policynarrative.core.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Argument checks shared by the model's {@code @Value.Check} methods. Not API. */
public final class Checks {
  private Checks() {}

  /** True when {@code hex} is 64 lower-case hexadecimal digits; a loop, not a regex (every source of every read). */
  public static boolean isSha256(String hex) {
    if (hex.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = hex.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** Fails unless {@code id} is a slug: lower-case ASCII letters, digits and hyphens, not starting with a hyphen. */
  public static void slug(String type, String attribute, String id) {
    if (!isSlug(id)) {
      throw new IllegalArgumentException(
          type + "." + attribute + " must be a slug ([a-z0-9][a-z0-9-]*), but was " + quote(id));
    }
  }

  /** True when {@code id} is a valid slug. */
  public static boolean isSlug(String id) {
    // A character loop rather than a regex: this runs for every id and reference of every read.
    if (id == null || id.isEmpty() || id.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Fails when {@code value} is empty or only white space. */
  public static void notBlank(String type, String attribute, String value) {
    if (!isBlank(value)) {
      return;
    }
    throw new IllegalArgumentException(type + "." + attribute + " must not be blank");
  }

  /**
   * {@link String#isBlank()}, answered at the first character for the usual value that starts
   * with a printable ASCII character (none of which is white space); this runs for every text of
   * every read.
   */
  public static boolean isBlank(String value) {
    if (!value.isEmpty()) {
      char first = value.charAt(0);
      if (first > ' ' && first < 0x7F) {
        return false;
      }
    }
    return value.isBlank();
  }

  /** Fails unless {@code tag} is a well-formed BCP 47 language tag such as {@code en} or {@code ko-KP}. */
  public static void languageTag(String type, String attribute, String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (locale.getLanguage().isEmpty()) {
        throw new IllformedLocaleException("no language subtag");
      }
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          type + "." + attribute + " must be a BCP 47 language tag such as 'en' or 'ko', but was '"
              + tag + "'", e);
    }
  }

  /** Fails unless {@code hex} is a lower-case hexadecimal SHA-256 digest (64 characters). */
  public static void sha256(String type, String attribute, String hex) {
    if (!isSha256(hex)) {
      throw new IllegalArgumentException(
          type + "." + attribute + " must be 64 lower-case hexadecimal digits, but was '" + hex + "'");
    }
  }

  /**
   * {@code value} in single quotes for an error message, cut to its first 60 characters (with the
   * full length named) so that a huge bad input does not make a huge message.
   */
  public static String quote(String value) {
    if (value.length() <= 60) {
      return "'" + value + "'";
    }
    int end = Character.isHighSurrogate(value.charAt(59)) ? 59 : 60;
    return "'" + value.substring(0, end) + "...' (" + value.length() + " characters)";
  }
}
