package org.policynarrative.duckdb.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.policynarrative.core.Actor;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.Vocabulary;
import org.policynarrative.corpus.Corpus;

/**
 * Appends the rows of each narrative to the tables of {@link Schema}, through one DuckDB appender
 * per table (the fast path: no SQL per row). Values go in the column order the schema declares.
 */
final class Rows implements AutoCloseable {

  private static final int MAX_YEAR = 5_000_000;

  private static final List<PriorityMode> MODES = List.of(PriorityMode.values());

  private final Map<String, DuckDBAppender> appenders = new HashMap<>();
  private DuckDBAppender row;

  Rows(DuckDBConnection connection) throws SQLException {
    for (Schema.Table table : Schema.TABLES) {
      appenders.put(table.name(), connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name()));
    }
  }

  /** Appends every row of one narrative, which starts on line {@code line} of the corpus. */
  void add(long line, Narrative n) throws SQLException {
    Optional<HistoricalDate> date = Corpus.dateOf(n);
    begin("narratives", line).str(n.id()).str(n.version()).str(n.title()).str(n.language()).str(n.description())
        .str(date.map(HistoricalDate::toEdtf)).date(date.map(HistoricalDate::earliest))
        .date(date.map(HistoricalDate::latest)).end();
    for (Source s : n.sources()) {
      begin("sources", line).str(s.id()).str(s.title()).str(s.publisher()).str(s.published().map(HistoricalDate::toEdtf))
          .str(s.published().map(HistoricalDate::text)).str(s.url()).str(s.language()).str(s.sha256())
          .str(s.translationOf()).end();
    }
    List<Era> chronological = new ArrayList<>(n.eras());
    chronological.sort((a, b) -> Period.CHRONOLOGICAL.compare(a.period(), b.period()));   // as SectorPriorityMatrix
    for (Era e : n.eras()) {
      begin("eras", line).str(e.id()).str(e.name()).str(e.period().toEdtf()).str(e.period().text())
          .date(e.period().earliest()).date(e.period().latest()).integer(chronological.indexOf(e) + 1)
          .str(e.summary()).str(e.source()).end();
      identifiers(line, EntityKind.ERA, e.id(), e.identifiers());
    }
    for (Sector s : n.sectors()) {
      begin("sectors", line).str(s.id()).str(s.name()).str(s.broader()).str(s.description()).end();
      identifiers(line, EntityKind.SECTOR, s.id(), s.identifiers());
    }
    Vocabulary vocabulary = Vocabulary.of(n);
    lines(line, n, vocabulary);
    claims(line, n, vocabulary);
    for (Actor a : n.actors()) {
      begin("actors", line).str(a.id()).str(a.name()).str(a.kind().code()).str(a.description()).end();
      identifiers(line, EntityKind.ACTOR, a.id(), a.identifiers());
    }
    for (Event e : n.events()) {
      begin("events", line).str(e.id()).str(e.name()).str(e.when().map(Period::toEdtf)).str(e.when().map(Period::text))
          .date(e.when().flatMap(Period::earliest)).date(e.when().flatMap(Period::latest)).str(e.place())
          .str(e.summary()).end();
      for (String actor : e.participants()) {
        begin("event_participants", line).str(e.id()).str(actor).end();
      }
      identifiers(line, EntityKind.EVENT, e.id(), e.identifiers());
    }
  }

  private void lines(long line, Narrative n, Vocabulary vocabulary) throws SQLException {
    int position = 0;
    for (PolicyLine l : n.policyLines()) {
      position++;
      begin("policy_lines", line).str(l.id()).integer(position).str(l.name()).str(l.statement())
          .str(l.adopted().map(HistoricalDate::toEdtf)).str(l.adopted().map(HistoricalDate::text)).str(l.adoptedBy())
          .str(l.adoptedAt()).str(l.adoptedAtEvent()).str(l.inForce().map(Period::toEdtf)).str(l.durability().code())
          .str(l.supersedes()).str(l.continues()).str(l.amends()).end();
      // The eras the line counts in, as SectorPriorityMatrix counts them.
      Set<String> listed = new LinkedHashSet<>(l.eras());
      for (String era : listed) {
        begin("line_eras", line).str(l.id()).str(era).str("listed").end();
      }
      if (l.inForce().isPresent()) {
        for (Era era : n.eras()) {
          if (!listed.contains(era.id()) && era.period().overlaps(l.inForce().get())) {
            begin("line_eras", line).str(l.id()).str(era.id()).str("in-force").end();
          }
        }
      }
      int p = 0;
      for (SectorPriority priority : l.priorities()) {
        p++;
        PriorityMode builtIn = vocabulary.rollUp(priority.mode());
        int strength = MODES.indexOf(builtIn);
        begin("priorities", line).str(l.id()).integer(position).integer(p).str(priority.sector())
            .str(priority.mode().code()).str(strength < 0 ? Optional.empty() : Optional.of(builtIn.code()))
            .integer(strength < 0 ? Optional.empty() : Optional.of(strength)).integer(priority.rank())
            .str(priority.wording()).end();
      }
      for (LineRole role : l.roles()) {
        begin("line_roles", line).str(l.id()).str(role.role().code()).str(role.actor()).end();
      }
      identifiers(line, EntityKind.POLICY_LINE, l.id(), l.identifiers());
    }
  }

  private void claims(long line, Narrative n, Vocabulary vocabulary) throws SQLException {
    int position = 0;
    for (Claim c : n.claims()) {
      position++;
      Anchor anchor = c.anchor();
      Optional<String> builtIn = c.kind().map(vocabulary::rollUp).filter(k -> k.isBuiltIn()).map(k -> k.code());
      begin("claims", line).str(c.id()).integer(position).str(c.kind().map(k -> k.code())).str(builtIn)
          .str(c.statement()).str(c.assertedBy()).str(c.extractedBy()).str(c.refersTo().map(Period::toEdtf))
          .str(c.verdict().code()).str(anchor.source()).str(anchor.exact()).integer(anchor.start())
          .integer(anchor.end()).end();
      references(line, c, position, "about", c.about());
      references(line, c, position, "cause", c.causes());
      references(line, c, position, "effect", c.effects());
      references(line, c, position, "justifies", c.justifies());
      int f = 0;
      for (Figure figure : c.figures()) {
        f++;
        begin("figures", line).str(c.id()).integer(position).integer(f).str(figure.indicator()).str(figure.sector())
            .str(figure.wording()).str(figure.statedAs().code()).decimal(figure.amount())
            .str(figure.amount().map(BigDecimal::toString)).decimal(figure.upTo())
            .str(figure.upTo().map(BigDecimal::toString)).str(figure.unit()).str(figure.ucum())
            .str(figure.period().map(Period::toEdtf)).date(figure.period().flatMap(Period::earliest))
            .date(figure.period().flatMap(Period::latest)).str(figure.baselinePeriod().map(Period::toEdtf))
            .str(figure.baselineAmount().map(BigDecimal::toString)).str(figure.status().code()).end();
      }
      for (Assessment a : c.assessments()) {
        begin("assessments", line).str(c.id()).str(a.assessor()).str(a.verdict().code()).str(a.ratingLabel())
            .str(a.date().map(HistoricalDate::toEdtf)).str(a.note()).end();
      }
    }
  }

  private void references(long line, Claim c, int claimPosition, String role, List<EntityRef> refs)
      throws SQLException {
    int p = 0;
    for (EntityRef ref : refs) {
      p++;
      begin("claim_references", line).str(c.id()).integer(claimPosition).str(role).integer(p)
          .str(ref.kind().code()).str(ref.id()).end();
    }
  }

  private void identifiers(long line, EntityKind kind, String id, List<String> identifiers) throws SQLException {
    for (String identifier : identifiers) {
      begin("identifiers", line).str(kind.code()).str(id).str(identifier).end();
    }
  }

  private Rows begin(String table, long narrative) throws SQLException {
    row = appenders.get(table);
    row.beginRow();
    row.append(narrative);
    return this;
  }

  private Rows str(String value) throws SQLException {
    row.append(value);
    return this;
  }

  private Rows str(Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      row.append(value.get());
    } else {
      row.appendNull();
    }
    return this;
  }

  private Rows integer(int value) throws SQLException {
    row.append(value);
    return this;
  }

  private Rows integer(Optional<Integer> value) throws SQLException {
    if (value.isPresent()) {
      row.append(value.get().intValue());
    } else {
      row.appendNull();
    }
    return this;
  }

  private Rows decimal(Optional<BigDecimal> value) throws SQLException {
    if (value.isPresent()) {
      row.append(value.get().doubleValue());
    } else {
      row.appendNull();
    }
    return this;
  }

  private Rows date(Optional<LocalDate> value) throws SQLException {
    // DuckDB's DATE ends some 5.8 million years either side of 1970; further dates (EDTF allows
    // them, as Y-12000000) stay in the EDTF column only.
    if (value.isPresent() && Math.abs(value.get().getYear()) <= MAX_YEAR) {
      row.append(value.get());
    } else {
      row.appendNull();
    }
    return this;
  }

  private void end() throws SQLException {
    row.endRow();
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (DuckDBAppender appender : appenders.values()) {
      try {
        appender.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
