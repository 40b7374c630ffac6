package org.policynarrative.core.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Argument checks shared by the model's {@code @Value.Check} methods. Not API. */
public final class Checks {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private Checks() {}

  /** Fails unless {@code id} is a slug: lower-case ASCII letters, digits and hyphens, not starting with a hyphen. */
  public static void slug(String type, String attribute, String id) {
    if (!isSlug(id)) {
      throw new IllegalArgumentException(
          type + "." + attribute + " must be a slug ([a-z0-9][a-z0-9-]*), but was " + quote(id));
    }
  }

  /** True when {@code id} is a valid slug. */
  public static boolean isSlug(String id) {
    return id != null && SLUG.matcher(id).matches();
  }

  /** Fails when {@code value} is empty or only white space. */
  public static void notBlank(String type, String attribute, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + "." + attribute + " must not be blank");
    }
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
    if (!SHA256.matcher(hex).matches()) {
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
