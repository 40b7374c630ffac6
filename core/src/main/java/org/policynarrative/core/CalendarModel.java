package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/**
 * The calendar in which a source wrote a date. Dates are always stored and printed as Gregorian
 * EDTF; the calendar only records how the source itself counted, so its wording survives.
 *
 * <p>Each non-Gregorian calendar here counts years only, and each of its years is read as the
 * Gregorian year it mostly falls in: {@link HistoricalDate#parse(String)} reads the wordings listed
 * on each constant.
 */
public enum CalendarModel {
  /** The proleptic Gregorian calendar of ISO 8601. */
  GREGORIAN("The proleptic Gregorian calendar of ISO 8601."),
  /**
   * The Juche calendar of North Korea: year 1 is Gregorian 1912, so Gregorian = Juche + 1911
   * ({@code Juche 42 (1953)}, {@code 주체42(1953)년}).
   */
  JUCHE("The Juche calendar of North Korea: year 1 is Gregorian 1912, so Gregorian = Juche + 1911"
      + " (Juche 42 (1953), 주체42(1953)년)."),
  /**
   * The Minguo calendar of the Republic of China: year 1 (元年) is Gregorian 1912, so Gregorian =
   * Minguo + 1911 ({@code 民國42年}, {@code 中華民國42年}); {@code 民國前1年} is 1911.
   */
  MINGUO("The Minguo calendar of the Republic of China: year 1 (元年) is Gregorian 1912, so Gregorian ="
      + " Minguo + 1911 (民國42年, 中華民國42年); 民國前1年 is 1911."),
  /**
   * Japanese era years (和暦) of the eras since Meiji: 明治 from 1868, 大正 from 1912, 昭和 from
   * 1926, 平成 from 1989, 令和 from 2019 ({@code 昭和28年} is 1953, {@code 平成元年} is 1989). The
   * year an era changes belongs to both eras.
   */
  JAPANESE_ERA("Japanese era years (和暦) of the eras since Meiji: 明治 from 1868, 大正 from 1912, 昭和 from"
      + " 1926, 平成 from 1989, 令和 from 2019 (昭和28年 is 1953, 平成元年 is 1989). The year an era changes"
      + " belongs to both eras."),
  /**
   * The Buddhist era as Thailand counts it: Gregorian = B.E. - 543 ({@code B.E. 2496},
   * {@code พ.ศ. 2496}).
   */
  BUDDHIST_ERA("The Buddhist era as Thailand counts it: Gregorian = B.E. - 543 (B.E. 2496, พ.ศ. 2496).");

  private final String definition;

  CalendarModel(String definition) {
    this.definition = definition;
  }

  /** {@return a one-line definition of the calendar, in plain text (its Javadoc without markup)} */
  public String definition() {
    return definition;
  }

  /** {@return the stable code of this calendar, such as {@code juche} or {@code japanese-era}} */
  public String code() {
    return EnumCodes.code(this);
  }

  /**
   * {@return the calendar with the given code}
   *
   * @param code the code, as written in files
   * @throws IllegalArgumentException when no calendar has that code
   */
  public static CalendarModel fromCode(String code) {
    return EnumCodes.parse(CalendarModel.class, code);
  }
}
