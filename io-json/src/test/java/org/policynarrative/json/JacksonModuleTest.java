package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.StatedAs;
import org.policynarrative.testing.SampleNarratives;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The module on users' own mappers: inside their documents, found by discovery, with YAML. */
class JacksonModuleTest {

  @Test
  void withoutTheModuleAPlainMapperSeesNothingAndTheReadmesSettingMakesThatLoud() {
    // What io-json/README.md says: a plain mapper writes {} for the model; FAIL_ON_EMPTY_BEANS turns that into an error.
    Narrative narrative = SampleNarratives.minimal();
    assertThat(JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build()
        .writeValueAsString(narrative)).isEqualTo("{}");
    assertThatThrownBy(() -> JsonMapper.builder().enable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build()
        .writeValueAsString(narrative)).isInstanceOf(JacksonException.class);
    assertThat(JsonMapper.builder().enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .addModule(new NarrativeJacksonModule()).build().writeValueAsString(narrative)).contains("\"id\"");
  }

  @Test
  void modelValuesSitInsideAUsersOwnDocument() {
    JsonMapper mapper = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();
    Narrative full = SampleNarratives.full();
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("dataset", "example");
    document.put("eras", full.eras());
    document.put("firstClaim", full.claims().get(0));

    String json = mapper.writeValueAsString(document);
    Map<String, List<Era>> eras = mapper.readValue(json.replaceAll(",\"firstClaim\".*", "}")
        .replace("\"dataset\":\"example\",", ""), new TypeReference<Map<String, List<Era>>>() {});
    Claim claim = mapper.treeToValue(mapper.readTree(json).get("firstClaim"), Claim.class);

    assertThat(json).startsWith("{\"dataset\":\"example\",\"eras\":[{\"id\":\"post-war\"");
    assertThat(eras.get("eras")).isEqualTo(full.eras());
    assertThat(claim).isEqualTo(full.claims().get(0));
  }

  @Test
  void badInsideAUsersDocumentIsAMismatchedInputExceptionWithThePointer() {
    JsonMapper mapper = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();

    assertThatThrownBy(() -> mapper.readValue("{\"x\": {\"id\": \"Bad Id\", \"name\": \"E\", \"period\": \"1953\"}}",
        new TypeReference<Map<String, Era>>() {}))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Era.id must be a slug")
        .hasMessageContaining("(at /x/id)")
        .satisfies(e -> assertThat(((JacksonException) e).getLocation().getColumnNr()).isEqualTo(14));
  }

