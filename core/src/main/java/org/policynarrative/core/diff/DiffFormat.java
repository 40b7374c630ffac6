package org.policynarrative.core.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Objects;

/**
 * The reports of a {@link NarrativeDiff}: plain text for a terminal or {@code git diff}, Markdown
 * to paste into a pull request or an article, and JSON for other tools (its shape is versioned,
 * {@code policy-narrative-diff/1}, and described by {@link #jsonSchema()}).
 *
 * <pre>{@code
 * String markdown = DiffFormat.MARKDOWN.render(NarrativeDiff.between(before, after));
 * }</pre>
 */
public enum DiffFormat {

  /**
   * Plain text: {@code -} removed, {@code +} added and {@code ~} changed items by kind, one line per
   * changed field, then the drift. Control characters inside values are shown as escapes
   * ({@code \n}, {@code \t}, {@code \e}, {@code \x07}, and so on), so each line of the report is one
   * line of output and safe on a terminal.
   */
  TEXT("text"),

  /**
   * GitHub-flavoured Markdown: a summary, the drift, then a table per kind of item. Text from the
   * narratives has its markup escaped, line breaks as {@code <br>} and other control characters as
   * visible escapes.
   */
  MARKDOWN("markdown"),

  /** JSON in the shape of {@link #jsonSchema()}: keys in a fixed order, arrays always present. */
  JSON("json");

  private static final String SCHEMA = "narrative-diff.schema.json";

  private final String code;

  DiffFormat(String code) {
    this.code = code;
  }

  /** {@return the format's name: {@code text}, {@code markdown} or {@code json}} */
  public String code() {
    return code;
  }

  /**
   * {@return the format with this name, in any case}
   *
   * @param code {@code text}, {@code markdown} or {@code json}
   * @throws IllegalArgumentException when no format has that name
   */
  public static DiffFormat fromCode(String code) {
    Objects.requireNonNull(code, "code");
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (DiffFormat format : values()) {
      if (format.code.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException("'" + code + "' is not a diff format; expected text, markdown or json");
  }

  /**
   * Renders the report, naming each side by its narrative's id and version.
   *
   * @param diff the diff to report
   * @return the whole report
   */
  public String render(NarrativeDiff diff) {
    Objects.requireNonNull(diff, "diff");
    return render(diff, name(diff.before().id(), diff.before().version()),
        name(diff.after().id(), diff.after().version()));
  }

  /**
   * Renders the report, naming each side as given (such as the files compared).
   *
   * @param diff the diff to report
   * @param beforeName what to call the narrative before, such as {@code a/economic-construction.json}
   * @param afterName what to call the narrative after
   * @return the whole report
   */
  public String render(NarrativeDiff diff, String beforeName, String afterName) {
    StringBuilder out = new StringBuilder();
    try {
      write(diff, beforeName, afterName, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    return out.toString();
  }

  /**
   * Writes the report, naming each side as given.
   *
   * @param diff the diff to report
   * @param beforeName what to call the narrative before
   * @param afterName what to call the narrative after
   * @param out where to write it
   * @throws IOException when {@code out} fails
   */
  public void write(NarrativeDiff diff, String beforeName, String afterName, Appendable out) throws IOException {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(beforeName, "beforeName");
    Objects.requireNonNull(afterName, "afterName");
    Objects.requireNonNull(out, "out");
    switch (this) {
      case TEXT -> TextReport.write(diff, beforeName, afterName, out);
      case MARKDOWN -> MarkdownReport.write(diff, beforeName, afterName, out);
      case JSON -> JsonReport.write(diff, beforeName, afterName, out);
    }
  }

  /**
   * {@return the JSON Schema (draft 2020-12) of the {@link #JSON} report, shipped in core's jar as
   * {@code org/policynarrative/core/diff/narrative-diff.schema.json}}
   */
  public static URL jsonSchema() {
    return Objects.requireNonNull(DiffFormat.class.getResource(SCHEMA), SCHEMA);
  }

  private static String name(String id, String version) {
    return id + " " + version;
  }
}
