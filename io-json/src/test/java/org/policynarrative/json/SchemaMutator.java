package org.policynarrative.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.policynarrative.testing.EdtfCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Breaks one rule of the JSON format at a time in a valid document, for
 * {@link ReaderSchemaDifferentialTest}. Each {@link Rule} changes one value (or one name) of a
 * copy of the document: the generic rules draw the new value from a family of near misses (blank
 * looking text, language-tag-like strings, EDTF-like strings, slug-like strings, numbers written as
 * decimals), so that a mutant may break the rule or keep it; the targeted rules break a rule that
 * JSON Schema cannot express. The mutator never says whether a mutant is valid: the reader and the
 * schema each decide, and the test compares.
 */
final class SchemaMutator {

  /** What a mutation changes. */
  enum Rule {
    /** Nothing: the document as the writer wrote it. */
    NONE,
    /** Removes one field of one object. */
    REMOVE_FIELD,
    /** Adds a field no object has. */
    UNKNOWN_FIELD,
    /** Replaces one value with a value of another JSON type. */
    WRONG_TYPE,
    /** Replaces one text with a string of white space, controls, U+FEFF, format characters or a letter. */
    TEXT,
    /** Replaces one language tag (a value or a label's key) with a tag-like string. */
    LANGUAGE_TAG,
    /** Replaces one date or period string with a string of the shared EDTF corpus or a day around month ends. */
    DATE,
    /** Replaces one id or reference with a slug-like string. */
    SLUG,
    /** Replaces one code (an enum or vocabulary code) with another code or a non-code. */
    CODE,
    /** Replaces the format version with a version-like string (leading zeros, long numbers, other majors). */
    FORMAT_VERSION,
    /** Writes an integer (rank, anchor offsets) as a decimal, whole or not, or out of range. */
    INTEGER_FORM,
    /** Writes a figure's decimal in another form, or too long, or with an exponent beyond a decimal's. */
    DECIMAL_FORM,
    /** Gives an assessment no references, or a verdict that needs them. */
    ASSESSMENT_REFERENCES,
    /** Adds a label whose language tag (a field name) is around the reader's limit of 1,000 characters. */
    LONG_NAME,
    /** Repeats a field of an object (or a tag of labels). */
    DUPLICATE_KEY,
    /** Makes an object refer to itself: a line superseding itself, a sector its own broader sector, ... */
    SELF_REFERENCE,
    /** Makes a period start after it ends. */
    INVERTED_PERIOD,
    /** Makes an anchor's offsets run backwards (end before start). */
    ANCHOR_BACKWARDS,
    /** Makes an anchor's offsets span one code point more than its quote. */
    ANCHOR_LENGTH,
    /** Makes a range figure's upper end not greater than its lower end. */
    FIGURE_RANGE,
    /** Leaves out a claim's kind, statement or assertedBy (a draft claim of issue 15). */
    CLAIM_DRAFT
  }