  @Test
  void theUsersMapperDecidesWhetherUnknownFieldsFail() {
    String json = "{\"id\": \"e\", \"name\": \"E\", \"period\": \"1953\", \"extra\": [1, {\"a\": 2}]}";
    JsonMapper strict = JsonMapper.builder().addModule(new NarrativeJacksonModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    JsonMapper lenient = JsonMapper.builder().addModule(new NarrativeJacksonModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    assertThatThrownBy(() -> strict.readValue(json, Era.class)).hasMessageContaining("unknown field 'extra' in era");
    assertThat(lenient.readValue(json, Era.class).id()).isEqualTo("e");
  }

  /** The one-liner the module's Javadoc and README give, exactly as they give it. */
  private static final String STRICT_ONE_LINER = "JsonMapper.builder().addModule(new NarrativeJacksonModule())"
      + ".enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()";

  @Test
  void byDefaultAUsersMapperDropsAnUnknownFieldAndTheDocumentedOneLinerMakesItFail() throws IOException {
    String json = "{\"id\": \"e\", \"name\": \"E\", \"period\": \"1953\", \"summry\": \"Rebuilding.\"}";
    JsonMapper byDefault = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();
    JsonMapper strict = JsonMapper.builder().addModule(new NarrativeJacksonModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    // Jackson 3's default: the misspelled summary is dropped without a word.
    assertThat(byDefault.readValue(json, Era.class).summary()).isEmpty();
    assertThatThrownBy(() -> strict.readValue(json, Era.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("unknown field 'summry' in era; did you mean 'summary'?")
        .hasMessageContaining("(at /summry)");
    // The docs give this very line, so that they cannot drift from what is tested here.
    String readme = Files.readString(Path.of("README.md"));
    String javadoc = Files.readString(Path.of("src/main/java/org/policynarrative/json/NarrativeJacksonModule.java"));
    assertThat(readme).contains(STRICT_ONE_LINER);
    assertThat(javadoc.replaceAll("[\\s*]", "")).contains(STRICT_ONE_LINER.replaceAll("\\s", ""));
  }

  @Test
  void findAndAddModulesDiscoversTheModule() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("policy-narrative");
    assertThat(mapper.readValue(NarrativeJson.create().toJson(SampleNarratives.full()), Narrative.class))
        .isEqualTo(SampleNarratives.full());
  }

  @Test
  void versionIsTheArtifactVersion() {
    assertThat(new NarrativeJacksonModule().version().getArtifactId()).isEqualTo("policy-narrative-io-json");
    assertThat(new NarrativeJacksonModule().version().isUnknownVersion()).isFalse();
  }

  @Test
  void theSameModuleCarriesNarrativesThroughYaml() {
    YAMLMapper yaml = YAMLMapper.builder().addModule(new NarrativeJacksonModule()).build();
    Narrative full = SampleNarratives.full();

    String text = yaml.writeValueAsString(full);
    Narrative read = yaml.readValue(text, Narrative.class);

    assertThat(text).contains("format: \"policy-narrative/2\"").contains("ko: \"전후복구건설\"");
    assertThat(read).isEqualTo(full);
    assertThat(yaml.writeValueAsString(read)).isEqualTo(text);
  }

  @Test
  void theSameModuleCarriesEveryVersion2AttributeThroughYaml() {
    YAMLMapper yaml = YAMLMapper.builder().addModule(new NarrativeJacksonModule()).build();
    Narrative full = V2Sample.full();

    String text = yaml.writeValueAsString(full);
    Narrative read = yaml.readValue(text, Narrative.class);

    assertThat(read).isEqualTo(full);
    assertThat(yaml.writeValueAsString(read)).isEqualTo(text);
  }

  static Stream<Object> version2Values() {
    Narrative full = V2Sample.full();
    Claim statistic = full.claims().get(1);
    return Stream.of(full.actors().get(0), full.events().get(0), full.events().get(1), statistic.figures().get(0),
        statistic.figures().get(2), statistic.relations().get(0), full.policyLines().get(0).roles().get(0),
        statistic.encoderNotes().get(0), full.vocabulary().get(0), statistic.otherAnchors().get(0),
        ClaimKind.STATISTIC, ClaimKind.fromCode("ownership-change"), PriorityMode.PARALLEL,
        RelationType.FULFILS, ActorKind.INTERNATIONAL_BODY, ActorRole.OPPOSED_BY, StatedAs.AT_MOST,
        FigureStatus.PLAN, CodeScheme.RELATION_TYPE, EntityKind.EVENT, EntityRef.actor("party"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("version2Values")
  void eachVersion2TypeAndCodeRoundTripsThroughAUsersMapper(Object value) {
    // Through a tree, decimals stay exact only when the tree keeps them as decimals (README).
    JsonMapper mapper = JsonMapper.builder().addModule(new NarrativeJacksonModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    String json = mapper.writeValueAsString(Map.of("value", value));
    JsonNode node = mapper.readTree(json).get("value");

    assertThat(mapper.treeToValue(node, publicType(value))).isEqualTo(value);
  }

  @Test
  void aFigureInAUsersDocumentKeepsItsDecimalsExactly() {
    JsonMapper mapper = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();
    String json = "{\"indicator\": \"steel\", \"wording\": \"5.350\", \"statedAs\": \"exact\", \"amount\": 5.350, "
        + "\"baselineAmount\": 1e3, \"status\": \"result\"}";

    Figure figure = mapper.readValue(json, Figure.class);

    assertThat(figure.amount()).hasValueSatisfying(a -> assertThat(a.scale()).isEqualTo(3));
    assertThat(figure.baselineAmount()).hasValue(new BigDecimal("1E+3"));
    assertThat(mapper.writeValueAsString(figure)).contains("\"amount\":5.350").contains("\"baselineAmount\":1E+3");
  }

  @Test
  void throughATreeOfDoublesADecimalLosesItsScaleAsTheReadmeWarns() {
    JsonMapper doubles = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();
    String json = "{\"indicator\": \"steel\", \"wording\": \"w\", \"statedAs\": \"exact\", \"amount\": 5.350, "
        + "\"status\": \"result\"}";

    Figure viaTree = doubles.treeToValue(doubles.readTree(json), Figure.class);

    assertThat(viaTree.amount()).hasValue(new BigDecimal("5.35"));
    assertThat(doubles.readValue(json, Figure.class).amount()).hasValue(new BigDecimal("5.350"));
  }

  /** The public model type of a value whose class is generated and package-private. */
  private static Class<?> publicType(Object value) {
    for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
      if (Modifier.isPublic(type.getModifiers())) {
        return type;
      }
    }
    throw new AssertionError("no public type for " + value.getClass());
  }
}
