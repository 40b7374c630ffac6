package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.decimal;
import static org.policynarrative.json.internal.ser.JsonOutput.string;

import org.policynarrative.core.Figure;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/** Writes a figure; its numbers are JSON numbers written exactly as the decimals hold them. */
final class FigureWriter {

  private FigureWriter() {}

  static void figure(JsonGenerator g, Figure f) {
    g.writeStartObject(f);
    string(g, JsonName.INDICATOR, f.indicator());
    string(g, JsonName.SECTOR, f.sector());
    string(g, JsonName.WORDING, f.wording());
    string(g, JsonName.STATED_AS, f.statedAs().code());
    decimal(g, JsonName.AMOUNT, f.amount());
    decimal(g, JsonName.UP_TO, f.upTo());
    string(g, JsonName.UNIT, f.unit());
    string(g, JsonName.UCUM, f.ucum());
    DateWriter.period(g, JsonName.PERIOD, f.period());
    DateWriter.period(g, JsonName.BASELINE_PERIOD, f.baselinePeriod());
    decimal(g, JsonName.BASELINE_AMOUNT, f.baselineAmount());
    string(g, JsonName.STATUS, f.status().code());
    g.writeEndObject();
  }
}
