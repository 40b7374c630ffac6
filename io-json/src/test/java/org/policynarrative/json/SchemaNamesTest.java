package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policynarrative.json.internal.fields.FieldTable;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema names the same fields, in the same order, and requires the same ones, as the
 * name table the readers and writers share ({@link JsonFields}); and every name of the format is
 * in some object of the table.
 */
class SchemaNamesTest {

  private static JsonNode schema() throws IOException {
    try (InputStream in = NarrativeJson.schema().openStream()) {
      return JsonMapper.builder().build().readTree(in);
    }
  }

  @Test
  void eachObjectOfTheSchemaHasTheFieldsOfItsTable() throws IOException {
    JsonNode schema = schema();
    for (FieldTable table : JsonFields.ALL) {
      JsonNode definition = table.schemaName().isEmpty() ? schema : schema.get("$defs").get(table.schemaName());
      assertThat(definition).as("schema definition of %s", table.what()).isNotNull();
      List<String> names = table.names().stream().map(JsonName::text).collect(Collectors.toList());
      if (table == JsonFields.PERIOD_OBJECT) {
        // One worded date or an interval: the fields of both alternatives, required by neither table.
        assertThat(properties(schema, definition)).containsExactlyInAnyOrderElementsOf(names);
        continue;
      }
      assertThat(properties(schema, definition)).as("properties of %s", table.what()).containsExactlyElementsOf(names);
      Set<String> required = new LinkedHashSet<>();
      definition.get("required").values().forEach(name -> required.add(name.stringValue()));
      assertThat(required).as("required fields of %s", table.what()).containsExactlyElementsOf(
          table.names().stream().filter(table::isRequired).map(JsonName::text).collect(Collectors.toList()));
      assertThat(definition.get("additionalProperties").booleanValue()).as("closed %s", table.what()).isFalse();
    }
  }

  @Test
  void everyNameBelongsToSomeObject() {
    Set<JsonName> used = JsonFields.ALL.stream().flatMap(t -> t.names().stream()).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrder(JsonName.values());
  }

  /** The property names of an object definition, following {@code $ref} and the object alternatives of {@code oneOf}. */
  private static List<String> properties(JsonNode schema, JsonNode definition) {
    List<String> names = new ArrayList<>();
    if (definition.has("$ref")) {
      String ref = definition.get("$ref").stringValue();
      return properties(schema, schema.get("$defs").get(ref.substring(ref.lastIndexOf('/') + 1)));
    }
    if (definition.has("properties")) {
      for (Map.Entry<String, JsonNode> property : definition.get("properties").properties()) {
        names.add(property.getKey());
      }
    }
    if (definition.has("oneOf")) {
      for (JsonNode alternative : definition.get("oneOf").values()) {
        names.addAll(properties(schema, alternative));
      }
    }
    return names;
  }
}
