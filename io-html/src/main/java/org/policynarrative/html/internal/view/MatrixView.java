package org.policynarrative.html.internal.view;

import java.util.List;

/**
 * The sector-priority matrix as a heat map (a row per sector that some line ranks, a column per
 * era), and every sector in a table.
 *
 * @param eras the columns, earliest first
 * @param rows the rows, in data-set order
 * @param sectors every sector, in data-set order
 */
public record MatrixView(List<Column> eras, List<Row> rows, List<Sector> sectors) {

  /**
   * A sector of the sector table.
   *
   * @param anchorId the id of its row, or {@code null} for a repeated id
   * @param name its name
   * @param broader the name of the sector it belongs to, or empty
   * @param mappings its mappings to external schemes, as text
   * @param description its description, or empty
   */
  public record Sector(String anchorId, String name, String broader, String mappings, String description) {}

  /**
   * A column.
   *
   * @param name the era's name
   * @param when its period, as the source words it
   */
  public record Column(String name, String when) {}

  /**
   * A row.
   *
   * @param sector the sector's name
   * @param href the link to the sector in the sector table
   * @param cells one cell per era
   */
  public record Row(String sector, String href, List<Cell> cells) {}

  /**
   * A cell.
   *
   * @param mode the priority's code, which names its style; {@code none} for no priority
   * @param label the priority in words, shown in the cell
   */
  public record Cell(String mode, String label) {}
}
