package org.policynarrative.core;

import org.immutables.value.Value;

/** A {@link Figure} with the {@link Claim} that states it: one point of a {@link FigureSeries}. */
@Value.Immutable
@NarrativeStyle
public abstract class StatedFigure {

  /** {@return the claim that states the figure} */
  @Value.Parameter
  public abstract Claim claim();

  /** {@return the figure} */
  @Value.Parameter
  public abstract Figure figure();

  static StatedFigure of(Claim claim, Figure figure) {
    return ImmutableStatedFigure.of(claim, figure);
  }
}
