package org.policynarrative.json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The schema a cluster's JSON reader needs to read a JSON Lines corpus as it is, generated from the
 * JSON Schema of the format (so it follows every new field): a Spark DDL string and a Flink
 * {@code CREATE TABLE}. A value the JSON Schema allows in several shapes (a date is an EDTF string
 * or a worded-date object) is a STRING, which both engines fill with the raw JSON text of an
 * object; a JSON number is a STRING too, so that decimals keep their exact digits.
 */
final class ClusterSchemas {

  /** Which engine's type syntax to write. */
  enum Dialect { SPARK, FLINK }

  private final JsonNode schema;
  private final Dialect dialect;

  private ClusterSchemas(JsonNode schema, Dialect dialect) {
    this.schema = schema;
    this.dialect = dialect;
  }

  /** The top-level columns, {@code name TYPE} each, in the schema's order. */
  static List<String> columns(JsonNode schema, Dialect dialect) {
    ClusterSchemas generator = new ClusterSchemas(schema, dialect);
    List<String> columns = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
      columns.add("`" + property.getKey() + "` " + generator.type(property.getValue(), 0));
    }
    return columns;
  }

  /** The Spark DDL: {@code spark.read.schema(ddl).json(path)}. */
  static String sparkDdl(JsonNode schema) {
    return String.join(",\n", columns(schema, Dialect.SPARK));
  }

  /** The Flink table over the corpus files. */
  static String flinkTable(JsonNode schema) {
    return "CREATE TABLE narratives (\n  " + String.join(",\n  ", columns(schema, Dialect.FLINK))
        + "\n) WITH (\n  'connector' = 'filesystem',\n  'path' = 'file:///data/corpus.jsonl',\n"
        + "  'format' = 'json',\n  'json.fail-on-missing-field' = 'false',\n"
        + "  'json.ignore-parse-errors' = 'false'\n);";
  }

  private String type(JsonNode node, int depth) {
    if (depth > 20) {
      throw new IllegalStateException("the schema nests deeper than 20 levels: a recursive definition?");
    }
    if (node.has("$ref")) {
      String ref = node.get("$ref").asString();
      return type(schema.get("$defs").get(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
    }
    for (String union : List.of("oneOf", "anyOf")) {
      if (node.has(union)) {
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode alternative : node.get(union)) {
          types.add(type(alternative, depth + 1));
        }
        return types.size() == 1 ? types.iterator().next() : "STRING";
      }
    }
    if (node.has("enum") || node.has("const")) {
      return "STRING";
    }
    String type = node.has("type") ? node.get("type").asString() : "string";
    return switch (type) {
      case "string", "number" -> "STRING";
      case "integer" -> node.has("maximum") && node.get("maximum").asLong() <= Integer.MAX_VALUE ? "INT" : "BIGINT";
      case "boolean" -> "BOOLEAN";
      case "array" -> "ARRAY<" + type(node.get("items"), depth + 1) + ">";
      case "object" -> object(node, depth);
      default -> throw new IllegalStateException("no cluster type for JSON Schema type " + type);
    };
  }

  private String object(JsonNode node, int depth) {
    if (!node.has("properties")) {
      return "MAP<STRING, " + type(node.get("additionalProperties"), depth + 1) + ">";
    }
    List<String> fields = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : node.get("properties").properties()) {
      String field = "`" + property.getKey() + "`";
      String type = type(property.getValue(), depth + 1);
      fields.add(dialect == Dialect.SPARK ? field + ": " + type : field + " " + type);
    }
    return (dialect == Dialect.SPARK ? "STRUCT<" : "ROW<") + String.join(", ", fields) + ">";
  }
}
