package org.policynarrative.duckdb.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table of names of the export: every table and view, every column, its SQL type and what
 * it holds. The DDL, the {@code COMMENT ON} documentation inside the database, the Parquet files and
 * the documentation test all read it; {@link Rows} appends values in this column order.
 */
public final class Schema {

  /** A column: its name, DuckDB type and meaning. */
  public record Column(String name, String type, String comment) {}

  /** A table: its name, meaning and columns, in order. */
  public record Table(String name, String comment, List<Column> columns) {

    /** The {@code CREATE TABLE} statement. */
    public String ddl() {
      List<String> parts = new ArrayList<>();
      for (Column c : columns) {
        parts.add(c.name() + " " + c.type());
      }
      return "CREATE TABLE " + name + " (" + String.join(", ", parts) + ")";
    }
  }

  /** A view: its name, meaning and query. */
  public record View(String name, String comment, String query) {}

  private static final String NARRATIVE = "the narrative: its line in the corpus (narratives.narrative)";

  private static Column narrative() {
    return new Column("narrative", "BIGINT NOT NULL", NARRATIVE);
  }

  private static Column col(String name, String type, String comment) {
    return new Column(name, type, comment);
  }

  private static Table table(String name, String comment, Column... columns) {
    return new Table(name, comment, List.of(columns));
  }

