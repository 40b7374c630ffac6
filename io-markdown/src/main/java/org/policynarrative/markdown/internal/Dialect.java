package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.policynarrative.core.ClaimKind;

/**
 * The words of the Markdown dialect, in one table that the reader and the writer share: section
 * headings, field keys (each with the model attribute it holds, so that an invalid attribute is
 * reported at its field) and table columns. A new attribute is one new key here, read by its
 * construct's reader and written by its construct's writer.
 */
final class Dialect {

  private Dialect() {}

  /** The level-2 sections, in the order the writer writes them. */
  enum Section {
    SOURCES("Sources"),
    TIMELINE("Timeline"),
    ERAS("Eras"),
    LINES_WITHOUT_ERA("Policy lines without an era"),
    EVENTS("Events"),
    ACTORS("Actors"),
    SECTORS("Sectors"),
    FURTHER_CLAIMS("Further claims"),
    VOCABULARY("Vocabulary");

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

  /**
   * The keys of fields, written {@code - **Key:** value}, each with the attribute of the model
   * type it holds (empty for a key that holds none itself).
   */
  enum Key {
    // The narrative; Description also for actors, Kind also for actors and claims of dialect 1
    ID("Id", "id"), LANGUAGE("Language", "language"), VERSION("Version", "version"),
    DESCRIPTION("Description", "description"), KIND("Kind", "kind"),
    // Sources
    PUBLISHER("Publisher", "publisher"), PUBLISHED("Published", "published"), URL("URL", "url"),
    SHA_256("SHA-256", "sha256"), NOTE("Note", "note"), TRANSLATION_OF("Translation of", "translationOf"),
    // What several entities have
    POSITION("Position", ""), LABEL("Label", "labels"), ALSO_CALLED("Also called", "alternativeNames"),
    IDENTIFIER("Identifier", "identifiers"), ENCODER_NOTE("Encoder's note", "encoderNotes"), BY("By", "author"),
    // Eras; a period's ends
    PERIOD("Period", "period"), SUMMARY("Summary", "summary"), SOURCE("Source", "source"), FROM("From", ""),
    TO("To", ""),
    // Policy lines
    STATEMENT("Statement", "statement"), ADOPTED("Adopted", "adopted"), ADOPTED_BY("Adopted by", "adoptedBy"),
    ADOPTED_AT("Adopted at", "adoptedAt"), ADOPTED_AT_EVENT("Adopted at event", "adoptedAtEvent"),
    ROLES("Roles", "roles"), IN_FORCE("In force", "inForce"), ERAS("Eras", "eras"),
    DURABILITY("Durability", "durability"), SUPERSEDES("Supersedes", "supersedes"), CONTINUES("Continues", "continues"),
    AMENDS("Amends", "amends"),
    // Events
    WHEN("When", "when"), PLACE("Place", "place"), PARTICIPANTS("Participants", "participants"),
    // Claims, their anchors, figures and assessments
    PARAPHRASE("Paraphrase", "statement"), ASSERTED_BY("Asserted by", "assertedBy"),
    EXTRACTED_BY("Extracted by", "extractedBy"), ABOUT("About", "about"), CAUSES("Causes", "causes"),
    EFFECTS("Effects", "effects"), JUSTIFIES("Justifies", "justifies"), REFERS_TO("Refers to", "refersTo"),
    RELATIONS("Relations", "relations"), FIGURES("Figures", "figures"), FIGURE("Figure", "figures"),
    ANCHOR("Anchor", "anchor"), OTHER_ANCHOR("Other anchor", "otherAnchors"), QUOTE("Quote", "exact"),
    BEFORE("Before", "prefix"), AFTER("After", "suffix"), OFFSETS("Offsets", "start"),
    ASSESSMENT("Assessment", "assessments"), ASSESSOR("Assessor", "assessor"), VERDICT("Verdict", "verdict"),
    RATING("Rating", "ratingLabel"), DATE("Date", "date"), REFERENCE("Reference", "references"),
    INDICATOR("Indicator", "indicator"), SECTOR("Sector", "sector"), WORDING("Wording", "wording"),
    STATED_AS("Stated as", "statedAs"), AMOUNT("Amount", "amount"), UP_TO("Up to", "upTo"), UNIT("Unit", "unit"),
    UCUM("UCUM", "ucum"), BASELINE_PERIOD("Baseline period", "baselinePeriod"),
    BASELINE_AMOUNT("Baseline amount", "baselineAmount"), STATUS("Status", "status"),
    // Sectors
    BROADER("Broader", "broader"), MAPPINGS("Mappings", "mappings");

