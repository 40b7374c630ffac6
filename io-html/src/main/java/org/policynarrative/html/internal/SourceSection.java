package org.policynarrative.html.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.html.internal.view.SourceTextView;
import org.policynarrative.html.internal.view.SourcesView;

/** The sources with their hashes, and each supplied source text with its quotes highlighted. */
final class SourceSection {

  private SourceSection() {}

  static SourcesView sources(Narrative narrative, Entities entities, Map<String, SourcesView.TextCheck> checks) {
    List<SourcesView.Source> sources = new ArrayList<>();
    for (Source source : narrative.sources()) {
      sources.add(new SourcesView.Source(source.id(), entities.firstElementId(EntityKind.SOURCE, source.id()),
          source.title(), source.publisher(),
          source.published().map(HistoricalDate::text), source.url(),
          source.url().filter(SourceSection::isWebAddress), source.language(), source.sha256(),
          source.note(), checks.get(source.id())));
    }
    return new SourcesView(sources);
  }

  /** Only {@code http:} and {@code https:} addresses become links: never {@code javascript:} or {@code data:}. */
  static boolean isWebAddress(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && url.equals(url.strip())
        && url.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
  }

  /** {@return for each source, whether its text was supplied and has the recorded hash} */
  static Map<String, SourcesView.TextCheck> checks(Narrative narrative, Map<String, SourceText> texts) {
    Map<String, SourcesView.TextCheck> checks = new HashMap<>();
    for (Source source : narrative.sources()) {
      checks.putIfAbsent(source.id(), check(source, Optional.ofNullable(texts.get(source.id()))));
    }
    return checks;
  }

  private static SourcesView.TextCheck check(Source source, Optional<SourceText> text) {
    if (text.isEmpty()) {
      return new SourcesView.TextCheck("none", "Its text is not in this report, so its quotes are not highlighted.");
    }
    String actual = text.get().sha256();
    if (source.sha256().isEmpty()) {
      return new SourcesView.TextCheck("unrecorded", "Its text is in this report; no SHA-256 is recorded to check"
          + " it against (the text's is " + actual + ").");
    }
    if (source.sha256().get().equals(actual)) {
      return new SourcesView.TextCheck("match", "Its text is in this report and has the recorded SHA-256.");
    }
    return new SourcesView.TextCheck("mismatch", "The text in this report has SHA-256 " + actual
        + ", not the recorded one: it is not the text the claims were anchored in, and highlighted quotes may"
        + " stand in the wrong place.");
  }

  /** The supplied texts, in the order of the narrative's sources. */
  static List<SourceTextView> texts(Narrative narrative, Map<String, SourceText> texts,
      Map<String, SourcesView.TextCheck> checks, List<AnchorPlacement> placements, List<String> elementIds) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<Claim> claims = narrative.claims();
    Map<String, List<Integer>> claimsBySource = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      claimsBySource.computeIfAbsent(claims.get(i).anchor().source(), k -> new ArrayList<>()).add(i);
    }
    List<SourceTextView> views = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (Source source : narrative.sources()) {
      SourceText text = texts.get(source.id());
      if (text == null || !shown.add(source.id())) {
        continue;
      }
      List<SourceTextLayout.Quote> quotes = new ArrayList<>();
      List<SourceTextView.Flagged> flagged = new ArrayList<>();
      for (int i : claimsBySource.getOrDefault(source.id(), List.of())) {
        AnchorPlacement placement = placements.get(i);
        if (placement.isPlaced()) {
          quotes.add(new SourceTextLayout.Quote(elementIds.get(i), ClaimSection.label(i), placement.start(),
              placement.end()));
        } else {
          flagged.add(new SourceTextView.Flagged(elementIds.get(i), ClaimSection.label(i),
              placement.state().name().toLowerCase(Locale.ROOT), placement.reason()));
        }
      }
      SourceTextLayout.Layout layout = SourceTextLayout.of(text, quotes);
      SourcesView.TextCheck check = checks.get(source.id());
      Optional<String> warning = check.isProblem() ? Optional.of(check.message()) : Optional.empty();
      views.add(new SourceTextView("text-" + source.id(), Entities.sourceName(source),
          source.language(), quotes.size(), layout.sentences(), layout.uncovered(), flagged, warning,
          layout.fragments()));
    }
    return views;
  }
}
