package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/**
 * The calendar in which a source wrote a date. Dates are always stored and printed as Gregorian
 * EDTF; the calendar only records how the source itself counted, so its wording survives.
 */
public enum CalendarModel {
  /** The proleptic Gregorian calendar of ISO 8601. */
  GREGORIAN,
  /** The Juche calendar: year 1 is Gregorian 1912, so Gregorian = Juche + 1911. */
  JUCHE;

  /** The stable code of this calendar, such as {@code juche}. */
  public String code() {
    return EnumCodes.code(this);
  }

  /**
   * The calendar with the given code.
   *
   * @throws IllegalArgumentException when no calendar has that code
   */
  public static CalendarModel fromCode(String code) {
    return EnumCodes.parse(CalendarModel.class, code);
  }
}