  /** A mutated document: the rule applied, where, and the JSON text. */
  record Mutant(Rule rule, String where, String json) {
    @Override
    public String toString() {
      return rule + " at " + where;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String DUPLICATE_MARKER = "__duplicate-marker-9f1c2e__";

  private static final Set<String> TEXTS = Set.of("title", "version", "description", "name", "label", "definition",
      "publisher", "url", "note", "summary", "alternativeNames", "place", "statement", "adoptedBy", "adoptedAt",
      "wording", "assertedBy", "extractedBy", "indicator", "unit", "assessor", "ratingLabel", "references", "text",
      "author", "asWritten", "scheme", "code");
  private static final Set<String> DATES = Set.of("published", "period", "when", "adopted", "inForce", "refersTo",
      "date", "baselinePeriod", "edtf", "start", "end");
  private static final Set<String> SLUGS = Set.of("id", "source", "broader", "translationOf", "adoptedAtEvent",
      "supersedes", "continues", "amends", "sector", "actor", "claim", "code", "participants", "eras", "about",
      "causes", "effects", "justifies");
  private static final Set<String> CODES = Set.of("scheme", "relation", "kind", "role", "mode", "durability",
      "statedAs", "status", "type", "verdict", "calendar");
  private static final List<String> SOME_CODES = List.of("exact", "close", "person", "party", "adopted-by",
      "preferential", "top-priority", "permanent", "unstated", "range", "unquantified", "result", "fulfils",
      "supported", "unverified", "juche", "gregorian", "claim-kind", "achievement", "statistic", "Exact", "",
      "not-a-code", "range ", "top_priority");
  private static final List<String> BLANKISH = List.of(" ", "\u00A0", "\uFEFF", "\t", "\n", "\r", "\u0000",
      "\u0001", "\u001F", "\u007F", "\u0085", "\u009F", "\u2007", "\u202F", "\u200B", "\u3000", "\u2028", "\u1680",
      "\u205F", "\u180E", "\u2060", "\u0301", "\u202E", "a", "\uD83D\uDE00", "\u00AD");
  private static final List<String> SUBTAGS = List.of("en", "ko", "i", "x", "a", "u", "t", "zh", "KP", "419", "1996",
      "Hant", "abc", "abcd", "abcde", "abcdefgh", "abcdefghi", "1a2b", "12", "1234", "klingon", "oed", "GB", "ca",
      "min", "nan", "");
  private static final List<String> WHOLE_TAGS = List.of("i-klingon", "I-KLINGON", "en-GB-oed", "i-default",
      "sgn-BE-FR", "zh-min-nan", "art-lojban", "x-private", "en-a", "zh-x", "en-x-a", "en-a-bb-a-cc", "de-1901-1901",
      "en-u-ca-buddhist", "qaa", "EN", "en-US-u-ab-cd", "en-abc-def-ghi", "en-abc-def-ghi-jkl");
  private static final List<String> VERSION_NUMBERS = List.of("0", "1", "2", "3", "01", "02", "00", "10", "2",
      "123456789", "1234567890", "00000000000000000001", "");

  private final List<String> edtfStrings;

  /** A mutator whose date strings come from the shared EDTF corpus of {@code seed}. */
  SchemaMutator(long seed) {
    List<String> strings = new ArrayList<>(EdtfCorpus.generate(seed, 600));
    strings.addAll(List.of("1953-02-29", "1952-02-29", "1900-02-29", "2000-02-29", "1953-02-30", "1953-04-31",
        "1953-12-31", "-0004-02-29", "1953-13", "1953-00", "1960/1953", "1953/1960", "2000/..", "../1953", "1985/",
        "/1985", "../..", "", "Juche 42 (1953)", "1953-21", "1953-25"));
    this.edtfStrings = List.copyOf(strings);
  }

  /** The document unchanged, then {@code count} mutants of it, each breaking one rule drawn at random. */
  List<Mutant> mutants(ObjectNode document, Random random, int count) {
    List<Mutant> mutants = new ArrayList<>();
    mutants.add(new Mutant(Rule.NONE, "", write(document)));
    Rule[] rules = Rule.values();
    for (int tries = 0; mutants.size() <= count && tries < count * 10; tries++) {
      Rule rule = rules[1 + random.nextInt(rules.length - 1)];
      ObjectNode copy = document.deepCopy();
      String[] duplicate = new String[1];
      String where = apply(rule, copy, random, duplicate).orElse(null);
      if (where != null) {
        String json = write(copy);
        if (duplicate[0] != null) {
          json = json.replace("\"" + DUPLICATE_MARKER + "\":0", duplicate[0]);
        }
        mutants.add(new Mutant(rule, where, json));
      }
    }
    return mutants;
  }

  private static String write(JsonNode document) {
    return MAPPER.writeValueAsString(document);
  }

  /** Applies {@code rule} to {@code doc}; the place changed, or null when the document has no place for it. */
  private Optional<String> apply(Rule rule, ObjectNode doc, Random random, String[] duplicate) {
    List<Slot> slots = Slot.all(doc);
    return switch (rule) {
      case NONE -> Optional.of("");
      case REMOVE_FIELD -> pick(slots, s -> s.object() != null, random).map(Slot::remove);
      case UNKNOWN_FIELD -> pick(objects(doc), o -> true, random).map(o -> {
        o.node().put("unexpectedField", 1);
        return o.pointer() + "/unexpectedField";
      });
      case WRONG_TYPE -> pick(slots, s -> true, random).map(s -> s.set(List.of(NODES.nullNode(),
          NODES.booleanNode(true), NODES.numberNode(1), NODES.numberNode(new BigDecimal("1.5")), NODES.stringNode("x"),
          NODES.arrayNode(), NODES.objectNode()).get(random.nextInt(7))));
      case TEXT -> pick(slots, s -> TEXTS.contains(s.name()) && s.value().isString(), random)
          .map(s -> s.set(NODES.stringNode(draw(BLANKISH, 0, 3, random))));
      case LANGUAGE_TAG -> languageTag(doc, slots, random);
      case DATE -> pick(slots, s -> DATES.contains(s.name()) && s.value().isString(), random)
          .map(s -> s.set(NODES.stringNode(edtfStrings.get(random.nextInt(edtfStrings.size())))));
      case SLUG -> pick(slots, s -> SLUGS.contains(s.name()) && s.value().isString(), random)
          .map(s -> s.set(NODES.stringNode(slugLike(s.value().asString(), random))));
      case CODE -> pick(slots, s -> CODES.contains(s.name()) && s.value().isString(), random)
          .map(s -> s.set(NODES.stringNode(SOME_CODES.get(random.nextInt(SOME_CODES.size())))));
      case FORMAT_VERSION -> {
        String minor = random.nextBoolean() ? "" : "." + VERSION_NUMBERS.get(random.nextInt(VERSION_NUMBERS.size()));
        doc.put("format", "policy-narrative/" + VERSION_NUMBERS.get(random.nextInt(VERSION_NUMBERS.size())) + minor);
        yield Optional.of("/format");
      }
      case INTEGER_FORM -> integerForm(doc, slots, random);
      case DECIMAL_FORM -> pick(slots, s -> Set.of("amount", "upTo", "baselineAmount").contains(s.name()), random)
          .map(s -> s.setRaw(List.of("-0", "0.000", "1E+3", "1e-3", "5.350", "1" + "0".repeat(63),
              "1" + "0".repeat(64), "0." + "0".repeat(62) + "1", "1e999999999", "1e9999999999", "-1e-9999999999",
              "1.0E+2147483648").get(random.nextInt(12))));
      case ASSESSMENT_REFERENCES -> pick(objectsIn(doc, "assessments"), o -> true, random).map(o -> {
        switch (random.nextInt(3)) {
          case 0 -> o.node().set("references", NODES.arrayNode());
          case 1 -> o.node().remove("references");
          default -> o.node().put("verdict", random.nextBoolean() ? "supported" : "unverified");
        }
        return o.pointer();
      });
      case LONG_NAME -> pick(objects(doc), o -> o.node().has("name") && o.pointer().split("/").length == 3, random)
          .map(o -> {
            ObjectNode labels = o.node().has("labels") ? (ObjectNode) o.node().get("labels") : o.node().putObject("labels");
            labels.put(longTag(List.of(999, 1000, 1001, 1200).get(random.nextInt(4))), "label");
            return o.pointer() + "/labels";
          });
      case DUPLICATE_KEY -> pick(objects(doc), o -> !o.node().isEmpty(), random).map(o -> {
        List<String> names = new ArrayList<>(o.node().propertyNames());
        String name = names.get(random.nextInt(names.size()));
        duplicate[0] = MAPPER.writeValueAsString(NODES.objectNode().set(name, o.node().get(name)))
            .replaceAll("^\\{|\\}$", "");
        o.node().put(DUPLICATE_MARKER, 0);
        return o.pointer() + "/" + name;
      });
      case SELF_REFERENCE -> selfReference(doc, random);
      case INVERTED_PERIOD -> pick(slots, s -> Set.of("period", "when", "inForce", "refersTo", "baselinePeriod")
          .contains(s.name()), random).map(s -> s.set(List.<JsonNode>of(NODES.stringNode("1960/1953"),
          NODES.stringNode("1953-08/1953-07"), NODES.stringNode("2000~/1999"),
          MAPPER.readTree("{\"start\": \"1960\", \"end\": {\"edtf\": \"1953\", \"asWritten\": \"Juche 42\"}}"))
          .get(random.nextInt(4))));
      case ANCHOR_BACKWARDS -> pick(anchors(doc), o -> true, random).map(o -> {
        o.node().put("start", 10);
        o.node().put("end", 9);
        return o.pointer();
      });
      case ANCHOR_LENGTH -> pick(anchors(doc), o -> true, random).map(o -> {
        String exact = o.node().get("exact").asString();
        int start = random.nextInt(1000);
        o.node().put("start", start);
        o.node().put("end", start + exact.codePointCount(0, exact.length()) + (random.nextBoolean() ? 1 : -1));
        return o.pointer();
      });
      case FIGURE_RANGE -> pick(objectsIn(doc, "figures"), o -> true, random).map(o -> {
        o.node().put("statedAs", "range");
        o.node().put("amount", 5);
        o.node().put("upTo", random.nextBoolean() ? 5 : 3);
        return o.pointer();
      });
      case CLAIM_DRAFT -> pick(objectsIn(doc, "claims"), o -> o.pointer().split("/").length == 3, random).map(o -> {
        String field = List.of("kind", "statement", "assertedBy").get(random.nextInt(3));
        o.node().remove(field);
        return o.pointer() + "/" + field;
      });
    };
  }

  private Optional<String> languageTag(ObjectNode doc, List<Slot> slots, Random random) {
    String tag = random.nextInt(4) == 0 ? WHOLE_TAGS.get(random.nextInt(WHOLE_TAGS.size())) : tagLike(random);
    List<Slot> labelKeys = new ArrayList<>();
    for (Node o : objects(doc)) {
      if (o.pointer().endsWith("/labels")) {
        o.node().propertyNames().forEach(k -> labelKeys.add(Slot.field(o.node(), k, o.pointer() + "/" + k)));
      }
    }
    if (!labelKeys.isEmpty() && random.nextBoolean()) {
      Slot key = labelKeys.get(random.nextInt(labelKeys.size()));
      ObjectNode labels = key.object();
      JsonNode value = labels.remove(key.field());
      labels.set(tag, value);
      return Optional.of(key.pointer() + " -> " + tag);
    }
    return pick(slots, s -> s.name().equals("language") && s.value().isString(), random)
        .map(s -> s.set(NODES.stringNode(tag)));
  }

  private static String tagLike(Random random) {
    StringBuilder tag = new StringBuilder(SUBTAGS.get(random.nextInt(SUBTAGS.size())));
    for (int i = random.nextInt(5); i > 0; i--) {
      tag.append('-').append(SUBTAGS.get(random.nextInt(SUBTAGS.size())));
    }
    return tag.toString();
  }

  /** A well-formed tag of exactly {@code length} characters: {@code en-x-} and private-use subtags. */
  private static String longTag(int length) {
    StringBuilder tag = new StringBuilder("en-x");
    int remaining = length - tag.length();
    while (remaining > 0) {
      int take = remaining > 9 ? Math.min(9, remaining - 2) : remaining;
      tag.append('-').append("a".repeat(take - 1));
      remaining -= take;
    }
    return tag.toString();
  }

  private static String slugLike(String old, Random random) {
    int colon = old.indexOf(':');
    String prefix = colon > 0 && random.nextBoolean() ? old.substring(0, colon + 1) : "";
    return prefix + draw(List.of("a", "z9", "-", "A", "0", "_", " ", "\u00E9", "era:", ".", "a-b"), 0, 3, random);
  }

  private Optional<String> integerForm(ObjectNode doc, List<Slot> slots, Random random) {
    if (random.nextBoolean()) {
      return pick(slots, s -> s.name().equals("rank"), random).map(s -> s.setRaw(List.of("1.0", "8.7e1", "1E2",
          "1e0", "0.5", "2147483647", "2147483647.0", "2147483648", "2.147483648E9", "-0.0", "0", "-1", "1.5",
          "10000000000", "1e999999999", "2.1474836470e9").get(random.nextInt(16))));
    }
    return pick(anchors(doc), o -> true, random).map(o -> {
      String exact = o.node().get("exact").asString();
      long start = List.of(0L, 1L, 87L, 1000L, 2147483640L).get(random.nextInt(5));
      long end = start + exact.codePointCount(0, exact.length());
      int style = random.nextInt(4);
      o.node().putRawValue("start", new RawValue(numberForm(start, style)));
      o.node().putRawValue("end", new RawValue(numberForm(end, style)));
      return o.pointer() + " " + numberForm(start, style) + ".." + numberForm(end, style);
    });
  }

  /** {@code value} as written plainly (0), with a zero fraction (1), with an exponent (2) or as {@code NE0} (3). */
  static String numberForm(long value, int style) {
    return switch (style) {
      case 0 -> Long.toString(value);
      case 1 -> value + ".0";
      case 2 -> {
        String digits = Long.toString(value);
        yield digits.length() == 1 ? digits + "e0"
            : digits.charAt(0) + "." + digits.substring(1) + "e" + (digits.length() - 1);
      }
      default -> value + "E0";
    };
  }

  private Optional<String> selfReference(ObjectNode doc, Random random) {
    List<String> choices = new ArrayList<>();
    for (Map.Entry<String, List<String>> kind : Map.of("policyLines", List.of("supersedes", "continues", "amends"),
        "sectors", List.of("broader"), "vocabulary", List.of("broader"), "sources", List.of("translationOf"),
        "claims", List.of("relations")).entrySet()) {
      if (doc.get(kind.getKey()) instanceof ArrayNode array && !array.isEmpty()) {
        kind.getValue().forEach(field -> choices.add(kind.getKey() + " " + field));
      }
    }
    if (choices.isEmpty()) {
      return Optional.empty();
    }
    String[] choice = choices.get(random.nextInt(choices.size())).split(" ");
    ArrayNode array = (ArrayNode) doc.get(choice[0]);
    int index = random.nextInt(array.size());
    ObjectNode object = (ObjectNode) array.get(index);
    String self = object.get(choice[0].equals("vocabulary") ? "code" : "id").asString();
    if (choice[1].equals("relations")) {
      ArrayNode relations = object.has("relations") ? (ArrayNode) object.get("relations") : object.putArray("relations");
      relations.addObject().put("type", "repeats").put("claim", self);
    } else {
      object.put(choice[1], self);
    }
    return Optional.of("/" + choice[0] + "/" + index + "/" + choice[1]);
  }

  private static String draw(List<String> pieces, int min, int max, Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
      text.append(pieces.get(random.nextInt(pieces.size())));
    }
    return text.toString();
  }

