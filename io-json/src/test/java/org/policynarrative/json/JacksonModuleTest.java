package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.SampleNarratives;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The module on users' own mappers: inside their documents, found by discovery, with YAML. */
class JacksonModuleTest {

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

    assertThat(text).contains("format: \"policy-narrative/1\"").contains("ko: \"전후복구건설\"");
    assertThat(read).isEqualTo(full);
    assertThat(yaml.writeValueAsString(read)).isEqualTo(text);
  }
}
