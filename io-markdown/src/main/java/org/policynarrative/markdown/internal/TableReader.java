package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.policynarrative.markdown.internal.Dialect.Table;

/**
 * Reads the dialect's tables (a policy line's priorities, a sector's mappings, a claim's figures,
 * the vocabulary) as rows of cell values, by column.
 */
final class TableReader {

  private final MarkdownSource source;
  private final ErrorLog errors;

  /** A reader of the source's tables that logs a malformed row in {@code errors} and skips it. */
  TableReader(MarkdownSource source, ErrorLog errors) {
    this.source = source;
    this.errors = errors;
  }

  /**
   * One row: its place, and the value of each of the table's columns, indexed as
   * {@link Table#columns}; null for an optional column the table leaves out.
   */
  record Row(Place at, MarkdownSource.Value[] cells) {

    /** The value of column {@code i}, or null when the table leaves the column out. */
    MarkdownSource.Value cell(int i) {
      return cells[i];
    }

    /** The text of column {@code i}, or "" when the column is left out or its cell is empty. */
    String text(int i) {
      return cells[i] == null ? "" : cells[i].text();
    }
  }

  /**
   * The rows of a table whose header holds the table's required columns and any of its optional
   * ones, in the table's order; a row with more cells than the header is logged and left out.
   */
  List<Row> rows(TableBlock block, Table table) {
    TableHead head = (TableHead) block.getFirstChild();
    TableRow header = (TableRow) head.getFirstChild();
    int headerLine = Place.of(header).line();
    List<String> names = new ArrayList<>();
    for (Node cell = header.getFirstChild(); cell != null; cell = cell.getNext()) {
      names.add(source.cell((TableCell) cell, headerLine).text().strip());
    }
    int[] columnOf = columns(names, table);
    if (columnOf == null) {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < table.columns.size(); i++) {
        if (!table.isOptional(i) && !names.contains(table.columns.get(i))) {
          missing.add(table.columns.get(i));
        }
      }
      throw MarkdownSource.errorAt(header, table.what + " has the columns " + String.join(" | ", names)
          + (missing.isEmpty() ? "" : ", missing " + String.join(", ", missing))
          + "; expected " + table.describe() + " in this order (columns in brackets may be left out)");
    }
    List<Row> rows = new ArrayList<>();
    if (!(head.getNext() instanceof TableBody body)) {
      return rows;
    }
    for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
      Place at = Place.of(row);
      int cells = countCells(source.line(at.line()), at.column());
      if (cells > names.size()) {
        errors.add(MarkdownSource.errorAt(row, "this row of " + table.what + " has " + cells + " cells; expected "
            + names.size() + " (" + String.join(" | ", names) + "); escape a '|' inside a value as \\|"));
        continue;
      }
      MarkdownSource.Value[] values = new MarkdownSource.Value[table.columns.size()];
      int k = 0;
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        values[columnOf[k++]] = source.cell((TableCell) cell, at.line());
      }
      rows.add(new Row(at, values));
    }
    return rows;
  }

  /**
   * The table's column index of each header name, or null unless the names are the required
   * columns and some optional ones, in the table's order.
   */
  private static int[] columns(List<String> names, Table table) {
    int[] columnOf = new int[names.size()];
    int next = 0;
    for (int k = 0; k < names.size(); k++) {
      while (next < table.columns.size() && !table.columns.get(next).equals(names.get(k))) {
        if (!table.isOptional(next)) {
          return null;
        }
        next++;
      }
      if (next == table.columns.size()) {
        return null;
      }
      columnOf[k] = next++;
    }
    for (; next < table.columns.size(); next++) {
      if (!table.isOptional(next)) {
        return null;
      }
    }
    return columnOf;
  }

  /** Counts a row's cells the way the GFM table parser splits them (it drops cells beyond the header's). */
  private static int countCells(String line, int from) {
    String row = line.substring(from).strip();
    if (row.startsWith("|")) {
      row = row.substring(1);
    }
    if (row.endsWith("|") && !row.endsWith("\\|")) {
      row = row.substring(0, row.length() - 1);
    }
    int cells = 1;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
        i++;
      } else if (row.charAt(i) == '|') {
        cells++;
      }
    }
    return cells;
  }

  /** Converts a cell's value, reporting an {@link IllegalArgumentException} at the cell. */
  static <T> T cellAs(MarkdownSource.Value cell, String column, Function<String, T> parse) {
    try {
      return parse.apply(cell.text());
    } catch (IllegalArgumentException e) {
      throw cell.at().error("column '" + column + "': " + e.getMessage(), e);
    }
  }
}
