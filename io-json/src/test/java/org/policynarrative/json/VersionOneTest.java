package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.json.internal.fields.FieldTable;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import org.policynarrative.testing.Fixtures;
import org.policynarrative.testing.SampleNarratives;

/**
 * Documents in format version 1 read as they always did. The fixtures in {@code VersionOneTest/}
 * are canonical version-1 files as the version-1 writer left them (the golden files, the reference
 * data set of {@code examples}, the README's example), frozen: each reads, passes the validator,
 * and writes back to the very same bytes but for the {@code format} line, since version 2 only
 * added fields. A version-1 document that uses a field of version 2 is refused, at that field.
 */
class VersionOneTest {

  private static final String V1 = "\"format\": \"policy-narrative/1\"";
  private static final String V2 = "\"format\": \"policy-narrative/2\"";

  static List<Path> versionOneDocuments() {
    return Fixtures.files(VersionOneTest.class, ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versionOneDocuments")
  void aVersionOneDocumentReadsAndWritesBackChangedOnlyInItsFormatLine(Path document) {
    String v1 = Fixtures.read(document);
    assertThat(v1).as("a version-1 fixture").contains(V1);

    Narrative narrative = NarrativeJson.create().validatingOnRead().fromJson(v1);

    assertThat(NarrativeJson.create().toJson(narrative)).isEqualTo(v1.replace(V1, V2));
    assertThat(SchemaTest.schema().validate(v1, InputFormat.JSON)).isEmpty();
  }

  @Test
  void theVersionOneFullGoldenFileReadsAsTheSampleBuiltInCode() {
    Narrative read = NarrativeJson.create().fromJson(Fixtures.read(Fixtures.file(VersionOneTest.class,
        "golden-full.json")));

    assertThat(read).isEqualTo(SampleNarratives.full());
  }

  @Test
  void theVersionOneReferenceDataSetKeepsEveryEntity() {
    Narrative read = NarrativeJson.create().fromJson(Fixtures.read(Fixtures.file(VersionOneTest.class,
        "reference-economic-construction.json")));

    // The counts of the version-1 reference data set when it was frozen here.
    assertThat(read.sources()).hasSize(1);
    assertThat(read.eras()).hasSize(6);
    assertThat(read.sectors()).hasSize(16);
    assertThat(read.policyLines()).hasSize(8);
    assertThat(read.claims()).hasSize(29).allSatisfy(c -> assertThat(c.otherAnchors()).isEmpty());
    assertThat(read.actors()).isEmpty();
    assertThat(read.events()).isEmpty();
    assertThat(read.vocabulary()).isEmpty();
  }

  @Test
  void aMinorVersionOfVersionOneReads() {
    String json = "{\"format\": \"policy-narrative/1.7\", \"id\": \"x\", \"title\": \"T\", \"language\": \"en\","
        + " \"version\": \"1\"}";

    assertThat(NarrativeJson.create().fromJson(json).id()).isEqualTo("x");
  }

  /**
   * For each field version 2 added to an object of version 1: the object, as the fragment of a
   * document that holds it ({@code %s} is where the field goes), and a valid value of the field.
   */
  private static final Map<FieldTable, String> HOLDERS = Map.of(
      JsonFields.NARRATIVE, "%s",
      JsonFields.SOURCE, "\"sources\": [{\"id\": \"s\", %s}]",
      JsonFields.ERA, "\"eras\": [{\"id\": \"e\", \"name\": \"E\", \"period\": \"1953\", %s}]",
      JsonFields.SECTOR, "\"sectors\": [{\"id\": \"s\", \"name\": \"S\", %s}]",
      JsonFields.POLICY_LINE, "\"policyLines\": [{\"id\": \"l\", \"name\": \"L\", %s}]",
      JsonFields.CLAIM, "\"claims\": [{\"id\": \"c\", \"statement\": \"S\", \"kind\": \"objective\", "
          + "\"assertedBy\": \"A\", \"anchor\": {\"source\": \"s\", \"exact\": \"x\"}, %s}]");
  private static final Map<JsonName, String> VALUES = Map.ofEntries(
      Map.entry(JsonName.VOCABULARY, "[{\"scheme\": \"claim-kind\", \"code\": \"x\", \"label\": \"X\"}]"),
      Map.entry(JsonName.ACTORS, "[{\"id\": \"a\", \"name\": \"A\", \"kind\": \"party\"}]"),
      Map.entry(JsonName.EVENTS, "[{\"id\": \"e\", \"name\": \"E\"}]"),
      Map.entry(JsonName.TRANSLATION_OF, "\"other\""),
      Map.entry(JsonName.ENCODER_NOTES, "[{\"text\": \"doubtful\"}]"),
      Map.entry(JsonName.IDENTIFIERS, "[\"wikidata:Q1\"]"),
      Map.entry(JsonName.LABELS, "{\"ko\": \"선\"}"),
      Map.entry(JsonName.ADOPTED_AT_EVENT, "\"e\""),
      Map.entry(JsonName.ROLES, "[{\"role\": \"adopted-by\", \"actor\": \"a\"}]"),
      Map.entry(JsonName.IN_FORCE, "\"1957/1961\""),
      Map.entry(JsonName.AMENDS, "\"other\""),
      Map.entry(JsonName.JUSTIFIES, "[\"policy-line:l\"]"),
      Map.entry(JsonName.OTHER_ANCHORS, "[{\"source\": \"s\", \"exact\": \"x\"}]"),
      Map.entry(JsonName.FIGURES, "[{\"indicator\": \"i\", \"wording\": \"w\", \"statedAs\": \"unquantified\", "
          + "\"status\": \"result\"}]"),
      Map.entry(JsonName.RELATIONS, "[{\"type\": \"repeats\", \"claim\": \"other\"}]"));

  static Stream<Arguments> fieldsAddedInVersion2() {
    return JsonFields.ALL.stream().flatMap(table -> table.names().stream().filter(table::isAddedInVersion2)
        .map(name -> Arguments.of(table.what(), name.text(), table, name)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("fieldsAddedInVersion2")
  void aVersionOneDocumentUsingAFieldOfVersion2IsRefusedAtThatField(String what, String field, FieldTable table,
      JsonName name) {
    assertThat(HOLDERS).as("a holder for the fields version 2 added to %s", what).containsKey(table);
    assertThat(VALUES).as("a value for '%s'", field).containsKey(name);
    String member = "\"" + field + "\": " + VALUES.get(name);
    String v1 = "{\"format\": \"policy-narrative/1\", \"id\": \"x\", \"title\": \"T\", \"language\": \"en\", "
        + "\"version\": \"1\", " + HOLDERS.get(table).formatted(member) + "}";
    String v2 = v1.replace("policy-narrative/1", "policy-narrative/2");

    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeJson.create().fromJson(v1));

    assertThat(e).as("reading a version-1 document with '%s' must fail", field).isNotNull();
    assertThat(e.problem()).isEqualTo("field '" + field + "' was added in format policy-narrative/2, but this "
        + "document says it is in policy-narrative/1; change its \"format\" to \"policy-narrative/2\" to use it");
    assertThat(e.path()).hasValueSatisfying(path -> assertThat(path).endsWith("/" + field));
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).hasValue(v1.indexOf(member) + member.indexOf(':') + 3);
    assertThat(SchemaTest.schema().validate(v1, InputFormat.JSON)).as("schema errors").isNotEmpty();

    Narrative asVersion2 = NarrativeJson.create().fromJson(v2);
    assertThat(NarrativeJson.create().skippingUnknownFields().fromJson(v1)).isEqualTo(asVersion2);
    assertThat(SchemaTest.schema().validate(v2, InputFormat.JSON)).isEmpty();
  }
}
