package org.policynarrative.json;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules the reader checks and the JSON Schema cannot: every case in which the reader refuses a
 * document that the schema accepts must be one of these, recognized by the reader's message.
 * {@code io-json/README.md} lists the same ids, with the same reasons ({@link ReaderSchemaDifferentialTest}
 * checks both). One entry goes the other way round, a number too large for the validators' doubles.
 */
enum ReaderSchemaDifferences {

  DUPLICATE_KEY("duplicate-key",
      "JSON Schema validates the parsed value, in which an object has one value per name; the repetition in the "
          + "text is gone before the schema sees it (JSON.parse keeps the last value)",
      "duplicate field '", "duplicate language tag '"),
  SELF_REFERENCE("self-reference",
      "a line that supersedes, continues or amends itself, a sector or code that is its own broader one, a source "
          + "that translates itself, a claim related to itself: JSON Schema compares a value with constants and "
          + "patterns, never with another value of the same document (ajv's $data is not standard)",
      "must not name the line itself", "must not be the sector itself", "must not be the code itself",
      "must not name the source itself", "must not relate the claim to itself"),
  INVERTED_PERIOD("inverted-period",
      "a period whose start is after its end: comparing two dates is not a pattern's work (a pattern per pair of "
          + "precisions and qualifiers would be unreadable) and not JSON Schema's for the object form",
      "period is inverted"),
  ANCHOR_OFFSETS("anchor-offsets",
      "an anchor's end must not be before its start: comparing two numbers of the document, which JSON Schema "
          + "lacks (that end - start spans the quote is the validator's rule, which knows the text)",
      "Anchor.end must not be less than Anchor.start"),
  FIGURE_RANGE_ORDER("figure-range-order",
      "a range figure's upTo must be greater than its amount: comparing two numbers of the document",
      "must be greater than amount"),
  NUMBER_TEXT("number-text",
      "a number longer than 64 characters (DocumentLimits.MAX_NUMBER_LENGTH) or with an exponent beyond what a "
          + "decimal holds: JSON Schema sees a number's value, not how many digits its text has",
      "a number is longer than", "its exponent is beyond what a decimal holds"),
  NUMBER_BEYOND_DOUBLE("number-beyond-double",
      "a figure's decimal beyond the range of a binary double (about 1.8E+308 either way), such as 1E+400: the "
          + "reader keeps it exactly (what every format of the project reads and writes), but JSON Schema validators "
          + "parse numbers as doubles; networknt reads it as no number at all and ajv as Infinity, which its "
          + "strictNumbers refuses. JSON Schema cannot bound a number's magnitude beyond what its validator holds",
      false, "unknown found, number expected");

  private final String id;
  private final String reason;
  /** True when the reader refuses and the schema accepts; false the other way round. */
  private final boolean readerRefuses;
  /** Parts of the message that recognize it: the reader's, or else every error of the schema validator. */
  private final List<String> messages;

  ReaderSchemaDifferences(String id, String reason, String... messages) {
    this(id, reason, true, messages);
  }

  ReaderSchemaDifferences(String id, String reason, boolean readerRefuses, String... messages) {
    this.id = id;
    this.reason = reason;
    this.readerRefuses = readerRefuses;
    this.messages = List.of(messages);
  }

  String id() {
    return id;
  }

  String reason() {
    return reason;
  }

  /**
   * The difference that explains a disagreement: the reader's refusal (null when it reads the
   * document) and the schema validator's errors (empty when it accepts it).
   */
  static Optional<ReaderSchemaDifferences> explaining(String refusal, List<?> schemaErrors) {
    return Arrays.stream(values()).filter(d -> d.readerRefuses == (refusal != null))
        .filter(d -> d.messages.stream().anyMatch(m -> refusal != null ? refusal.contains(m)
            : schemaErrors.stream().allMatch(e -> e.toString().contains(m))))
        .findFirst();
  }

  static List<String> ids() {
    return Arrays.stream(values()).map(ReaderSchemaDifferences::id).toList();
  }
}
