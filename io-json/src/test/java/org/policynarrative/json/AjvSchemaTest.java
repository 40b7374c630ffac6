package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policynarrative.testing.Fixtures;
import org.policynarrative.testing.node.NodeProject;

/**
 * A second, independent JSON Schema validator agrees: ajv (JavaScript), in strict mode, compiles
 * the schema without a complaint, accepts the reference data set, the golden files and the
 * documents only the reader refuses or both accept, and refuses every document of
 * {@code SchemaTest/invalid/}; on every one of them its verdict is the JVM validator's.
 *
 * <p>It needs Node.js ({@code node} and {@code npm} on the path) and, the first time, the npm
 * registry: ajv is installed with {@code npm ci} from the lock file in {@code src/test/ajv/} into
 * {@code target/ajv/}. Without them the test fails, saying so; it never passes without having
 * validated. The system properties {@code ajv.node} and {@code ajv.npm} name other programs.
 */
class AjvSchemaTest {

  static final String AJV_VERSION = "8.20.0";
  private static final NodeProject AJV = NodeProject.of(Path.of("src/test/ajv"), Path.of("target/ajv"),
          "AjvSchemaTest needs Node.js 18 or later ('node' and 'npm' on the PATH) to run ajv")
      .advising("Install Node.js: the build checks the schema with ajv and does not pass without it.")
      .programsFrom("ajv.node", "ajv.npm");
  private static final Path WORK = AJV.work();
  private static final Path REFERENCE = Path.of("../examples/src/main/resources/org/policynarrative/examples/reference");

  /** Each document's path and whether ajv must accept it. */
  private static final Map<Path, Boolean> expected = new LinkedHashMap<>();
  private static final Map<Path, String> verdicts = new LinkedHashMap<>();

  @BeforeAll
  static void runAjv() throws IOException, InterruptedException {
    expected.put(REFERENCE.resolve("economic-construction.json"), true);
    expected.put(REFERENCE.resolve("economic-construction-rewritten.json"), true);
    Fixtures.files(GoldenFilesTest.class, ".json").forEach(p -> expected.put(p, true));
    SchemaTest.acceptedFiles().forEach(p -> expected.put(p, true));
    SchemaTest.readerOnlyFiles().forEach(p -> expected.put(p, true));
    SchemaTest.invalidFiles().forEach(p -> expected.put(p, false));
    AJV.install(List.of("package.json", "package-lock.json", "check.mjs"), "ajv", AJV_VERSION,
        "npm ci (installing ajv " + AJV_VERSION + " from the npm registry)");
    Path list = WORK.resolve("documents.txt");
    Path output = WORK.resolve("verdicts.txt");
    Files.write(list, expected.keySet().stream().map(p -> p.toAbsolutePath().toString()).toList(),
        StandardCharsets.UTF_8);
    Files.deleteIfExists(output);
    Path schema = WORK.resolve("narrative.schema.json");
    try (var in = NarrativeJson.schema().openStream()) {
      Files.copy(in, schema, StandardCopyOption.REPLACE_EXISTING);
    }
    AJV.node("node check.mjs", 120, "check.mjs", "narrative.schema.json", "documents.txt", "verdicts.txt");
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(lines).as("one ajv verdict per document").hasSameSizeAs(expected.keySet());
    List<Path> paths = new ArrayList<>(expected.keySet());
    for (int i = 0; i < lines.size(); i++) {
      verdicts.put(paths.get(i), lines.get(i));
    }
  }

  @Test
  void ajvInStrictModeAcceptsWhatItShouldAndRefusesTheRest() {
    List<String> wrong = new ArrayList<>();
    expected.forEach((path, valid) -> {
      if (verdicts.get(path).startsWith("valid ") != valid) {
        wrong.add((valid ? "should accept: " : "should refuse: ") + verdicts.get(path));
      }
    });
    assertThat(wrong).isEmpty();
    assertThat(expected.values().stream().filter(v -> !v).count()).as("documents ajv must refuse")
        .isGreaterThanOrEqualTo(60);
  }

  @Test
  void ajvAndTheJvmValidatorGiveTheSameVerdicts() {
    List<String> differ = new ArrayList<>();
    verdicts.forEach((path, verdict) -> {
      boolean jvm = SchemaTest.schema().validate(Fixtures.read(path), InputFormat.JSON).isEmpty();
      if (jvm != verdict.startsWith("valid ")) {
        differ.add(verdict + " (networknt: " + (jvm ? "valid" : "invalid") + ")");
      }
    });
    assertThat(differ).isEmpty();
  }
}