    /** The key as written between the asterisks, without the colon. */
    final String key;
    /** The attribute of the model type the field holds, or "" for none. */
    final String attribute;
    /** The whole list item up to the value: {@code - **Key:**}. */
    final String item;

    Key(String key, String attribute) {
      this.key = key;
      this.attribute = attribute;
      this.item = "- **" + key + ":**";
    }
  }

  /** A field key that is followed by a language tag: {@code - **Label ko:** ...}. */
  static final String LABEL_PREFIX = Key.LABEL.key + " ";

  /** The key that opens a claim of dialect 2, followed by its id: {@code **Claim line-adopted:** kind, verdict}. */
  static final String CLAIM = "Claim";
  /**
   * In a claim's lead line, in place of the kind: the claim is a draft whose kind is not chosen yet
   * ({@code **Claim s12:** to-do, unverified}). A narrative cannot declare a kind with this code.
   */
  static final String NO_KIND_YET = ClaimKind.NO_KIND_YET;
  /** What opens the paragraph that names the source of a quotation: {@code — portal, code points 3..9}. */
  static final String ATTRIBUTION = "— ";
  /** The words of a compact attribution, after the source: offsets, then the context before and after. */
  static final String CODE_POINTS = ", code points ";
  static final String BEFORE_QUOTE = ", before \"";
  static final String AFTER_QUOTE = ", after \"";

  /** The priorities table under a policy line's fields. */
  static final Table PRIORITIES = Table.of("the priorities table", "Sector", "Mode", "Rank?", "Wording?");
  /** The mappings table under a sector's Mappings field. */
  static final Table MAPPINGS = Table.of("the mappings table", "Scheme", "Code", "Relation");
  /** The figures table under a claim's Figures field. */
  static final Table FIGURES = Table.of("the figures table", "Indicator", "Sector?", "Wording", "Status",
      "Stated as", "Amount?", "Up to?", "Unit?", "UCUM?", "Period?", "Baseline period?", "Baseline amount?");
  /** The codes a narrative declares, in the Vocabulary section. */
  static final Table VOCABULARY = Table.of("the vocabulary table", "Scheme", "Code", "Label", "Definition?",
      "Broader?");

  /**
   * A table of the dialect: its columns in order, some optional (left out by the writer when no
   * row has a value there). A table holds the required columns and any of the optional ones, in
   * this order.
   */
  static final class Table {
    /** A person's name for the table, in error messages. */
    final String what;
    final List<String> columns;
    private final boolean[] optional;

    private Table(String what, List<String> columns, boolean[] optional) {
      this.what = what;
      this.columns = columns;
      this.optional = optional;
    }

    /** A table of these columns; a name ending in '?' is an optional column. */
    static Table of(String what, String... names) {
      List<String> columns = new ArrayList<>();
      boolean[] optional = new boolean[names.length];
      for (int i = 0; i < names.length; i++) {
        optional[i] = names[i].endsWith("?");
        columns.add(optional[i] ? names[i].substring(0, names[i].length() - 1) : names[i]);
      }
      return new Table(what, List.copyOf(columns), optional);
    }

    /** Whether column {@code i} may be left out. */
    boolean isOptional(int i) {
      return optional[i];
    }

    /** The columns, optional ones marked, for error messages: {@code Sector | Mode | [Rank] | [Wording]}. */
    String describe() {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        names.add(optional[i] ? "[" + columns.get(i) + "]" : columns.get(i));
      }
      return String.join(" | ", names);
    }

    /** The header row with the columns {@code shown}. */
    String header(boolean[] shown) {
      StringBuilder row = new StringBuilder("|");
      for (int i = 0; i < columns.size(); i++) {
        if (shown[i]) {
          row.append(' ').append(columns.get(i)).append(" |");
        }
      }
      return row.toString();
    }

    /** The delimiter row for the columns {@code shown}. */
    String delimiter(boolean[] shown) {
      StringBuilder row = new StringBuilder("|");
      for (boolean column : shown) {
        if (column) {
          row.append(" --- |");
        }
      }
      return row.toString();
    }
  }
}
