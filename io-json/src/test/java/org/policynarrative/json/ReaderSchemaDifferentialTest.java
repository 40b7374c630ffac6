package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.json.SchemaMutator.Mutant;
import org.policynarrative.json.SchemaMutator.Rule;
import org.policynarrative.testing.NarrativeArbitraries;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader and the JSON Schema say the same of generated documents: valid narratives from the
 * shared arbitraries, as the writer writes them, and mutants of each that break one rule
 * ({@link SchemaMutator}). Every document is read by the reader and validated against the schema
 * by a draft 2020-12 validator; whenever one accepts what the other refuses, the disagreement must
 * be one of the {@link ReaderSchemaDifferences}, the rules JSON Schema cannot express, which
 * {@code io-json/README.md} lists. Deterministic: the narratives and mutations come from one seed.
 */
class ReaderSchemaDifferentialTest {

  private static final long SEED = 18;
  private static final int NARRATIVES = 1_700;
  private static final int MUTANTS_PER_NARRATIVE = 5;
  private static final int MAX_PER_LIST = 3;
  /** Keeps every decimal exactly as written (a tree holds doubles by default, which would change figures). */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final NarrativeJson READER = NarrativeJson.create();

  private static final List<String> undocumented = new ArrayList<>();
  private static final Map<String, Integer> differences = new LinkedHashMap<>();
  private static final Map<Rule, int[]> byRule = new EnumMap<>(Rule.class);
  private static int documents;
  private static int bothAccept;
  private static int bothRefuse;
  private static long readerNanos;
  private static long schemaNanos;

  @BeforeAll
  static void compareOverGeneratedDocuments() {
    long started = System.nanoTime();
    ReaderSchemaDifferences.ids().forEach(id -> differences.put(id, 0));
    Random random = new Random(SEED);
    SchemaMutator mutator = new SchemaMutator(SEED);
    JqwikSession.start();
    try {
      RandomGenerator<Narrative> narratives = NarrativeArbitraries.narratives(MAX_PER_LIST).generator(1000);
      for (int i = 0; i < NARRATIVES; i++) {
        ObjectNode document = (ObjectNode) MAPPER.readTree(READER.toJson(narratives.next(random).value()));
        for (Mutant mutant : mutator.mutants(document, random, MUTANTS_PER_NARRATIVE)) {
          compare(mutant);
        }
      }
    } finally {
      JqwikSession.finish();
    }
    System.out.printf("reader and schema over %,d documents (%,d narratives, seed %d) in %.1f s (reading %.1f s, "
        + "schema validation %.1f s): both accept %,d, "
        + "both refuse %,d, documented differences %s, undocumented %d%n  by rule [documents, both accept, "
        + "both refuse, documented, undocumented]: %s%n", documents, NARRATIVES, SEED,
        (System.nanoTime() - started) / 1e9, readerNanos / 1e9, schemaNanos / 1e9, bothAccept, bothRefuse, differences, undocumented.size(), byRuleText());
  }

  private static void compare(Mutant mutant) {
    documents++;
    int[] counts = byRule.computeIfAbsent(mutant.rule(), r -> new int[5]);
    counts[0]++;
    long start = System.nanoTime();
    String refusal = readerRefusal(mutant.json());
    long read = System.nanoTime();
    List<Error> errors = SchemaTest.schema().validate(mutant.json(), InputFormat.JSON);
    readerNanos += read - start;
    schemaNanos += System.nanoTime() - read;
    if ((refusal == null) == errors.isEmpty()) {
      if (refusal == null) {
        bothAccept++;
        counts[1]++;
      } else {
        bothRefuse++;
        counts[2]++;
      }
      return;
    }
    // An unchanged document is valid: any refusal of it is a bug, documented or not.
    if (mutant.rule() != Rule.NONE) {
      var difference = ReaderSchemaDifferences.explaining(refusal, errors);
      if (difference.isPresent()) {
        differences.merge(difference.get().id(), 1, Integer::sum);
        counts[3]++;
        return;
      }
    }
    counts[4]++;
    undocumented.add(mutant + ": reader " + (refusal == null ? "accepts" : "refuses: " + refusal) + "; schema "
        + (errors.isEmpty() ? "accepts" : "refuses: " + errors.stream().limit(3).map(Error::toString).toList())
        + "\n    " + abbreviate(mutant.json()));
  }

  /** The reader's message when it refuses {@code json}, or null when it reads it. */
  private static String readerRefusal(String json) {
    try {
      READER.fromJson(json);
      return null;
    } catch (NarrativeFormatException e) {
      return e.getMessage();
    }
  }

  @Test
  void everyDisagreementIsADocumentedDifference() {
    assertThat(undocumented.stream().limit(25).toList())
        .as("documents on which the reader and the schema disagree, not explained by ReaderSchemaDifferences "
            + "(%d, the first 25 shown)", undocumented.size())
        .isEmpty();
  }

  @Test
  void theComparisonCoversAtLeastTenThousandDocumentsAndEveryRule() {
    assertThat(documents).isGreaterThanOrEqualTo(10_000);
    assertThat(byRule.keySet()).containsExactlyInAnyOrder(Rule.values());
    byRule.forEach((rule, counts) -> assertThat(counts[0]).as("documents of rule %s", rule).isGreaterThanOrEqualTo(100));
    assertThat(byRule.get(Rule.NONE)[1]).as("unchanged documents both accept").isEqualTo(NARRATIVES);
    assertThat(bothRefuse).as("documents both refuse").isGreaterThanOrEqualTo(3_000);
    assertThat(bothAccept - NARRATIVES).as("mutants both accept").isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void everyDocumentedDifferenceOccurs() {
    assertThat(differences).allSatisfy((id, count) -> assertThat(count).as(id).isPositive());
  }

  @Test
  void theReadmeListsExactlyTheDocumentedDifferences() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("\n### What only the reader checks\n");
    assertThat(section).as("the README section 'What only the reader checks'").isPositive();
    String table = readme.substring(section + 1).split("\n#", 2)[0];
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(table);
    List<String> listed = new ArrayList<>();
    while (row.find()) {
      listed.add(row.group(1));
    }
    assertThat(listed).containsExactlyElementsOf(ReaderSchemaDifferences.ids());
  }

  private static String byRuleText() {
    StringBuilder text = new StringBuilder();
    byRule.forEach((rule, c) -> text.append(String.format("%n    %s %d %d %d %d %d", rule, c[0], c[1], c[2], c[3], c[4])));
    return text.toString();
  }

  private static String abbreviate(String json) {
    return json.length() <= 600 ? json : json.substring(0, 600) + "...";
  }
}
