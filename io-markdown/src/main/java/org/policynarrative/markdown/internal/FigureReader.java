package org.policynarrative.markdown.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.InvalidValueException;
import org.policynarrative.core.Period;
import org.policynarrative.core.StatedAs;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * Reads a claim's figures: a {@code Figures} field holding the figures table (one row per figure,
 * the sector shown by name and id), or, when a period does not fit on one line, one {@code Figure}
 * field per figure with its attributes as nested fields.
 */
final class FigureReader extends ConstructReader {

  private static final Key[] COLUMNS = {Key.INDICATOR, Key.SECTOR, Key.WORDING, Key.STATUS, Key.STATED_AS,
      Key.AMOUNT, Key.UP_TO, Key.UNIT, Key.UCUM, Key.PERIOD, Key.BASELINE_PERIOD, Key.BASELINE_AMOUNT};

  private final TableReader tables;

  FigureReader(MarkdownSource source, NarrativeAssembly assembly, TableReader tables) {
    super(source, assembly);
    this.tables = tables;
  }

  /** The figures of the claim's fields, in order, with their places under {@code figures[i]}. */
  void figures(Fields fields, String owner, Map<String, Place> places, Consumer<Figure> add) {
    int index = 0;
    Optional<Fields.Field> table = fields.optionalNested(Key.FIGURES);
    if (table.isPresent()) {
      Fields.Field field = table.get();
      if (!field.value().isEmpty() || !(field.nested() instanceof TableBlock block)) {
        throw field.keyAt().error("field 'Figures' of " + owner + " takes the figures table below it (after a "
            + "blank line): " + Dialect.FIGURES.describe());
      }
      for (TableReader.Row row : tables.rows(block, Dialect.FIGURES)) {
        add.accept(row(row, owner, places, "figures[" + index++ + "]"));
      }
    }
    List<Fields.Field> nested = fields.repeatedNested(Key.FIGURE);
    if (table.isPresent() && !nested.isEmpty()) {
      throw nested.get(0).keyAt().error(owner + " has both the figures table and 'Figure' fields; expected one "
          + "or the other");
    }
    for (Fields.Field field : nested) {
      add.accept(nested(field, owner, places, "figures[" + index++ + "]"));
    }
  }

  private Figure row(TableReader.Row row, String owner, Map<String, Place> places, String path) {
    String what = "a figure (" + path + ") of " + owner;
    Figure.Builder b = Figure.builder();
    places.put(path, row.at());
    for (int i = 0; i < COLUMNS.length; i++) {
      MarkdownSource.Value cell = row.cell(i);
      if (cell == null || cell.text().isEmpty()) {
        continue;
      }
      Key column = COLUMNS[i];
      if (column == Key.SECTOR) {
        b.sector(assembly.sectorNamed(cell, column.key));
      } else {
        set(b, column, TableReader.cellAs(cell, column.key, v -> parse(column, v)));
      }
      places.put(path + "." + column.attribute, cell.at());
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      for (int i = 0; i < COLUMNS.length; i++) {
        if (COLUMNS[i].attribute.equals(e.attribute()) && row.cell(i) != null) {
          throw row.cell(i).at().error("invalid " + what + ", column '" + COLUMNS[i].key + "': " + e.getMessage(), e);
        }
      }
      throw row.at().error("invalid " + what + ": " + e.getMessage(), e);
    }
  }

  private Figure nested(Fields.Field field, String owner, Map<String, Place> places, String path) {
    String what = "a figure (" + path + ") of " + owner;
    Fields fields = nested(field, owner);
    Figure.Builder b = Figure.builder();
    places.put(path, field.keyAt());
    for (Key key : COLUMNS) {
      if (key == Key.PERIOD || key == Key.BASELINE_PERIOD) {
        period(fields, key, what).ifPresent(p -> set(b, key, p));
        fields.optionalNested(key).ifPresent(f -> places.put(path + "." + key.attribute, f.at()));
      } else {
        fields.optional(key).ifPresent(f -> {
          set(b, key, key == Key.SECTOR ? f.value() : f.as(v -> parse(key, v)));
          places.put(path + "." + key.attribute, f.at());
        });
      }
    }
    fields.finish(what);
    return build(field.keyAt(), what, fields, b::build);
  }

  /** The value of a column or field other than Sector, as the model holds it. */
  private static Object parse(Key key, String text) {
    return switch (key) {
      case STATUS -> FigureStatus.fromCode(text);
      case STATED_AS -> StatedAs.fromCode(text);
      case AMOUNT, UP_TO, BASELINE_AMOUNT -> Values.parseDecimal(text);
      case PERIOD, BASELINE_PERIOD -> Period.parse(text);
      default -> text;
    };
  }

  private static void set(Figure.Builder b, Key key, Object value) {
    switch (key) {
      case INDICATOR -> b.indicator((String) value);
      case SECTOR -> b.sector((String) value);
      case WORDING -> b.wording((String) value);
      case STATUS -> b.status((FigureStatus) value);
      case STATED_AS -> b.statedAs((StatedAs) value);
      case AMOUNT -> b.amount((BigDecimal) value);
      case UP_TO -> b.upTo((BigDecimal) value);
      case UNIT -> b.unit((String) value);
      case UCUM -> b.ucum((String) value);
      case PERIOD -> b.period((Period) value);
      case BASELINE_PERIOD -> b.baselinePeriod((Period) value);
      case BASELINE_AMOUNT -> b.baselineAmount((BigDecimal) value);
      default -> throw new IllegalStateException("not a figure's key: " + key);
    }
  }
}
