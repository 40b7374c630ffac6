package org.policynarrative.markdown.internal;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of the Markdown dialect, in one table that the reader and the writer share: section
 * headings, field keys and table columns. A new attribute is one new key here, read by its
 * construct's reader and written by {@link MarkdownWriter}.
 */
final class Dialect {

  private Dialect() {}

  /** The level-2 sections, in the order the writer writes them. */
  enum Section {
    SOURCES("Sources"),
    TIMELINE("Timeline"),
    ERAS("Eras"),
    LINES_WITHOUT_ERA("Policy lines without an era"),
    SECTORS("Sectors"),
    FURTHER_CLAIMS("Further claims");

    private static final List<Section> ALL = List.of(values());

    /** The heading's text. */
    final String heading;

    Section(String heading) {
      this.heading = heading;
    }

    /** The section with this heading, or null. */
    static Section named(String heading) {
      for (Section section : ALL) {
        if (section.heading.equals(heading)) {
          return section;
        }
      }
      return null;
    }

    /** Every heading, comma-separated, for error messages. */
    static String headings() {
      return ALL.stream().map(s -> s.heading).collect(Collectors.joining(", "));
    }
  }

  /** The keys of fields, written {@code - **Key:** value}. */
  enum Key {
    // The narrative
    ID("Id"), LANGUAGE("Language"), VERSION("Version"), DESCRIPTION("Description"),
    // Sources
    PUBLISHER("Publisher"), PUBLISHED("Published"), URL("URL"), SHA_256("SHA-256"), NOTE("Note"),
    // Eras (and sectors' labels); a period's ends
    POSITION("Position"), PERIOD("Period"), LABEL("Label"), ALSO_CALLED("Also called"), SUMMARY("Summary"),
    SOURCE("Source"), FROM("From"), TO("To"),
    // Policy lines
    STATEMENT("Statement"), ADOPTED("Adopted"), ADOPTED_BY("Adopted by"), ADOPTED_AT("Adopted at"), ERAS("Eras"),
    DURABILITY("Durability"), SUPERSEDES("Supersedes"), CONTINUES("Continues"),
    // Claims, their anchors and assessments
    KIND("Kind"), ASSERTED_BY("Asserted by"), EXTRACTED_BY("Extracted by"), ABOUT("About"), CAUSES("Causes"),
    EFFECTS("Effects"), REFERS_TO("Refers to"), ANCHOR("Anchor"), QUOTE("Quote"), BEFORE("Before"), AFTER("After"),
    OFFSETS("Offsets"), ASSESSMENT("Assessment"), ASSESSOR("Assessor"), VERDICT("Verdict"), RATING("Rating"),
    DATE("Date"), REFERENCE("Reference"),
    // Sectors
    BROADER("Broader"), MAPPINGS("Mappings");

    /** The key as written between the asterisks, without the colon. */
    final String key;
    /** The whole list item up to the value: {@code - **Key:**}. */
    final String item;

    Key(String key) {
      this.key = key;
      this.item = "- **" + key + ":**";
    }
  }

  /** A field key that is followed by a language tag: {@code - **Label ko:** ...}. */
  static final String LABEL_PREFIX = Key.LABEL.key + " ";

  /** The priorities table under a policy line's fields. */
  static final Table PRIORITIES = new Table("the priorities table", List.of("Sector", "Mode", "Rank", "Wording"));
  /** The mappings table under a sector's Mappings field. */
  static final Table MAPPINGS = new Table("the mappings table", List.of("Scheme", "Code", "Relation"));

  /** A table of the dialect: its columns, and its header and delimiter rows as the writer writes them. */
  static final class Table {
    /** A person's name for the table, in error messages. */
    final String what;
    final List<String> columns;
    final String header;
    final String delimiter;

    private Table(String what, List<String> columns) {
      this.what = what;
      this.columns = columns;
      this.header = "| " + String.join(" | ", columns) + " |";
      this.delimiter = "| " + String.join(" | ", Collections.nCopies(columns.size(), "---")) + " |";
    }
  }
}
