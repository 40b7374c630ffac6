package org.policynarrative.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriorityMatrix;
import org.policynarrative.corpus.Corpus;
import org.policynarrative.corpus.CorpusClaim;
import org.policynarrative.testing.GeneratedCorpus;
import org.policynarrative.testing.NarrativeArbitraries;

/**
 * SQL over the export answers as the Java queries do, on a generated corpus: the arbitraries' valid
 * narratives (every model feature) and editions of one account that share sector ids and carry
 * external identifiers. The oracle is core's SectorPriorityMatrix and Narrative.claimsAbout, and the
 * corpus module's streaming queries.
 */
class SqlMatchesJavaQueriesTest {

  private static final List<Narrative> CORPUS = corpus();
  private static Connection db;

  private static List<Narrative> corpus() {
    List<Narrative> all = new ArrayList<>(GeneratedCorpus.editionsWithV2(30, 15, 11));
    NarrativeArbitraries.narratives().sampleStream().limit(40).forEach(all::add);
    return List.copyOf(all);
  }

  @BeforeAll
  static void load() throws Exception {
    db = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
    assertThat(CorpusDuckDb.create().load(Corpus.of(CORPUS), db)).isEqualTo(CORPUS.size());
  }

  @AfterAll
  static void close() throws SQLException {
    db.close();
  }

  @Test
  void theSectorPriorityMatrixOfEachNarrativeIsTheSameInSql() throws SQLException {
    for (int i = 0; i < CORPUS.size(); i++) {
      Narrative n = CORPUS.get(i);
      SectorPriorityMatrix matrix = SectorPriorityMatrix.of(n);
      Set<String> java = new HashSet<>();
      for (Sector sector : matrix.sectors()) {
        for (Era era : matrix.eras()) {
          matrix.priority(sector.id(), era.id()).ifPresent(m -> java.add(sector.id() + "|" + era.id() + "|" + m.code()));
        }
      }
      Set<String> sql = new HashSet<>(strings("SELECT sector_id || '|' || era_id || '|' || mode FROM"
          + " sector_priority_matrix WHERE narrative = ?", i + 1));
      assertThat(sql).as("narrative on line %d (%s)", i + 1, n.id()).isEqualTo(java);
    }
    assertThat(strings("SELECT count(*)::VARCHAR FROM sector_priority_matrix")).isNotEqualTo(List.of("0"));
  }

  @Test
  void theClaimsAboutEveryEntityOfEachNarrativeAreTheSameInSql() throws SQLException {
    int compared = 0;
    for (int i = 0; i < CORPUS.size(); i++) {
      Narrative n = CORPUS.get(i);
      for (EntityRef ref : entities(n)) {
        List<String> java = n.claimsAbout(ref).stream().map(Claim::id).toList();
        List<String> sql = strings("SELECT claim_id FROM claims_about WHERE narrative = ? AND entity_kind = ?"
            + " AND entity_id = ? ORDER BY claim_position", i + 1, ref.kind().code(), ref.id());
        assertThat(sql).as("%s in narrative on line %d", ref, i + 1).isEqualTo(java);
        compared += java.size();
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void claimsAboutASectorAcrossTheCorpusAreTheSameInSqlAsTheStreamingQuery() throws Exception {
    List<String> java;
    try (Stream<CorpusClaim> claims = Corpus.of(CORPUS).claimsAbout(EntityRef.sector("heavy-industry"))) {
      java = claims.map(c -> c.line() + " " + c.claim().id()).toList();
    }
    List<String> sql = strings("SELECT narrative || ' ' || claim_id FROM claims_about WHERE entity_kind = 'sector'"
        + " AND entity_id = 'heavy-industry' ORDER BY narrative, claim_position");
    assertThat(sql).isEqualTo(java).isNotEmpty();
  }

  @Test
  void claimsAboutAnExternalIdentifierAreTheSameInSqlAsTheStreamingQuery() throws Exception {
    for (String identifier : List.of("cofog:agriculture", "wikidata:Q29452")) {
      List<String> java;
      try (Stream<CorpusClaim> claims = Corpus.of(CORPUS).claimsAboutIdentifier(identifier)) {
        java = claims.map(c -> c.line() + " " + c.claim().id()).toList();
      }
      List<String> sql = strings("SELECT DISTINCT a.narrative || ' ' || a.claim_id, a.narrative, a.claim_position"
          + " FROM claims_about a JOIN identifiers i ON i.narrative = a.narrative AND i.entity_kind = a.entity_kind"
          + " AND i.entity_id = a.entity_id WHERE i.identifier = ? ORDER BY a.narrative, a.claim_position", identifier);
      assertThat(sql).as(identifier).isEqualTo(java).isNotEmpty();
    }
  }

  @Test
  void figuresKeepTheirExactAmounts() throws Exception {
    List<String> java = new ArrayList<>();
    for (int i = 0; i < CORPUS.size(); i++) {
      for (Claim c : CORPUS.get(i).claims()) {
        int line = i + 1;
        c.figures().forEach(f -> java.add(line + " " + c.id() + " " + f.indicator() + " "
            + f.amount().map(Object::toString).orElse("-")));
      }
    }
    List<String> sql = strings("SELECT narrative || ' ' || claim_id || ' ' || indicator || ' ' ||"
        + " coalesce(amount_exact, '-') FROM figures ORDER BY narrative, claim_position, position");
    assertThat(sql).isEqualTo(java).isNotEmpty();
  }

  @Test
  void everyTableAndColumnIsDocumentedInTheDatabase() throws SQLException {
    assertThat(strings("SELECT table_name FROM duckdb_tables() WHERE comment IS NULL OR comment = ''")).isEmpty();
    assertThat(strings("SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE table_name IN"
        + " (SELECT table_name FROM duckdb_tables()) AND (comment IS NULL OR comment = '')")).isEmpty();
    assertThat(strings("SELECT view_name FROM duckdb_views() WHERE NOT internal AND (comment IS NULL"
        + " OR comment = '')")).isEmpty();
    assertThat(strings("SELECT table_name FROM duckdb_tables() ORDER BY table_name"))
        .containsExactlyInAnyOrderElementsOf(CorpusDuckDb.tables());
  }

  /** Every entity a claim mentions, and every era, sector and line, whether mentioned or not. */
  private static Set<EntityRef> entities(Narrative n) {
    Set<EntityRef> refs = new LinkedHashSet<>();
    n.eras().forEach(e -> refs.add(EntityRef.era(e.id())));
    n.sectors().forEach(s -> refs.add(EntityRef.sector(s.id())));
    n.policyLines().forEach(l -> refs.add(EntityRef.policyLine(l.id())));
    n.actors().forEach(a -> refs.add(EntityRef.of(EntityKind.ACTOR, a.id())));
    for (Claim c : n.claims()) {
      refs.addAll(c.about());
      refs.addAll(c.causes());
      refs.addAll(c.effects());
      refs.addAll(c.justifies());
    }
    return refs;
  }

  private static List<String> strings(String query, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(result.getString(1));
        }
      }
      return rows;
    }
  }
}
