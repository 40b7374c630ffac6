package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.Verdict;
import org.policynarrative.json.internal.fields.FieldTable;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema names the same fields, in the same order, and requires the same ones, as the
 * name table the readers and writers share ({@link JsonFields}); every name of the format is in
 * some object of the table; the schema forbids in version-1 documents exactly the fields the table
 * marks as added in version 2; and its enums and open vocabularies list the codes core defines.
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
      List<String> requiredByTheReader =
          table.names().stream().filter(table::isRequired).map(JsonName::text).collect(Collectors.toList());
      assertThat(required).as("required fields of %s", table.what()).containsExactlyElementsOf(requiredByTheReader);
      assertThat(definition.get("additionalProperties").booleanValue()).as("closed %s", table.what()).isFalse();
    }
  }

  @Test
  void everyNameBelongsToSomeObject() {
    Set<JsonName> used = JsonFields.ALL.stream().flatMap(t -> t.names().stream()).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrder(JsonName.values());
  }

  @Test
  void aVersionOneDocumentMayNotHaveTheFieldsVersion2Added() throws IOException {
    JsonNode schema = schema();
    JsonNode version1 = schema.get("$defs").get("version1").get("properties");
    for (FieldTable table : JsonFields.ALL) {
      List<String> added = table.names().stream().filter(table::isAddedInVersion2).map(JsonName::text)
          .collect(Collectors.toList());
      JsonNode forbidden;
      if (table.schemaName().isEmpty()) {
        forbidden = version1;
      } else {
        String list = listHolding(schema, table.schemaName());
        if (list == null) {
          assertThat(added).as("fields added to %s, which no list of the document holds", table.what()).isEmpty();
          continue;
        }
        forbidden = version1.path(list).path("items").path("properties");
      }
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, JsonNode> property : forbidden.properties()) {
        if (property.getValue().isBoolean()) {
          assertThat(property.getValue().booleanValue()).as("%s in version 1", property.getKey()).isFalse();
          names.add(property.getKey());
        }
      }
      assertThat(names).as("fields of %s forbidden in version 1", table.what()).containsExactlyElementsOf(added);
    }
  }

  @Test
  void theSchemaListsTheCodesOfEveryEnumAndTheBuiltInCodesOfEveryOpenVocabulary() throws IOException {
    JsonNode defs = schema().get("$defs");
    Map<JsonNode, List<String>> expected = Map.ofEntries(
        Map.entry(defs.at("/codeDefinition/properties/scheme/enum"), codes(CodeScheme.values(), CodeScheme::code)),
        Map.entry(defs.at("/actor/properties/kind/enum"), codes(ActorKind.values(), ActorKind::code)),
        Map.entry(defs.at("/lineRole/properties/role/enum"), codes(ActorRole.values(), ActorRole::code)),
        Map.entry(defs.at("/figure/properties/statedAs/enum"), codes(StatedAs.values(), StatedAs::code)),
        Map.entry(defs.at("/figure/properties/status/enum"), codes(FigureStatus.values(), FigureStatus::code)),
        Map.entry(defs.at("/policyLine/properties/durability/enum"), codes(Durability.values(), Durability::code)),
        Map.entry(defs.at("/sectorMapping/properties/relation/enum"),
            codes(MappingRelation.values(), MappingRelation::code)),
        Map.entry(defs.at("/assessment/properties/verdict/enum"), codes(Verdict.values(), Verdict::code)),
        Map.entry(defs.at("/worded/properties/calendar/enum"), codes(CalendarModel.values(), CalendarModel::code)),
        Map.entry(defs.at("/claimKind/examples"), codes(ClaimKind.values(), ClaimKind::code)),
        Map.entry(defs.at("/priorityMode/examples"), codes(PriorityMode.values(), PriorityMode::code)),
        Map.entry(defs.at("/relationType/examples"), codes(RelationType.values(), RelationType::code)));
    expected.forEach((node, codes) -> assertThat(node.values().stream().map(JsonNode::stringValue))
        .as("codes at %s", node).containsExactlyElementsOf(codes));
    List<JsonNode> enums = new ArrayList<>();
    defs.findValues("enum").forEach(enums::add);
    assertThat(expected.keySet()).as("every enum of the schema is checked").containsAll(enums);
    assertThat(defs.at("/entityRef/pattern").stringValue())
        .startsWith("^(" + String.join("|", codes(EntityKind.values(), EntityKind::code)) + "):");
  }

  private static <T> List<String> codes(T[] values, Function<T, String> code) {
    return Arrays.stream(values).map(code).collect(Collectors.toList());
  }

  /** The document's list whose items are the definition {@code schemaName}, or null. */
  private static String listHolding(JsonNode schema, String schemaName) {
    for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
      JsonNode items = property.getValue().get("items");
      if (items != null && ("#/$defs/" + schemaName).equals(items.path("$ref").stringValue())) {
        return property.getKey();
      }
    }
    return null;
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
