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

/** Reads the dialect's tables (a policy line's priorities, a sector's mappings) as rows of cell values. */
final class TableReader {

  private final MarkdownSource source;

  TableReader(MarkdownSource source) {
    this.source = source;
  }

  /** The rows of a table with exactly the expected columns, each row as its cells' values. */
  List<List<MarkdownSource.Value>> rows(TableBlock block, Table table) {
    TableHead head = (TableHead) block.getFirstChild();
    TableRow header = (TableRow) head.getFirstChild();
    int headerLine = Place.of(header).line();
    List<String> names = new ArrayList<>();
    for (Node cell = header.getFirstChild(); cell != null; cell = cell.getNext()) {
      names.add(source.cell((TableCell) cell, headerLine).text().strip());
    }
    if (!names.equals(table.columns)) {
      List<String> missing = new ArrayList<>(table.columns);
      missing.removeAll(names);
      throw MarkdownSource.errorAt(header, table.what + " has the columns " + String.join(" | ", names)
          + (missing.isEmpty() ? "" : ", missing " + String.join(", ", missing))
          + "; expected exactly " + String.join(" | ", table.columns));
    }
    List<List<MarkdownSource.Value>> rows = new ArrayList<>();
    if (!(head.getNext() instanceof TableBody body)) {
      return rows;
    }
    for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
      Place at = Place.of(row);
      int cells = countCells(source.line(at.line()), at.column());
      if (cells > table.columns.size()) {
        throw MarkdownSource.errorAt(row, "this row of " + table.what + " has " + cells + " cells; expected "
            + table.columns.size() + " (" + String.join(" | ", table.columns)
            + "); escape a '|' inside a value as \\|");
      }
      List<MarkdownSource.Value> values = new ArrayList<>(cells);
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        values.add(source.cell((TableCell) cell, at.line()));
      }
      rows.add(values);
    }
    return rows;
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
