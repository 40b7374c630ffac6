package org.policynarrative.core;

/**
 * How much of a {@link HistoricalDate} is known, from the coarsest to the finest. A date's
 * {@linkplain HistoricalDate#earliest() earliest} and {@linkplain HistoricalDate#latest() latest}
 * days follow from it.
 */
public enum DatePrecision {
  /** A century such as {@code 19XX}: the hundred years 1900 to 1999 ({@code -19XX}: -1999 to -1900). */
  CENTURY,
  /** A decade such as {@code 196X}: the ten years 1960 to 1969 ({@code -196X}: -1969 to -1960). */
  DECADE,
  /** A calendar year such as {@code 1953}, {@code -0044} or {@code Y12000}. */
  YEAR,
  /** A season such as {@code 1953-21} (spring 1953); see {@link HistoricalDate} for its months. */
  SEASON,
  /** A month such as {@code 2016-05}. */
  MONTH,
  /** A single day such as {@code 2016-05-06}. */
  DAY,
  /** A day and a time of day to the minute, such as {@code 1953-07-27T10:00}. */
  MINUTE,
  /** A day and a time of day to the second, such as {@code 1985-04-12T23:20:30Z}. */
  SECOND
}
