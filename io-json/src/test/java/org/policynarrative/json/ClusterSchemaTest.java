package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Spark and Flink schemas in docs/scale.md are the ones generated from the JSON Schema, so they
 * cannot drift from the format. After a change to the format, regenerate them with
 * {@code ./mvnw -pl io-json -am verify -Dtest=ClusterSchemaTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpolicy-narrative.regenerate=true} and commit the document.
 */
class ClusterSchemaTest {

  private static final Path DOC = Path.of("..", "docs", "scale.md");

  private static JsonNode schema() throws IOException {
    try (InputStream in = NarrativeJson.schema().openStream()) {
      return JsonMapper.builder().build().readTree(in);
    }
  }

  @Test
  void theSparkSchemaInTheDocumentIsTheGeneratedOne() throws IOException {
    check("spark-schema", ClusterSchemas.sparkDdl(schema()));
  }

  @Test
  void theFlinkTableInTheDocumentIsTheGeneratedOne() throws IOException {
    check("flink-table", ClusterSchemas.flinkTable(schema()));
  }

  @Test
  void everyTopLevelFieldIsAColumnAndDatesAreStrings() throws IOException {
    String ddl = ClusterSchemas.sparkDdl(schema());
    schema().get("properties").propertyNames().forEach(name -> assertThat(ddl).contains("`" + name + "` "));
    assertThat(ddl).contains("`published`: STRING").contains("`period`: STRING").contains("`rank`: INT");
  }

  /** The fenced block between the markers {@code <!-- NAME -->} and {@code <!-- /NAME -->}. */
  private static void check(String name, String generated) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String begin = "<!-- " + name + " -->\n```sql\n";
    String end = "\n```\n<!-- /" + name + " -->";
    int from = doc.indexOf(begin);
    assertThat(from).as("docs/scale.md has the markers of " + name).isNotNegative();
    int start = from + begin.length();
    int to = doc.indexOf(end, start - 1);
    assertThat(to).isPositive();
    String current = to < start ? "" : doc.substring(start, to);
    if (Boolean.getBoolean("policy-narrative.regenerate") && !current.equals(generated)) {
      Files.writeString(DOC, doc.substring(0, start) + generated + doc.substring(to),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(current).as("the " + name + " of docs/scale.md, generated from narrative.schema.json; regenerate"
        + " it with -Dpolicy-narrative.regenerate=true (see ClusterSchemaTest)").isEqualTo(generated);
  }
}
