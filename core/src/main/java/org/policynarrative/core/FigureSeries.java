package org.policynarrative.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a narrative states, by indicator and over time: every "steel output" figure, in the
 * order of the periods they refer to.
 *
 * <pre>{@code
 * FigureSeries series = FigureSeries.of(narrative);
 * for (StatedFigure point : series.of("steel output")) {
 *   System.out.println(point.figure().period().map(Period::text).orElse("?") + " " + point.figure().wording());
 * }
 * }</pre>
 */
public final class FigureSeries {

  /** By the period's earliest then latest day; a figure with no period after every dated one. */
  private static final Comparator<StatedFigure> ORDER = Comparator.comparing(
      (StatedFigure s) -> s.figure().period().orElse(null), Comparator.nullsLast(Period.CHRONOLOGICAL));

  private final Map<String, List<StatedFigure>> byIndicator;

  private FigureSeries(Map<String, List<StatedFigure>> byIndicator) {
    this.byIndicator = byIndicator;
  }

  /**
   * {@return the figures of a narrative, grouped by indicator}
   *
   * @param narrative the narrative whose claims' figures are gathered
   */
  public static FigureSeries of(Narrative narrative) {
    Map<String, List<StatedFigure>> groups = new LinkedHashMap<>();
    for (Claim claim : narrative.claims()) {
      for (Figure figure : claim.figures()) {
        groups.computeIfAbsent(figure.indicator(), i -> new ArrayList<>()).add(StatedFigure.of(claim, figure));
      }
    }
    groups.replaceAll((indicator, figures) -> {
      figures.sort(ORDER); // stable: figures of one period keep data-set order
      return List.copyOf(figures);
    });
    return new FigureSeries(groups);
  }

  /** {@return the indicators, in the order they first appear in the narrative} */
  public List<String> indicators() {
    return List.copyOf(byIndicator.keySet());
  }

  /**
   * {@return the figures of one indicator in chronological order of the periods they refer to (see
   * {@link Period#CHRONOLOGICAL}), figures with no period last; empty for an unknown indicator}
   *
   * @param indicator the indicator, exactly as the figures name it
   */
  public List<StatedFigure> of(String indicator) {
    return byIndicator.getOrDefault(indicator, List.of());
  }
}
