package org.policynarrative.json.internal.deser;

import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.StatedAs;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;

/** Reads a figure: a quantity a claim states, its numbers exact decimals. */
final class FigureReader {

  private FigureReader() {}

  static Figure figure(JsonInput in) {
    Figure.Builder b = Figure.builder();
    ObjectScope o = in.object(JsonFields.FIGURE, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case INDICATOR -> b.indicator(in.string());
          case SECTOR -> b.sector(in.string());
          case WORDING -> b.wording(in.string());
          case STATED_AS -> b.statedAs(in.parsed(StatedAs::fromCode));
          case AMOUNT -> b.amount(NumberReader.decimal(in));
          case UP_TO -> b.upTo(NumberReader.decimal(in));
          case UNIT -> b.unit(in.string());
          case UCUM -> b.ucum(in.string());
          case PERIOD -> b.period(DateReader.period(in));
          case BASELINE_PERIOD -> b.baselinePeriod(DateReader.period(in));
          case BASELINE_AMOUNT -> b.baselineAmount(NumberReader.decimal(in));
          case STATUS -> b.status(in.parsed(FigureStatus::fromCode));
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }
}
