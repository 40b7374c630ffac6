package org.policynarrative.json.internal.fields;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Every field name of the JSON format, each spelled here once: the readers match these, the
 * writers write them (pre-encoded, so a generator copies the bytes), and {@link JsonFields} says
 * which of them each kind of object has. A test checks them against the JSON Schema.
 */
public enum JsonName {
  ABOUT("about"),
  ACTOR("actor"),
  ACTORS("actors"),
  ADOPTED("adopted"),
  ADOPTED_AT("adoptedAt"),
  ADOPTED_AT_EVENT("adoptedAtEvent"),
  ADOPTED_BY("adoptedBy"),
  ALTERNATIVE_NAMES("alternativeNames"),
  AMENDS("amends"),
  AMOUNT("amount"),
  ANCHOR("anchor"),
  ASSERTED_BY("assertedBy"),
  ASSESSMENTS("assessments"),
  ASSESSOR("assessor"),
  AS_WRITTEN("asWritten"),
  AUTHOR("author"),
  BASELINE_AMOUNT("baselineAmount"),
  BASELINE_PERIOD("baselinePeriod"),
  BROADER("broader"),
  CALENDAR("calendar"),
  CAUSES("causes"),
  CLAIM("claim"),
  CLAIMS("claims"),
  CODE("code"),
  CONTINUES("continues"),
  DATE("date"),
  DEFINITION("definition"),
  DESCRIPTION("description"),
  DURABILITY("durability"),
  EDTF("edtf"),
  EFFECTS("effects"),
  ENCODER_NOTES("encoderNotes"),
  END("end"),
  ERAS("eras"),
  EVENTS("events"),
  EXACT("exact"),
  EXTRACTED_BY("extractedBy"),
  FIGURES("figures"),
  FORMAT("format"),
  ID("id"),
  IDENTIFIERS("identifiers"),
  INDICATOR("indicator"),
  IN_FORCE("inForce"),
  JUSTIFIES("justifies"),
  KIND("kind"),
  LABEL("label"),
  LABELS("labels"),
  LANGUAGE("language"),
  MAPPINGS("mappings"),
  MODE("mode"),
  NAME("name"),
  NOTE("note"),
  OTHER_ANCHORS("otherAnchors"),
  PARTICIPANTS("participants"),
  PERIOD("period"),
  PLACE("place"),
  POLICY_LINES("policyLines"),
  PREFIX("prefix"),
  PRIORITIES("priorities"),
  PUBLISHED("published"),
  PUBLISHER("publisher"),
  RANK("rank"),
  RATING_LABEL("ratingLabel"),
  REFERENCES("references"),
  REFERS_TO("refersTo"),
  RELATION("relation"),
  RELATIONS("relations"),
  ROLE("role"),
  ROLES("roles"),
  SCHEME("scheme"),
  SECTOR("sector"),
  SECTORS("sectors"),
  SHA256("sha256"),
  SOURCE("source"),
  SOURCES("sources"),
  START("start"),
  STATED_AS("statedAs"),
  STATEMENT("statement"),
  STATUS("status"),
  SUFFIX("suffix"),
  SUMMARY("summary"),
  SUPERSEDES("supersedes"),
  TEXT("text"),
  TITLE("title"),
  TRANSLATION_OF("translationOf"),
  TYPE("type"),
  UCUM("ucum"),
  UNIT("unit"),
  UP_TO("upTo"),
  URL("url"),
  VERDICT("verdict"),
  VERSION("version"),
  VOCABULARY("vocabulary"),
  WHEN("when"),
  WORDING("wording");

  private final String text;
  private final SerializableString encoded;

  JsonName(String text) {
    this.text = text;
    this.encoded = new SerializedString(text);
  }

  /** The name as it stands in a document, such as {@code policyLines}. */
  public String text() {
    return text;
  }

  /** The name encoded once, for {@code JsonGenerator.writeName}. */
  public SerializableString encoded() {
    return encoded;
  }
}