  /** Every table, in load order. */
  public static final List<Table> TABLES = List.of(
      table("narratives", "One row per narrative of the corpus.",
          col("narrative", "BIGINT NOT NULL", "the 1-based line of the corpus where the narrative starts; the key every"
              + " other table joins on"),
          col("id", "VARCHAR NOT NULL", "the narrative's id (several editions may share one)"),
          col("version", "VARCHAR NOT NULL", "the narrative's version"),
          col("title", "VARCHAR NOT NULL", "the title"),
          col("language", "VARCHAR NOT NULL", "the BCP 47 language tag"),
          col("description", "VARCHAR", "the description"),
          col("date", "VARCHAR", "the narrative's date, EDTF: the latest publication date of its sources"),
          col("date_earliest", "DATE", "the first day the date may be"),
          col("date_latest", "DATE", "the last day the date may be")),
      table("sources", "The texts a narrative encodes.",
          narrative(),
          col("id", "VARCHAR NOT NULL", "the source's id"),
          col("title", "VARCHAR", "the title"),
          col("publisher", "VARCHAR", "the publisher"),
          col("published", "VARCHAR", "the publication date, EDTF (Gregorian)"),
          col("published_text", "VARCHAR", "the publication date in the source's own wording"),
          col("url", "VARCHAR", "where the text was read"),
          col("language", "VARCHAR", "the text's language"),
          col("sha256", "VARCHAR", "the SHA-256 of the text"),
          col("translation_of", "VARCHAR", "the id of the source this one translates")),
      table("eras", "The eras of a narrative, as the source dates them.",
          narrative(),
          col("id", "VARCHAR NOT NULL", "the era's id"),
          col("name", "VARCHAR NOT NULL", "the name"),
          col("period", "VARCHAR NOT NULL", "the period, EDTF (Gregorian)"),
          col("period_text", "VARCHAR NOT NULL", "the period in the source's own wording"),
          col("earliest", "DATE", "the first day the period may start; null when open or unknown"),
          col("latest", "DATE", "the last day the period may end; null when open or unknown"),
          col("chronological_order", "INTEGER NOT NULL", "1 for the earliest era of the narrative, then 2, ..."),
          col("summary", "VARCHAR", "the summary"),
          col("source", "VARCHAR", "the id of the source that dates it")),
      table("sectors", "The sectors of a narrative (a hierarchy through broader).",
          narrative(),
          col("id", "VARCHAR NOT NULL", "the sector's id"),
          col("name", "VARCHAR NOT NULL", "the name"),
          col("broader", "VARCHAR", "the id of the broader sector"),
          col("description", "VARCHAR", "the description")),
      table("policy_lines", "The strategic lines a narrative records.",
          narrative(),
          col("id", "VARCHAR NOT NULL", "the line's id"),
          col("position", "INTEGER NOT NULL", "1 for the narrative's first line, then 2, ... (data-set order)"),
          col("name", "VARCHAR NOT NULL", "the name"),
          col("statement", "VARCHAR", "the line as the source states it"),
          col("adopted", "VARCHAR", "when it was adopted, EDTF"),
          col("adopted_text", "VARCHAR", "when it was adopted, in the source's wording"),
          col("adopted_by", "VARCHAR", "who adopted it (free text of version-1 data)"),
          col("adopted_at", "VARCHAR", "where it was adopted (free text of version-1 data)"),
          col("adopted_at_event", "VARCHAR", "the id of the event where it was adopted"),
          col("in_force", "VARCHAR", "the period it was in force, EDTF"),
          col("durability", "VARCHAR NOT NULL", "the durability the source declares"),
          col("supersedes", "VARCHAR", "the id of the line it supersedes"),
          col("continues", "VARCHAR", "the id of the line it continues"),
          col("amends", "VARCHAR", "the id of the line it amends")),
      table("line_eras", "The eras a policy line counts in: those it lists, and those its in-force period overlaps"
          + " (the rule of SectorPriorityMatrix).",
          narrative(),
          col("line_id", "VARCHAR NOT NULL", "the policy line's id"),
          col("era_id", "VARCHAR NOT NULL", "the era's id"),
          col("how", "VARCHAR NOT NULL", "listed (in the line's eras) or in-force (its in-force period overlaps the era)")),
      table("priorities", "The sector priorities of each policy line.",
          narrative(),
          col("line_id", "VARCHAR NOT NULL", "the policy line's id"),
          col("line_position", "INTEGER NOT NULL", "the line's position (policy_lines.position)"),
          col("position", "INTEGER NOT NULL", "1 for the line's first priority, then 2, ..."),
          col("sector_id", "VARCHAR NOT NULL", "the sector's id"),
          col("mode", "VARCHAR NOT NULL", "the priority mode's code, built-in or the narrative's own"),
          col("built_in_mode", "VARCHAR", "the built-in mode it is or narrows; null when it narrows none"),
          col("strength", "INTEGER", "0 for the strongest built-in mode (top-priority), then 1, ...; null when it"
              + " narrows none (weaker than any)"),
          col("rank", "INTEGER", "the rank the source gives"),
          col("wording", "VARCHAR", "the source's words")),
      table("claims", "The claims: attributed assertions, anchored in a source.",
          narrative(),
          col("id", "VARCHAR NOT NULL", "the claim's id"),
          col("position", "INTEGER NOT NULL", "1 for the narrative's first claim, then 2, ... (data-set order)"),
          col("kind", "VARCHAR", "the claim kind's code; null while the claim is a draft"),
          col("built_in_kind", "VARCHAR", "the built-in kind it is or narrows"),
          col("statement", "VARCHAR", "the claim, paraphrased; null while the claim is a draft"),
          col("asserted_by", "VARCHAR", "who asserts it; null while the claim is a draft"),
          col("extracted_by", "VARCHAR", "who encoded it"),
          col("refers_to", "VARCHAR", "the period it is about, EDTF"),
          col("verdict", "VARCHAR NOT NULL", "the verdict of its assessments (unverified without any)"),
          col("anchor_source", "VARCHAR NOT NULL", "the id of the source its anchor quotes"),
          col("anchor_exact", "VARCHAR NOT NULL", "the quoted words"),
          col("anchor_start", "INTEGER", "the quote's first code point in the source text"),
          col("anchor_end", "INTEGER", "the code point after the quote")),
      table("claim_references", "What each claim is about, causes, effects and justifies: one row per reference"
          + " (named claim_references because REFERENCES is an SQL keyword).",
          narrative(),
          col("claim_id", "VARCHAR NOT NULL", "the claim's id"),
          col("claim_position", "INTEGER NOT NULL", "the claim's position (claims.position)"),
          col("role", "VARCHAR NOT NULL", "about, cause, effect or justifies"),
          col("position", "INTEGER NOT NULL", "1 for the first reference of that role, then 2, ..."),
          col("entity_kind", "VARCHAR NOT NULL", "era, sector, policy-line, source, actor or event"),
          col("entity_id", "VARCHAR NOT NULL", "the entity's id")),
      table("identifiers", "External identifiers (URIs or CURIEs such as wikidata:Q29452) of eras, sectors, policy"
          + " lines, actors and events: the join across narratives.",
          narrative(),
          col("entity_kind", "VARCHAR NOT NULL", "the entity's kind"),
          col("entity_id", "VARCHAR NOT NULL", "the entity's id"),
          col("identifier", "VARCHAR NOT NULL", "the identifier")),
      table("actors", "People, parties, states and bodies a narrative names.",
          narrative(),
          col("id", "VARCHAR NOT NULL", "the actor's id"),
          col("name", "VARCHAR NOT NULL", "the name"),
          col("kind", "VARCHAR NOT NULL", "person, organisation, party, state, international-body or other"),
          col("description", "VARCHAR", "the description")),
      table("line_roles", "Who adopted, drafted, implemented, endorsed or opposed a policy line.",
          narrative(),
          col("line_id", "VARCHAR NOT NULL", "the policy line's id"),
          col("role", "VARCHAR NOT NULL", "the role's code"),
          col("actor_id", "VARCHAR NOT NULL", "the actor's id")),
      table("events", "Congresses, plenary meetings and other events.",
          narrative(),
          col("id", "VARCHAR NOT NULL", "the event's id"),
          col("name", "VARCHAR NOT NULL", "the name"),
          col("period", "VARCHAR", "when it happened, EDTF"),
          col("period_text", "VARCHAR", "when it happened, in the source's wording"),
          col("earliest", "DATE", "the first day it may have started"),
          col("latest", "DATE", "the last day it may have ended"),
          col("place", "VARCHAR", "where"),
          col("summary", "VARCHAR", "the summary")),
      table("event_participants", "The actors who took part in an event.",
          narrative(),
          col("event_id", "VARCHAR NOT NULL", "the event's id"),
          col("actor_id", "VARCHAR NOT NULL", "the actor's id")),
      table("figures", "The figures claims state: targets, plans and results.",
          narrative(),
          col("claim_id", "VARCHAR NOT NULL", "the id of the claim that states it"),
          col("claim_position", "INTEGER NOT NULL", "that claim's position (claims.position)"),
          col("position", "INTEGER NOT NULL", "1 for the claim's first figure, then 2, ..."),
          col("indicator", "VARCHAR NOT NULL", "what is measured, such as steel output"),
          col("sector_id", "VARCHAR", "the sector it measures"),
          col("wording", "VARCHAR NOT NULL", "the source's words"),
          col("stated_as", "VARCHAR NOT NULL", "exact, approximate, at-least, at-most, range, multiple, percentage or"
              + " unquantified"),
          col("amount", "DOUBLE", "the amount, as a double for arithmetic"),
          col("amount_exact", "VARCHAR", "the amount exactly as stated (decimal text, scale kept)"),
          col("up_to", "DOUBLE", "the upper end of a range"),
          col("up_to_exact", "VARCHAR", "the upper end, exactly"),
          col("unit", "VARCHAR", "the unit in the source's words"),
          col("ucum", "VARCHAR", "the unit as UCUM"),
          col("period", "VARCHAR", "the period it refers to, EDTF"),
          col("earliest", "DATE", "the first day of that period"),
          col("latest", "DATE", "the last day of that period"),
          col("baseline_period", "VARCHAR", "the period of the baseline, EDTF"),
          col("baseline_amount_exact", "VARCHAR", "the baseline amount, exactly"),
          col("status", "VARCHAR NOT NULL", "target, plan or result")),
      table("assessments", "Independent assessments of claims (ClaimReview style).",
          narrative(),
          col("claim_id", "VARCHAR NOT NULL", "the claim's id"),
          col("assessor", "VARCHAR NOT NULL", "who assessed it"),
          col("verdict", "VARCHAR NOT NULL", "the verdict's code"),
          col("rating_label", "VARCHAR", "the assessor's own label"),
          col("date", "VARCHAR", "when, EDTF"),
          col("note", "VARCHAR", "the note")));

  /** Every view, created after the tables are loaded. */
  public static final List<View> VIEWS = List.of(
      new View("sector_priority_matrix", "The sector-priority matrix of each narrative (SectorPriorityMatrix):"
          + " per sector and era, the strongest priority of the lines that count in the era; on a tie, the first"
          + " line in data-set order.",
          "SELECT narrative, sector_id, era_id, mode FROM ("
              + "SELECT p.narrative, p.sector_id, e.era_id, p.mode, row_number() OVER ("
              + "PARTITION BY p.narrative, p.sector_id, e.era_id"
              + " ORDER BY coalesce(p.strength, 2147483647), p.line_position, p.position) AS pick"
              + " FROM priorities p JOIN line_eras e ON e.narrative = p.narrative AND e.line_id = p.line_id)"
              + " WHERE pick = 1"),
      new View("claims_about", "Which claims mention which entity, as subject, cause, effect or what they justify"
          + " (Narrative.claimsAbout): one row per claim and entity.",
          "SELECT DISTINCT narrative, entity_kind, entity_id, claim_id, claim_position FROM claim_references"));

  private Schema() {}

  /** The table named {@code name}. */
  public static Table table(String name) {
    return TABLES.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + name));
  }

  /** {@code text} as an SQL string literal. */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
