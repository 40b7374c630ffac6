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
  ADOPTED("adopted"),
  ADOPTED_AT("adoptedAt"),
  ADOPTED_BY("adoptedBy"),
  ALTERNATIVE_NAMES("alternativeNames"),
  ANCHOR("anchor"),
  AS_WRITTEN("asWritten"),
  ASSERTED_BY("assertedBy"),
  ASSESSMENTS("assessments"),
  ASSESSOR("assessor"),
  BROADER("broader"),
  CALENDAR("calendar"),
  CAUSES("causes"),
  CLAIMS("claims"),
  CODE("code"),
  CONTINUES("continues"),
  DATE("date"),
  DESCRIPTION("description"),
  DURABILITY("durability"),
  EDTF("edtf"),
  EFFECTS("effects"),
  END("end"),
  ERAS("eras"),
  EXACT("exact"),
  EXTRACTED_BY("extractedBy"),
  FORMAT("format"),
  ID("id"),
  KIND("kind"),
  LABELS("labels"),
  LANGUAGE("language"),
  MAPPINGS("mappings"),
  MODE("mode"),
  NAME("name"),
  NOTE("note"),
  PERIOD("period"),
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
  SCHEME("scheme"),
  SECTOR("sector"),
  SECTORS("sectors"),
  SHA256("sha256"),
  SOURCE("source"),
  SOURCES("sources"),
  START("start"),
  STATEMENT("statement"),
  SUFFIX("suffix"),
  SUMMARY("summary"),
  SUPERSEDES("supersedes"),
  TITLE("title"),
  URL("url"),
  VERDICT("verdict"),
  VERSION("version"),
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
