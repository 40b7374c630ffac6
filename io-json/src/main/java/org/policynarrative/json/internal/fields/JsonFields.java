package org.policynarrative.json.internal.fields;

import static org.policynarrative.json.internal.fields.JsonName.*;

import java.util.List;

/**
 * The one table of names of the JSON format: which fields each kind of object has, in canonical
 * order, which a reader requires, and which format version 2 added to the objects of version 1. Readers and writers use these; a new attribute is one name
 * in {@link JsonName}, one entry here, one line in its reader and one in its writer (and the schema).
 */
public final class JsonFields {

  public static final FieldTable NARRATIVE = FieldTable.of("narrative", "", FORMAT, ID, TITLE, LANGUAGE, VERSION,
      DESCRIPTION, VOCABULARY, SOURCES, ERAS, SECTORS, ACTORS, EVENTS, POLICY_LINES, CLAIMS)
      .requiring(FORMAT, ID, TITLE, LANGUAGE, VERSION).addedInVersion2(VOCABULARY, ACTORS, EVENTS);
  /** A code the narrative declares for one of its open vocabularies. */
  public static final FieldTable CODE_DEFINITION = FieldTable.of("code definition", "codeDefinition", SCHEME, CODE,
      LABEL, DEFINITION, BROADER).requiring(SCHEME, CODE, LABEL);
  public static final FieldTable SOURCE = FieldTable.of("source", "source", ID, TITLE, PUBLISHER, PUBLISHED, URL,
      LANGUAGE, TRANSLATION_OF, SHA256, NOTE, ENCODER_NOTES).requiring(ID)
      .addedInVersion2(TRANSLATION_OF, ENCODER_NOTES);
  public static final FieldTable ERA = FieldTable.of("era", "era", ID, NAME, LABELS, ALTERNATIVE_NAMES, PERIOD,
      SUMMARY, JsonName.SOURCE, IDENTIFIERS, ENCODER_NOTES).requiring(ID, NAME, PERIOD)
      .addedInVersion2(IDENTIFIERS, ENCODER_NOTES);
  public static final FieldTable SECTOR = FieldTable.of("sector", "sector", ID, NAME, LABELS, BROADER, MAPPINGS,
      DESCRIPTION, IDENTIFIERS, ENCODER_NOTES).requiring(ID, NAME).addedInVersion2(IDENTIFIERS, ENCODER_NOTES);
  public static final FieldTable SECTOR_MAPPING = FieldTable.of("sector mapping", "sectorMapping", SCHEME, CODE,
      RELATION).requiring(SCHEME, CODE, RELATION);
  public static final FieldTable ACTOR = FieldTable.of("actor", "actor", ID, NAME, LABELS, KIND, ALTERNATIVE_NAMES,
      DESCRIPTION, IDENTIFIERS, ENCODER_NOTES).requiring(ID, NAME, KIND);
  public static final FieldTable EVENT = FieldTable.of("event", "event", ID, NAME, LABELS, WHEN, PLACE, PARTICIPANTS,
      SUMMARY, IDENTIFIERS, ENCODER_NOTES).requiring(ID, NAME);
  public static final FieldTable POLICY_LINE = FieldTable.of("policy line", "policyLine", ID, NAME, LABELS,
      STATEMENT, ADOPTED, ADOPTED_BY, ADOPTED_AT, ADOPTED_AT_EVENT, ROLES, IN_FORCE, ERAS, PRIORITIES, DURABILITY,
      SUPERSEDES, CONTINUES, AMENDS, IDENTIFIERS, ENCODER_NOTES).requiring(ID, NAME)
      .addedInVersion2(LABELS, ADOPTED_AT_EVENT, ROLES, IN_FORCE, AMENDS, IDENTIFIERS, ENCODER_NOTES);
  /** An actor's part in a policy line. */
  public static final FieldTable LINE_ROLE = FieldTable.of("line role", "lineRole", ROLE, JsonName.ACTOR)
      .requiring(ROLE, JsonName.ACTOR);
  public static final FieldTable SECTOR_PRIORITY = FieldTable.of("sector priority", "sectorPriority",
      JsonName.SECTOR, MODE, RANK, WORDING).requiring(JsonName.SECTOR, MODE);
  public static final FieldTable CLAIM = FieldTable.of("claim", "claim", ID, STATEMENT, KIND, ABOUT, CAUSES, EFFECTS,
      JUSTIFIES, ASSERTED_BY, EXTRACTED_BY, REFERS_TO, JsonName.ANCHOR, OTHER_ANCHORS, FIGURES, RELATIONS,
      ENCODER_NOTES, ASSESSMENTS)
      .requiring(ID, JsonName.ANCHOR) // a draft may lack its statement, kind and assertedBy
      .addedInVersion2(JUSTIFIES, OTHER_ANCHORS, FIGURES, RELATIONS, ENCODER_NOTES);
  public static final FieldTable ANCHOR = FieldTable.of("anchor", "anchor", JsonName.SOURCE, EXACT, PREFIX, SUFFIX,
      START, END).requiring(JsonName.SOURCE, EXACT);
  /** A quantity a claim states. */
  public static final FieldTable FIGURE = FieldTable.of("figure", "figure", INDICATOR, JsonName.SECTOR, WORDING,
      STATED_AS, AMOUNT, UP_TO, UNIT, UCUM, PERIOD, BASELINE_PERIOD, BASELINE_AMOUNT, STATUS)
      .requiring(INDICATOR, WORDING, STATED_AS, STATUS);
  /** A claim's relation to another claim. */
  public static final FieldTable CLAIM_RELATION = FieldTable.of("claim relation", "claimRelation", TYPE,
      JsonName.CLAIM).requiring(TYPE, JsonName.CLAIM);
  public static final FieldTable ASSESSMENT = FieldTable.of("assessment", "assessment", ASSESSOR, VERDICT,
      RATING_LABEL, DATE, NOTE, REFERENCES).requiring(ASSESSOR, VERDICT);
  /** A remark of the encoder's about any entity. */
  public static final FieldTable ENCODER_NOTE = FieldTable.of("encoder's note", "encoderNote", TEXT, AUTHOR)
      .requiring(TEXT);
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
  public static final List<FieldTable> ALL = List.of(NARRATIVE, CODE_DEFINITION, SOURCE, ERA, SECTOR, SECTOR_MAPPING,
      ACTOR, EVENT, POLICY_LINE, LINE_ROLE, SECTOR_PRIORITY, CLAIM, ANCHOR, FIGURE, CLAIM_RELATION, ASSESSMENT,
      ENCODER_NOTE, WORDED_DATE, PERIOD_OBJECT);

  private JsonFields() {}
}
