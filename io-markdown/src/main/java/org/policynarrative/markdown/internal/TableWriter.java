package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policynarrative.core.Sector;
import org.policynarrative.markdown.internal.Dialect.Table;

/**
 * Writes the dialect's tables: the optional columns that no row fills are left out, every cell is
 * escaped, and a sector is shown by its name and id ({@code Heavy industry (heavy-industry)}) so
 * that the table reads without looking the id up; {@link NarrativeAssembly} checks the name on
 * reading.
 */
final class TableWriter {

  private final MarkdownOutput out;
  private final List<Sector> sectors;
  private final Map<String, Integer> sectorIndex;

  TableWriter(MarkdownOutput out, List<Sector> sectors) {
    this.out = out;
    this.sectors = sectors;
    this.sectorIndex = Layout.firstIndex(sectors.stream().map(Sector::id).toList());
  }

  /** A sector as a cell shows it: {@code Name (id)}, or the id alone when the narrative has no such sector. */
  String sector(String id) {
    Integer index = sectorIndex.get(id);
    return index == null ? id : sectors.get(index).name() + " (" + id + ")";
  }

  /**
   * Writes the table, each line after {@code indent}, then a blank line.
   *
   * @param rows each row's cells by the table's columns: null or "" for no value
   */
  void write(String indent, Table table, List<String[]> rows) {
    int n = table.columns.size();
    boolean[] shown = new boolean[n];
    for (int i = 0; i < n; i++) {
      shown[i] = !table.isOptional(i);
    }
    for (String[] row : rows) {
      for (int i = 0; i < n; i++) {
        shown[i] |= row[i] != null && !row[i].isEmpty();
      }
    }
    out.newline().append(indent).append(table.header(shown)).newline()
        .append(indent).append(table.delimiter(shown)).newline();
    for (String[] row : rows) {
      out.append(indent).append('|');
      for (int i = 0; i < n; i++) {
        if (shown[i]) {
          out.append(' ');
          if (row[i] != null) {
            out.escaped(row[i]);
          }
          out.append(" |");
        }
      }
      out.newline();
    }
    out.newline();
  }

  /** A new list of rows, for {@link #write}. */
  static List<String[]> rows() {
    return new ArrayList<>();
  }
}
