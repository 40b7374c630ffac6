package org.policynarrative.html.internal.view;

import java.util.List;

/**
 * The timeline section: an SVG picture of the eras and policy lines (when any is dated) and the
 * same entries as a table.
 *
 * @param width the picture's width, in SVG user units
 * @param height the picture's height
 * @param chartStart the x where the time axis starts
 * @param chartEnd the x where it ends
 * @param ticks the year marks of the axis
 * @param rows one row per era or policy line, earliest first
 * @param entries the same entries as the table shows them
 * @param undated the policy lines with neither a date nor a known era, which the picture leaves out
 */
public record TimelineView(int width, int height, int chartStart, int chartEnd, List<Tick> ticks, List<Row> rows,
    List<Entry> entries, List<Entry> undated) {

  /** {@return true when there is something to draw} */
  public boolean hasPicture() {
    return !rows.isEmpty();
  }

  /**
   * A year mark.
   *
   * @param x its position
   * @param label the year
   */
  public record Tick(int x, String label) {}

  /**
   * One row of the picture. The bar covers what is known: from the earliest day the start can
   * denote to the latest day the end can; an open or unknown side is drawn as a line to the edge
   * of the axis instead.
   *
   * @param y the top of the row
   * @param kind {@code era} or {@code line}
   * @param label the name, shortened to fit
   * @param name the whole name
   * @param when the date as the source words it
   * @param barX where the bar starts
   * @param barWidth the bar's width; 0 when neither end is known
   * @param barClass the bar's style classes: {@code exact}, or {@code fuzzy} and {@code uncertain}
   * @param before the line from the axis start to the bar, for an open or unknown start
   * @param after the line from the bar to the axis end, for an open or unknown end
   */
  public record Row(int y, String kind, String label, String name, String when, int barX, int barWidth,
      String barClass, Side before, Side after) {}

  /**
   * An open or unknown side of a row.
   *
   * @param kind {@code open}, {@code unknown}, or {@code none} when the side is known
   * @param x1 where the line starts
   * @param x2 where it ends
   */
  public record Side(String kind, int x1, int x2) {

    /** {@return true when there is a line to draw} */
    public boolean isDrawn() {
      return !kind.equals("none");
    }
  }

  /**
   * One entry of the table.
   *
   * @param anchorId the id of its table row
   * @param kind "Era" or "Policy line"
   * @param name its name
   * @param when the date as the source words it, or a dash
   * @param edtf the date in EDTF, or empty
   * @param reading how exact the date is, in words
   */
  public record Entry(String anchorId, String kind, String name, String when, String edtf, String reading) {}
}
