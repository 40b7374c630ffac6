package org.policynarrative.core.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** Predicates and message helpers shared by the model's checks and the adapters. Not API. */
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

  /**
   * {@link String#isBlank()}, answered at the first character for the usual value that starts
   * with a printable ASCII character (none of which is white space); this runs for every text of
   * every read. Blank means empty or only {@link Character#isWhitespace} characters: tab, the line
   * ends, U+001C to U+001F and the space separators but the no-break ones (U+00A0, U+2007, U+202F);
   * the JSON Schema's {@code text} pattern is the same set, written as a character class.
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

  /**
   * The irregular grandfathered tags of BCP 47 (RFC 5646, section 2.2.8), in lower case: well-formed
   * only by being listed, deprecated since RFC 4646, each with a preferred value ({@code i-klingon}
   * is {@code tlh}). {@link java.util.Locale.Builder} accepts them by mapping them to something
   * else; this model refuses them, as the JSON Schema's language tag pattern does.
   */
  private static final Set<String> IRREGULAR_GRANDFATHERED = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default",
      "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu",
      "sgn-be-fr", "sgn-be-nl", "sgn-ch-de");

  /**
   * True when {@code tag} is a well-formed BCP 47 language tag with a language subtag, such as
   * {@code en} or {@code ko-KP}: the {@code langtag} of RFC 5646's grammar (checked by
   * {@link java.util.Locale.Builder}), not a private-use tag alone ({@code x-mine}) nor an irregular
   * grandfathered tag ({@code i-klingon}). Whether its subtags are registered is not checked.
   */
  public static boolean isLanguageTag(String tag) {
    try {
      return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty()
          && !IRREGULAR_GRANDFATHERED.contains(tag.toLowerCase(Locale.ROOT)) && !hasMisplacedExtlang(tag);
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  /**
   * True when a 3-letter subtag follows a language of 4 to 8 letters ({@code abcde-abc}): Locale.Builder
   * reads it as an extended language subtag, which BCP 47 allows only after a language of 2 or 3.
   */
  private static boolean hasMisplacedExtlang(String tag) {
    int first = tag.indexOf('-');
    if (first < 4) {
      return false;
    }
    int second = tag.indexOf('-', first + 1);
    int end = second < 0 ? tag.length() : second;
    if (end - first - 1 != 3) {
      return false;
    }
    for (int i = first + 1; i < end; i++) {
      if (!isAsciiLetter(tag.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code id} is an external identifier: an absolute URI or a CURIE, that is a scheme or
   * prefix ({@code [A-Za-z][A-Za-z0-9+.-]*}), a colon and at least one more character, with no white
   * space or control character anywhere, such as {@code wikidata:Q182867} or
   * {@code http://n2t.net/ark:/99152/p0fp7wv}.
   */
  public static boolean isIdentifier(String id) {
    int colon = id.indexOf(':');
    if (colon < 1 || colon == id.length() - 1 || !isAsciiLetter(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = id.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
        return false;
      }
    }
    for (int i = colon + 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code code} may be a UCUM code: 1 to 64 printable ASCII characters, no space. */
  public static boolean isUcum(String code) {
    if (code.isEmpty() || code.length() > 64) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c <= ' ' || c >= 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
