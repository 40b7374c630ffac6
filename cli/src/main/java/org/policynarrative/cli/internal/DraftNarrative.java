package org.policynarrative.cli.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.TextSpan;

/**
 * The starting document that {@code init} writes: a narrative with the required fields, one source
 * per text (its language and the SHA-256 the validator checks the text against), and one claim
 * draft per sentence of each text, anchored with offsets, prefix and suffix, named
 * {@code <source>-s1}, {@code <source>-s2}, ... in text order.
 */
final class DraftNarrative {

  /** The version a new data set starts at. */
  static final String FIRST_VERSION = "1";

  /** The id of a narrative whose title and file name give no slug (a title in Hangul, say). */
  static final String FALLBACK_ID = "narrative";

  /** What a source id and a narrative id must look like, as the model checks them. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** Runs of anything that is not a lower-case ASCII letter or digit: one hyphen each in a slug. */
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  /** Combining marks, removed after NFKD so that {@code Ærøby} and {@code Åsa} keep their letters' base. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** The longest slug made from a title, in characters: an id, not a second title. */
  private static final int MAX_SLUG_LENGTH = 60;

  private DraftNarrative() {}

  /**
   * The starting document.
   *
   * @param id the narrative's id, a slug
   * @param title its title, not blank
   * @param language the language its own strings (statements, notes) will be written in
   * @param texts the source texts, in the order their sources are listed
   * @param languages the language of each source's text, by source id
   */
  static Narrative of(String id, String title, String language, List<SourceText> texts,
      Map<String, String> languages) {
    Narrative.Builder narrative = Narrative.builder().id(id).title(title).language(language).version(FIRST_VERSION);
    for (SourceText text : texts) {
      narrative.addSources(Source.builder().id(text.sourceId()).language(languages.get(text.sourceId()))
          .sha256(text.sha256()).build());
    }
    for (SourceText text : texts) {
      List<TextSpan> sentences = text.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        TextSpan sentence = sentences.get(i);
        narrative.addClaims(Claim.builder().id(claimId(text.sourceId(), i + 1))
            .anchor(text.anchorAt(sentence.start(), sentence.end())).build());
      }
    }
    return narrative.build();
  }

  /** {@return the id of the draft of the {@code n}th sentence (from 1) of a source: {@code harbour-plan-s3}} */
  static String claimId(String sourceId, int n) {
    return sourceId + "-s" + n;
  }

  /** {@return true when {@code id} is a valid id: lower-case ASCII letters, digits and hyphens, not starting with a hyphen} */
  static boolean isSlug(String id) {
    return SLUG.matcher(id).matches();
  }

  /**
   * {@return a slug made from a title or a file name, such as {@code the-harbour-plan} from
   * {@code The Harbour Plan}: letters lose their accents, apostrophes go, anything else becomes a hyphen; empty
   * when nothing of it is an ASCII letter or digit}
   */
  static String slug(String name) {
    String base = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    // Letters that NFKD does not decompose into a base and a mark.
    base = base.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
        .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
    // An apostrophe joins a word rather than separating two: "Party's" gives "partys", not "party-s".
    base = base.replace("'", "").replace("\u2019", "");
    String slug = NOT_SLUG.matcher(base.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = trimHyphens(slug);
    if (slug.length() > MAX_SLUG_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
      slug = trimHyphens(slug.substring(0, cut > 0 ? cut : MAX_SLUG_LENGTH));
    }
    return slug;
  }

  /** {@return the file name without its last extension: {@code harbour-plan} for {@code texts/harbour-plan.txt}} */
  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static String trimHyphens(String slug) {
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return slug.substring(start, end);
  }
}
