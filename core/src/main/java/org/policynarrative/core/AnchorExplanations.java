package org.policynarrative.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policynarrative.core.internal.MultiPatternSearch;

/**
 * The explanations in {@link AnchorCheck}'s problems: where a missing quote probably is, where an
 * ambiguous one occurs (line:column), which of prefix and suffix differs and how.
 */
final class AnchorExplanations {

  /** Positions a message lists. */
  private static final int LISTED = 10;

  private AnchorExplanations() {}

  /**
   * Why each quote of {@code missingQuotes} (by claim index) that does not occur in {@code text} is
   * missing, into {@code orphans}: it occurs
   * only in another Unicode normalisation, or some span of the text is close to it (a typo). All
   * of them in two passes over the text, however many there are: one for the quotes' other
   * normal forms ({@link MultiPatternSearch}), one for the near-matches
   * ({@link SourceText#closestMatches}).
   */
  static void explainOrphans(SourceText text, Map<Integer, String> missingQuotes, Map<Integer, String> orphans) {
    List<Integer> missing = new ArrayList<>(missingQuotes.keySet());
    List<String> forms = new ArrayList<>(); // the NFC and NFD forms of each missing quote, where they differ
    List<Integer> formOwners = new ArrayList<>();
    for (int claim : missing) {
      String quote = missingQuotes.get(claim);
      for (Normalizer.Form form : new Normalizer.Form[] {Normalizer.Form.NFC, Normalizer.Form.NFD}) {
        String normalised = Normalizer.normalize(quote, form);
        if (!normalised.equals(quote)) {
          forms.add(normalised);
          formOwners.add(claim);
        }
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    if (!forms.isEmpty()) {
      MultiPatternSearch.Matches matches = MultiPatternSearch.search(text.text(), forms, LISTED);
      for (int f = 0; f < forms.size(); f++) {
        if (matches.count(f) > 0 && !orphans.containsKey(formOwners.get(f))) {
          List<TextSpan> spans = new ArrayList<>();
          for (int index : matches.first(f)) {
            int at = text.codePointOffset(index);
            spans.add(text.span(at, at));
          }
          String more = matches.count(f) > spans.size() ? ", ... " + (matches.count(f) - spans.size()) + " more" : "";
          orphans.put(formOwners.get(f), "; it occurs only in another Unicode normalisation (NFC/NFD), at "
              + positions(spans) + more + ": copy the quote from the source text, or normalise the two alike");
        }
      }
    }
    List<Integer> typos = new ArrayList<>();
    List<String> typoQuotes = new ArrayList<>();
    for (int claim : missing) {
      if (!orphans.containsKey(claim)) {
        typos.add(claim);
        typoQuotes.add(missingQuotes.get(claim));
      }
    }
    List<Optional<TextSpan>> closest = text.closestMatches(typoQuotes);
    for (int k = 0; k < typos.size(); k++) {
      orphans.put(typos.get(k), closest.get(k).map(span -> "; the closest match is at " + span.position()
          + ": \"" + abbreviate(span.text()) + "\"").orElse("; no part of the text is close to it"));
    }
  }

  static String positions(List<TextSpan> spans) {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < Math.min(spans.size(), LISTED); i++) {
      all.append(i == 0 ? "" : ", ").append(spans.get(i).position());
    }
    return spans.size() > LISTED ? all + ", ... " + (spans.size() - LISTED) + " more" : all.toString();
  }

  /** Line:column of the first offsets of a quote that occurs {@code count} times. */
  static String positions(SourceText text, int count, List<Integer> first) {
    List<TextSpan> spans = new ArrayList<>();
    for (int at : first) {
      spans.add(text.span(at, at));
    }
    String listed = positions(spans);
    return count > first.size() ? listed + ", ... " + (count - first.size()) + " more" : listed;
  }

  /**
   * A context that differs from the text: the anchor's attribute at fault ({@code .prefix},
   * {@code .suffix}, or nothing when both are) and why.
   */
  record ContextMismatch(String attribute, String message) {}

  /** Why the prefix or suffix differs from the text beside the quote at {@code start}, showing both; empty when neither does. */
  static Optional<ContextMismatch> contextMismatch(Anchor anchor, SourceText text, int start, int length) {
    String prefixFound = anchor.prefix().map(prefix -> {
      int n = prefix.codePointCount(0, prefix.length());
      return text.slice(Math.max(0, start - n), start).orElse("");
    }).orElse(null);
    String suffixFound = anchor.suffix().map(suffix -> {
      int end = start + length;
      return text.slice(end, Math.min(text.length(), end + suffix.codePointCount(0, suffix.length()))).orElse("");
    }).orElse(null);
    boolean prefixOk = prefixFound == null || prefixFound.equals(anchor.prefix().get());
    boolean suffixOk = suffixFound == null || suffixFound.equals(anchor.suffix().get());
    if (prefixOk && suffixOk) {
      return Optional.empty();
    }
    String where = " the quote at " + start + " (" + text.span(start, start).position() + ")";
    String message;
    String attribute = prefixOk ? ".suffix" : suffixOk ? ".prefix" : "";
    if (!prefixOk && !suffixOk) {
      message = "the prefix and the suffix do not match the text around" + where + ": prefix "
          + expectedFound(anchor.prefix().get(), prefixFound) + "; suffix "
          + expectedFound(anchor.suffix().get(), suffixFound);
    } else if (!prefixOk) {
      message = "the prefix does not match the text before" + where + ": "
          + expectedFound(anchor.prefix().get(), prefixFound);
    } else {
      message = "the suffix does not match the text after" + where + ": "
          + expectedFound(anchor.suffix().get(), suffixFound);
    }
    return Optional.of(new ContextMismatch(attribute, message + "; run 'policy-narrative anchor' to refresh it"));
  }

  private static String expectedFound(String expected, String found) {
    return "expected \"" + abbreviate(expected) + "\", found \"" + abbreviate(found) + "\"";
  }

  /** At most 60 chars, never ending in half a surrogate pair; line breaks shown as {@code \\n}, so a message is one line. */
  static String abbreviate(String text) {
    String shown = text.length() <= 60 ? text
        : text.substring(0, Character.isHighSurrogate(text.charAt(56)) ? 56 : 57) + "...";
    return shown.replace("\r", "\\r").replace("\n", "\\n");
  }
}
