package org.policynarrative.core;

import java.util.Map;
import org.policynarrative.core.internal.Checks;

/**
 * The checks the model's {@code @Value.Check} methods share: each throws an
 * {@link InvalidValueException} naming the type and attribute.
 */
final class Invariants {

  private Invariants() {}

  /** Fails unless {@code id} is a slug: lower-case ASCII letters, digits and hyphens, not starting with a hyphen. */
  static void slug(String type, String attribute, String id) {
    if (!Checks.isSlug(id)) {
      throw new InvalidValueException(type, attribute, "must be a slug ([a-z0-9][a-z0-9-]*), but was " + Checks.quote(id));
    }
  }

  /** Fails when {@code value} is empty or only white space. */
  static void notBlank(String type, String attribute, String value) {
    if (Checks.isBlank(value)) {
      throw new InvalidValueException(type, attribute, "must not be blank");
    }
  }

  /** Fails unless {@code tag} is a well-formed BCP 47 language tag such as {@code en} or {@code ko-KP}. */
  static void languageTag(String type, String attribute, String tag) {
    if (!Checks.isLanguageTag(tag)) {
      throw new InvalidValueException(type, attribute,
          "must be a BCP 47 language tag such as 'en' or 'ko', but was " + Checks.quote(tag));
    }
  }

  /** Fails unless {@code hex} is a lower-case hexadecimal SHA-256 digest (64 characters). */
  static void sha256(String type, String attribute, String hex) {
    if (!Checks.isSha256(hex)) {
      throw new InvalidValueException(type, attribute, "must be 64 lower-case hexadecimal digits, but was " + Checks.quote(hex));
    }
  }

  static void labels(String type, Map<String, String> labels) {
    labels.forEach((tag, label) -> {
      languageTag(type, "labels", tag);
      notBlank(type, "labels." + tag, label);
    });
  }

  static void identifier(String type, String id) {
    if (!Checks.isIdentifier(id)) {
      throw new InvalidValueException(type, "identifiers",
          "must be a URI or CURIE such as 'wikidata:Q182867' (a prefix, a colon, no spaces), but was " + Checks.quote(id));
    }
  }

  static void ucum(String type, String code) {
    if (!Checks.isUcum(code)) {
      throw new InvalidValueException(type, "ucum",
          "must be a UCUM code such as 't' or '%' (printable ASCII, no spaces, at most 64), but was " + Checks.quote(code));
    }
  }
}
