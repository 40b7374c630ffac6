package org.policynarrative.testing.oracle;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Period;

/**
 * One corpus string as the Java parser and edtf.js read it, with both sides' bounds in edtf.js's
 * terms: milliseconds since 1970 in UTC, {@code null} for an unknown end, {@code -Infinity} and
 * {@code Infinity} for open ends.
 *
 * @param javaPeriod the period Java reads, if it accepts the string
 * @param javaError Java's message, if it refuses it
 * @param jsAccepts whether edtf.js accepts it at level 1
 * @param jsType edtf.js's type (Date, Year, Season, Interval, ...) when it accepts, or its error
 */
record OracleCase(String input, Optional<Period> javaPeriod, String javaError, boolean jsAccepts, String jsType,
    String jsMin, String jsMax) {

  static final long DAY = 86_400_000L;

  /** Reads {@code input} with the Java parser, beside edtf.js's result line ({@code oracle.mjs}). */
  static OracleCase of(String input, String oracleLine) {
    List<String> js = List.of(oracleLine.split("\t", -1));
    Optional<Period> parsed;
    String error = "";
    try {
      parsed = Optional.of(Period.parse(input));
    } catch (IllegalArgumentException e) {
      parsed = Optional.empty();
      error = e.getMessage();
    }
    boolean ok = js.get(0).equals("ok");
    return new OracleCase(input, parsed, error, ok, js.get(1), ok ? js.get(2) : "", ok ? js.get(3) : "");
  }

  boolean javaAccepts() {
    return javaPeriod.isPresent();
  }

  /** Whether the input is written as an interval ({@code 1953/1953} is one, though Java reads it as the year). */
  boolean isInterval() {
    return input.indexOf('/') >= 0;
  }

  /** The one date Java read, when the input is a date rather than an interval. */
  Optional<HistoricalDate> date() {
    return isInterval() ? Optional.empty() : javaPeriod.flatMap(Period::start);
  }

  /** The dates at the ends of what Java read. */
  List<HistoricalDate> ends() {
    return javaPeriod.map(p -> Stream.of(p.start(), p.end()).flatMap(Optional::stream).toList())
        .orElse(List.of());
  }

  /** Java's earliest bound in edtf.js's terms. */
  String javaMin() {
    Period p = javaPeriod.orElseThrow();
    return p.start().map(d -> Long.toString(min(d))).orElse(p.isStartOpen() ? "-Infinity" : "null");
  }

  /** Java's latest bound in edtf.js's terms. */
  String javaMax() {
    Period p = javaPeriod.orElseThrow();
    return p.end().map(d -> Long.toString(max(d))).orElse(p.isEndOpen() ? "Infinity" : "null");
  }

  /**
   * The first millisecond of {@code date}; a date and time is its instant (edtf.js runs with
   * TZ=UTC, so a time without an offset is UTC on both sides).
   */
  static long min(HistoricalDate date) {
    return date.time().isPresent() ? instant(date) : date.earliest().toEpochDay() * DAY;
  }

  /** The last millisecond of {@code date}; a date and time is its instant. */
  static long max(HistoricalDate date) {
    return date.time().isPresent() ? instant(date) : (date.latest().toEpochDay() + 1) * DAY - 1;
  }

  private static long instant(HistoricalDate date) {
    return LocalDateTime.of(date.earliest(), date.time().get()).toInstant(date.offset().orElse(ZoneOffset.UTC))
        .toEpochMilli();
  }

  /** Whether both sides accept and give the same bounds (edtf.js's bounds beyond JavaScript's dates are NaN: not compared). */
  boolean boundsAgree() {
    return jsMin.equals("NaN") || jsMax.equals("NaN") || jsMin.equals(javaMin()) && jsMax.equals(javaMax());
  }

  /** Whether the two sides agree: both refuse, or both accept with the same bounds. */
  boolean agrees() {
    return javaAccepts() == jsAccepts && (!jsAccepts || boundsAgree());
  }

  @Override
  public String toString() {
    return "'" + input + "': Java " + (javaAccepts() ? "accepts " + javaMin() + " .. " + javaMax() : javaError)
        + "; edtf.js " + (jsAccepts ? "accepts " + jsType + " " + jsMin + " .. " + jsMax : "refuses: " + jsType);
  }
}
