package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.string;

import java.util.Optional;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Period;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/**
 * Writes dates and periods: an EDTF string when that says everything, otherwise (the source's own
 * wording was recorded) an object that keeps it, so nothing is lost.
 */
final class DateWriter {

  private DateWriter() {}

  /** A date: its EDTF string, or {@code {"edtf", "asWritten", "calendar"}}. */
  static void date(JsonGenerator g, HistoricalDate d) {
    if (isPlain(d)) {
      g.writeString(d.toEdtf());
      return;
    }
    g.writeStartObject(d);
    string(g, JsonName.EDTF, d.toEdtf());
    string(g, JsonName.AS_WRITTEN, d.asWritten());
    if (d.calendar() != CalendarModel.GREGORIAN) {
      string(g, JsonName.CALENDAR, d.calendar().code());
    }
    g.writeEndObject();
  }

  /** A date field, when the date is present. */
  static void date(JsonGenerator g, JsonName name, Optional<HistoricalDate> date) {
    if (date.isPresent()) {
      g.writeName(name.encoded());
      date(g, date.get());
    }
  }

  /** A period field, when the period is present. */
  static void period(JsonGenerator g, JsonName name, Optional<Period> period) {
    if (period.isPresent()) {
      g.writeName(name.encoded());
      period(g, period.get());
    }
  }

  /**
   * A period: the EDTF string ({@code 1953}, {@code 1953/1960}, {@code 2000/..}, {@code 1985/})
   * when its dates carry no wording; otherwise a single date as {@link #date}, an interval as
   * {@code {"start", "end"}} with open ends left out and unknown ends as {@code ""}.
   */
  static void period(JsonGenerator g, Period p) {
    if (isPlain(p.start()) && isPlain(p.end())) {
      g.writeString(p.toEdtf());
    } else if (p.isSingleDate()) {
      date(g, p.start().get());
    } else {
      g.writeStartObject(p);
      end(g, JsonName.START, p.start(), p.isStartUnknown());
      end(g, JsonName.END, p.end(), p.isEndUnknown());
      g.writeEndObject();
    }
  }

  /** One end of an interval object: a date, {@code ""} when unknown, nothing when open. */
  private static void end(JsonGenerator g, JsonName name, Optional<HistoricalDate> date, boolean unknown) {
    if (unknown) {
      g.writeName(name.encoded());
      g.writeString("");
    } else {
      date(g, name, date);
    }
  }

  /** An absent end, or a date {@link #isPlain(HistoricalDate)}; without {@code Optional.map}'s boxing. */
  private static boolean isPlain(Optional<HistoricalDate> d) {
    return d.isEmpty() || isPlain(d.get());
  }

  private static boolean isPlain(HistoricalDate d) {
    return d.asWritten().isEmpty() && d.calendar() == CalendarModel.GREGORIAN;
  }
}
