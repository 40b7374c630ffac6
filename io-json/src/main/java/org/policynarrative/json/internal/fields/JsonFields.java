package org.policynarrative.json.internal.fields;

import static org.policynarrative.json.internal.fields.JsonName.*;

import java.util.List;

/**
 * The one table of names of the JSON format: which fields each kind of object has, in canonical
 * order, and which a reader requires. Readers and writers use these; a new attribute is one name
 * in {@link JsonName}, one entry here, one line in its reader and one in its writer (and the schema).
 */
public final class JsonFields {

  public static final FieldTable NARRATIVE = FieldTable.of("narrative", "", FORMAT, ID, TITLE, LANGUAGE, VERSION,
      DESCRIPTION, SOURCES, ERAS, SECTORS, POLICY_LINES, CLAIMS).requiring(FORMAT, ID, TITLE, LANGUAGE, VERSION);
  public static final FieldTable SOURCE = FieldTable.of("source", "source", ID, TITLE, PUBLISHER, PUBLISHED, URL,
      LANGUAGE, SHA256, NOTE).requiring(ID);
  public static final FieldTable ERA = FieldTable.of("era", "era", ID, NAME, LABELS, ALTERNATIVE_NAMES, PERIOD,
      SUMMARY, JsonName.SOURCE).requiring(ID, NAME, PERIOD);
  public static final FieldTable SECTOR = FieldTable.of("sector", "sector", ID, NAME, LABELS, BROADER, MAPPINGS,
      DESCRIPTION).requiring(ID, NAME);
  public static final FieldTable SECTOR_MAPPING = FieldTable.of("sector mapping", "sectorMapping", SCHEME, CODE,
      RELATION).requiring(SCHEME, CODE, RELATION);
  public static final FieldTable POLICY_LINE = FieldTable.of("policy line", "policyLine", ID, NAME, STATEMENT,
      ADOPTED, ADOPTED_BY, ADOPTED_AT, ERAS, PRIORITIES, DURABILITY, SUPERSEDES, CONTINUES).requiring(ID, NAME);
  public static final FieldTable SECTOR_PRIORITY = FieldTable.of("sector priority", "sectorPriority",
      JsonName.SECTOR, MODE, RANK, WORDING).requiring(JsonName.SECTOR, MODE);
  public static final FieldTable CLAIM = FieldTable.of("claim", "claim", ID, STATEMENT, KIND, ABOUT, CAUSES, EFFECTS,
      ASSERTED_BY, EXTRACTED_BY, REFERS_TO, JsonName.ANCHOR, ASSESSMENTS)
      .requiring(ID, STATEMENT, KIND, ASSERTED_BY, JsonName.ANCHOR);
  public static final FieldTable ANCHOR = FieldTable.of("anchor", "anchor", JsonName.SOURCE, EXACT, PREFIX, SUFFIX,
      START, END).requiring(JsonName.SOURCE, EXACT);
  public static final FieldTable ASSESSMENT = FieldTable.of("assessment", "assessment", ASSESSOR, VERDICT,
      RATING_LABEL, DATE, NOTE, REFERENCES).requiring(ASSESSOR, VERDICT);
  /** A date in the source's own words; a plain date is an EDTF string. */
  public static final FieldTable WORDED_DATE = FieldTable.of("date", "worded", EDTF, AS_WRITTEN, CALENDAR)
      .requiring(EDTF, AS_WRITTEN);
  /**
   * A period that is not an EDTF string: an interval ({@code start}, {@code end}) or one worded date
   * ({@link #WORDED_DATE}'s fields); which fields it needs depends on which it is.
   */
  public static final FieldTable PERIOD_OBJECT = FieldTable.of("period", "period", START, END, EDTF, AS_WRITTEN,
      CALENDAR);

  /** Every table, for tests. */
  public static final List<FieldTable> ALL = List.of(NARRATIVE, SOURCE, ERA, SECTOR, SECTOR_MAPPING, POLICY_LINE,
      SECTOR_PRIORITY, CLAIM, ANCHOR, ASSESSMENT, WORDED_DATE, PERIOD_OBJECT);

  private JsonFields() {}
}
