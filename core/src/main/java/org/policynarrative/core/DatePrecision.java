package org.policynarrative.core;

/** How much of a {@link HistoricalDate} is known, from the coarsest to the finest. */
public enum DatePrecision {
  /** A decade such as {@code 196X}: the ten years 1960 to 1969. */
  DECADE,
  /** A calendar year such as {@code 1953}. */
  YEAR,
  /** A month such as {@code 2016-05}. */
  MONTH,
  /** A single day such as {@code 2016-05-06}. */
  DAY
}
