package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.Fixtures;
import org.policynarrative.testing.SampleNarratives;

/**
 * The JSON Schema shipped with the module, checked with a real draft 2020-12 validator: whatever
 * the writer produces and every example validates; each document in {@code SchemaTest/invalid/}
 * is rejected by the schema and by the reader alike; each in {@code SchemaTest/reader-only/} breaks
 * a rule only the reader checks ({@link ReaderSchemaDifferences}); each in {@code SchemaTest/accepted/}
 * is an edge case both accept.
 */
class SchemaTest {

  private static Schema schema;

  /** The module's schema, loaded once. */
  static synchronized Schema schema() {
    if (schema == null) {
      try (InputStream in = NarrativeJson.schema().openStream()) {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  static Stream<Path> validDocuments() {
    List<Path> all = new ArrayList<>(Fixtures.files(GoldenFilesTest.class, ".json"));
    all.add(Path.of("README.md"));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void goldenFilesAndTheReadmeExampleAreValid(Path document) {
    String json = document.toString().endsWith(".md") ? ReadmeExampleTest.example() : Fixtures.read(document);

    assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
  }

  @Test
  void whatTheWriterProducesIsValid() {
    assertThat(schema().validate(NarrativeJson.create().toJson(SampleNarratives.full()), InputFormat.JSON)).isEmpty();
    assertThat(schema().validate(NarrativeJson.create().toJson(SampleNarratives.minimal()), InputFormat.JSON))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFiles")
  void invalidDocumentsAreRejectedByTheSchemaAndByTheReader(Path document) {
    String json = Fixtures.read(document);

    assertThat(schema().validate(json, InputFormat.JSON)).as("schema errors for %s", document).isNotEmpty();
    assertThat(catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create().fromJson(json)))
        .as("reader error for %s", document).isNotNull();
  }

  static List<Path> invalidFiles() {
    return files("invalid");
  }

  /** Documents that break a rule only the reader checks: the schema accepts them, the reader refuses them. */
  static List<Path> readerOnlyFiles() {
    return files("reader-only");
  }

  /** Edge cases that both accept: integers written as whole decimals ({@code 1.0}, {@code 8.7e1}). */
  static List<Path> acceptedFiles() {
    return files("accepted");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readerOnlyFiles")
  void whatOnlyTheReaderChecksIsADocumentedDifference(Path document) {
    String json = Fixtures.read(document);

    assertThat(schema().validate(json, InputFormat.JSON)).as("schema errors for %s", document).isEmpty();
    NarrativeFormatException refusal =
        catchThrowableOfType(NarrativeFormatException.class, () -> NarrativeJson.create().fromJson(json));
    assertThat(refusal).as("reader error for %s", document).isNotNull();
    assertThat(ReaderSchemaDifferences.explaining(refusal.getMessage(), List.of())).as(refusal.getMessage())
        .isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedFiles")
  void edgeCasesBothAccept(Path document) {
    String json = Fixtures.read(document);

    assertThat(schema().validate(json, InputFormat.JSON)).as("schema errors for %s", document).isEmpty();
    assertThat(NarrativeJson.create().fromJson(json).id()).isEqualTo("mistake");
  }

  private static List<Path> files(String folder) {
    try (Stream<Path> files = java.nio.file.Files.list(Fixtures.folder(SchemaTest.class).resolve(folder))) {
      List<Path> found = files.sorted().collect(java.util.stream.Collectors.toList());
      assertThat(found).isNotEmpty();
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theSchemaIsItselfAValidDraft202012Schema() throws IOException {
    Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    try (InputStream in = NarrativeJson.schema().openStream()) {
      assertThat(metaSchema.validate(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          InputFormat.JSON)).isEmpty();
    }
  }
}