  private static <T> Optional<T> pick(List<T> candidates, Predicate<T> filter, Random random) {
    List<T> matching = candidates.stream().filter(filter).toList();
    return matching.isEmpty() ? Optional.empty()
        : Optional.of(matching.get(random.nextInt(matching.size())));
  }

  // ---------------------------------------------------------------- the tree

  /** An object of the document and its JSON Pointer. */
  record Node(ObjectNode node, String pointer) {}

  private static List<Node> objects(ObjectNode doc) {
    List<Node> objects = new ArrayList<>();
    collect(doc, "", objects);
    return objects;
  }

  private static void collect(JsonNode node, String pointer, List<Node> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(new Node(object, pointer));
      object.properties().forEach(e -> collect(e.getValue(), pointer + "/" + e.getKey(), objects));
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        collect(array.get(i), pointer + "/" + i, objects);
      }
    }
  }

  /** The objects that are elements of an array named {@code field}, anywhere. */
  private static List<Node> objectsIn(ObjectNode doc, String field) {
    return objects(doc).stream().filter(o -> o.pointer().matches(".*/" + field + "/[0-9]+")).toList();
  }

  private static List<Node> anchors(ObjectNode doc) {
    return objects(doc).stream().filter(o -> o.pointer().matches(".*/(anchor|otherAnchors/[0-9]+)")).toList();
  }

  /**
   * A place that holds a value: a field of an object or an element of an array; {@link #name()} is
   * the field's name, or for an element the name of its array.
   */
  record Slot(ObjectNode object, ArrayNode array, String field, int index, String pointer) {

    static Slot field(ObjectNode object, String field, String pointer) {
      return new Slot(object, null, field, -1, pointer);
    }

    static List<Slot> all(ObjectNode doc) {
      List<Slot> slots = new ArrayList<>();
      collect(doc, "", null, slots);
      return slots;
    }

    private static void collect(JsonNode node, String pointer, String name, List<Slot> slots) {
      if (node instanceof ObjectNode object) {
        for (String field : new ArrayList<>(object.propertyNames())) {
          Slot slot = field(object, field, pointer + "/" + field);
          slots.add(slot);
          collect(object.get(field), slot.pointer(), field, slots);
        }
      } else if (node instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          Slot slot = new Slot(null, array, name, i, pointer + "/" + i);
          slots.add(slot);
          collect(array.get(i), slot.pointer(), name, slots);
        }
      }
    }

    String name() {
      return field == null ? "" : field;
    }

    JsonNode value() {
      return object != null ? object.get(field) : array.get(index);
    }

    String set(JsonNode value) {
      if (object != null) {
        object.set(field, value);
      } else {
        array.set(index, value);
      }
      return pointer + " = " + abbreviate(value.toString());
    }

    String setRaw(String number) {
      if (object != null) {
        object.putRawValue(field, new RawValue(number));
      } else {
        array.set(index, NODES.rawValueNode(new RawValue(number)));
      }
      return pointer + " = " + abbreviate(number);
    }

    String remove() {
      if (object != null) {
        object.remove(field);
      } else {
        array.remove(index);
      }
      return pointer + " removed";
    }

    private static String abbreviate(String text) {
      String escaped = text.codePoints().mapToObj(c -> c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xFEFF
          || (c >= 0x2000 && c <= 0x206F) ? String.format(Locale.ROOT, "\\u%04X", c) : Character.toString(c))
          .reduce("", String::concat);
      return escaped.length() <= 80 ? escaped : escaped.substring(0, 80) + "...";
    }
  }
}
