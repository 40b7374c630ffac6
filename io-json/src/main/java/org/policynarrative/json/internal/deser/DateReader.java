package org.policynarrative.json.internal.deser;

import static org.policynarrative.json.internal.fields.JsonName.AS_WRITTEN;
import static org.policynarrative.json.internal.fields.JsonName.CALENDAR;
import static org.policynarrative.json.internal.fields.JsonName.EDTF;
import static org.policynarrative.json.internal.fields.JsonName.END;
import static org.policynarrative.json.internal.fields.JsonName.START;

import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Period;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;

/**
 * Reads dates and periods: an EDTF string when that says everything, otherwise an object that
 * keeps the source's own wording ({@code edtf}, {@code asWritten}, {@code calendar}), or for a
 * period an interval of such dates ({@code start}, {@code end}).
 */
final class DateReader {

  private DateReader() {}

  /** An EDTF string, or {@code {"edtf", "asWritten", "calendar"}}. */
  static HistoricalDate date(JsonInput in) {
    if (in.token() == JsonToken.VALUE_STRING) {
      return edtf(in);
    }
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.fail("expected a date: an EDTF string such as \"1953\" or \"2016-05-06\", or an object with "
          + "\"edtf\" and \"asWritten\"; but found " + JsonInput.describe(in.token()));
    }
    WordedDate date = new WordedDate();
    ObjectScope o = in.object(JsonFields.WORDED_DATE, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        if (!date.read(in, name)) {
          throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    o.skipIfFailed(); // toDate is no builder: it needs every required field
    return o.build(date::toDate);
  }

  /**
   * An EDTF string ({@code 1953}, {@code 1953/1960}, {@code 2000/..}), a date object for a
   * single date, or {@code {"start", "end"}} whose ends are dates.
   */
  static Period period(JsonInput in) {
    if (in.token() == JsonToken.VALUE_STRING) {
      Period period = in.parsed(Period::parse);
      boolean plain = period.start().map(d -> d.asWritten().isEmpty()).orElse(true)
          && period.end().map(d -> d.asWritten().isEmpty()).orElse(true);
      if (!plain) {
        throw in.fail(notEdtf(in.parser().getString()));
      }
      return period;
    }
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.fail("expected a period: an EDTF string such as \"1953\", \"1953/1960\" or \"2000/..\", or an "
          + "object; but found " + JsonInput.describe(in.token()));
    }
    WordedDate single = new WordedDate();
    HistoricalDate start = null;
    HistoricalDate end = null;
    boolean startUnknown = false;
    boolean endUnknown = false;
    ObjectScope o = in.object(JsonFields.PERIOD_OBJECT, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case START -> {
            startUnknown = isUnknownEnd(in);
            start = startUnknown ? null : date(in);
          }
          case END -> {
            endUnknown = isUnknownEnd(in);
            end = endUnknown ? null : date(in);
          }
          default -> {
            if (!single.read(in, name)) {
              throw o.noReader(name);
            }
          }
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    o.skipIfFailed(); // the checks below would only repeat a value's error
    boolean isSingle = o.has(EDTF) || o.has(AS_WRITTEN) || o.has(CALENDAR);
    if (isSingle && (o.has(START) || o.has(END))) {
      throw o.failAt(EDTF, "a period is either one date ('edtf', 'asWritten', 'calendar') "
          + "or an interval ('start', 'end'), not both");
    }
    if (isSingle) {
      for (JsonName field : JsonFields.WORDED_DATE.names()) {
        if (JsonFields.WORDED_DATE.isRequired(field) && !o.has(field)) {
          throw o.failAt(field, "date is missing the required field '" + field.text() + "'");
        }
      }
      return o.build(() -> Period.of(single.toDate()));
    }
    if (start == null && end == null) {
      throw o.failAtObject("period needs 'start', 'end' or both (an open end is left out, an unknown end "
          + "is \"\"), at least one of them a date, or 'edtf' and 'asWritten' for a single date");
    }
    HistoricalDate from = start;
    HistoricalDate until = end;
    boolean fromUnknown = startUnknown;
    boolean untilUnknown = endUnknown;
    return o.build(() -> from == null ? (fromUnknown ? Period.withUnknownStart(until) : Period.until(until))
        : until == null ? (untilUnknown ? Period.withUnknownEnd(from) : Period.from(from))
        : Period.between(from, until));
  }

  /** True on {@code ""}: an unknown end of a period (EDTF writes it as nothing: {@code 1985/}). */
  private static boolean isUnknownEnd(JsonInput in) {
    return in.token() == JsonToken.VALUE_STRING && in.parser().getString().isEmpty();
  }

  private static HistoricalDate edtf(JsonInput in) {
    HistoricalDate date = in.parsed(HistoricalDate::parse);
    if (date.asWritten().isPresent()) {
      throw in.fail(notEdtf(date.asWritten().get()));
    }
    return date;
  }

  private static String notEdtf(String text) {
    return NarrativeFormatException.quote(text) + " is not EDTF; a date string is Gregorian EDTF such as 1953, 2016-05-06 or 196X, "
        + "and a date in the source's own wording is an object such as "
        + "{\"edtf\": \"1953\", \"asWritten\": \"Juche 42 (1953)\", \"calendar\": \"juche\"}";
  }

  /** The fields of a date in the source's own words, collected in any order. */
  private static final class WordedDate {
    HistoricalDate edtf;
    String asWritten;
    CalendarModel calendar = CalendarModel.GREGORIAN;

    /** Reads the value of the field {@code name} if it is a date field; false when it is not. */
    boolean read(JsonInput in, JsonName name) {
      switch (name) {
        case EDTF -> edtf = edtf(in);
        case AS_WRITTEN -> asWritten = in.string();
        case CALENDAR -> calendar = in.parsed(CalendarModel::fromCode);
        default -> {
          return false;
        }
      }
      return true;
    }

    HistoricalDate toDate() {
      return edtf.withWording(asWritten, calendar);
    }
  }
}
