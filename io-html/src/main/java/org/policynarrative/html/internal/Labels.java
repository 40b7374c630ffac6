package org.policynarrative.html.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.DatePrecision;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Period;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Verdict;
import org.policynarrative.html.internal.view.Badge;

/** The words and symbols the page uses for the model's constants. */
final class Labels {

  private static final Map<Verdict, Badge> VERDICTS = new EnumMap<>(Map.of(
      Verdict.UNVERIFIED, new Badge(Verdict.UNVERIFIED.code(), "Unverified", "?"),
      Verdict.SUPPORTED, new Badge(Verdict.SUPPORTED.code(), "Supported", "\u2713"),
      Verdict.MIXED, new Badge(Verdict.MIXED.code(), "Mixed", "\u00b1"),
      Verdict.DISPUTED, new Badge(Verdict.DISPUTED.code(), "Disputed", "!"),
      Verdict.FALSE, new Badge(Verdict.FALSE.code(), "False", "\u2717")));


  private Labels() {}

  /** {@return the kind in words: {@code policy-adoption} is "Policy adoption"} */
  static String kind(ClaimKind kind) {
    return kind.builtInLabel().orElseGet(() -> words(kind.code()));
  }

  static Badge verdict(Verdict verdict) {
    return VERDICTS.get(verdict);
  }

  /** A constant's code as words: {@code policy-adoption} is "Policy adoption". */
  static String words(String code) {
    String words = code.replace('-', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String kind(EntityKind kind) {
    return switch (kind) {
      case ERA -> "era";
      case SECTOR -> "sector";
      case POLICY_LINE -> "policy line";
      case SOURCE -> "source";
      case ACTOR -> "actor";
      case EVENT -> "event";
    };
  }

  static String priority(PriorityMode mode) {
    return mode.code().replace('-', ' ');
  }

  /**
   * How exact a period is, in words: the precision of each known end, then {@code uncertain},
   * {@code approximate}, and each open or unknown end.
   */
  static String reading(Period period) {
    StringBuilder out = new StringBuilder();
    period.start().ifPresent(start -> append(out, precision(start)));
    period.end().filter(end -> !period.isSingleDate()).ifPresent(end -> append(out, precision(end)));
    if (isUncertain(period)) {
      append(out, "uncertain");
    }
    if (isApproximate(period)) {
      append(out, "approximate");
    }
    if (period.isStartOpen()) {
      append(out, "open start");
    }
    if (period.isStartUnknown()) {
      append(out, "unknown start");
    }
    if (period.isEndOpen()) {
      append(out, "open end");
    }
    if (period.isEndUnknown()) {
      append(out, "unknown end");
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String phrase) {
    if (out.indexOf(phrase) < 0) {
      out.append(out.length() == 0 ? "" : "; ").append(phrase);
    }
  }

  private static String precision(HistoricalDate date) {
    String precision = date.precision().name().toLowerCase(Locale.ROOT);
    return date.unspecifiedTo().isPresent() ? precision + " (digits unspecified)" : precision;
  }

  static boolean isUncertain(Period period) {
    return period.start().map(HistoricalDate::isUncertain).orElse(false)
        || period.end().map(HistoricalDate::isUncertain).orElse(false);
  }

  static boolean isApproximate(Period period) {
    return period.start().map(HistoricalDate::isApproximate).orElse(false)
        || period.end().map(HistoricalDate::isApproximate).orElse(false);
  }

  /** True when an end of the period is coarser than a year, has unspecified digits or is approximate. */
  static boolean isFuzzy(Period period) {
    return period.start().map(Labels::isFuzzy).orElse(false) || period.end().map(Labels::isFuzzy).orElse(false);
  }

  private static boolean isFuzzy(HistoricalDate date) {
    return date.precision() == DatePrecision.DECADE || date.precision() == DatePrecision.CENTURY
        || date.unspecifiedTo().isPresent() || date.isApproximate();
  }
}
