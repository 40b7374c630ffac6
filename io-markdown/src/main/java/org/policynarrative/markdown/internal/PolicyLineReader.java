package org.policynarrative.markdown.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.markdown.internal.Dialect.Key;

/** Reads a policy line that {@link EraReader} found: its fields, its priorities table and its claims. */
final class PolicyLineReader extends ConstructReader {

  private final TableReader tables;
  private final ClaimReader claims;

  PolicyLineReader(MarkdownSource source, NarrativeAssembly assembly, TableReader tables, ClaimReader claims) {
    super(source, assembly);
    this.tables = tables;
    this.claims = claims;
  }

  void line(EraReader.Entity entity) {
    Place at = Place.of(entity.heading());
    Fields fields = fields(entity.fields(), at);
    String owner = "policy line '" + entity.id() + "'";
    Map<String, Place> places = new HashMap<>();
    PolicyLine.Builder b = PolicyLine.builder().id(entity.id()).name(entity.name());
    Integer position = position(fields);
    fields.optional(Key.STATEMENT).ifPresent(f -> b.statement(f.value()));
    fields.optional(Key.ADOPTED).ifPresent(f -> b.adopted(f.as(Values::parseDate)));
    fields.optional(Key.ADOPTED_BY).ifPresent(f -> b.adoptedBy(f.value()));
    fields.optional(Key.ADOPTED_AT).ifPresent(f -> b.adoptedAt(f.value()));
    Optional<Fields.Field> erasField = fields.optional(Key.ERAS);
    if (erasField.isPresent()) {
      List<String> ids = erasField.get().as(Values::parseIds);
      if (entity.eraId() != null && !ids.contains(entity.eraId())) {
        throw erasField.get().at().error(owner + " stands under era '" + entity.eraId()
            + "' but its Eras field does not list it; expected it among: " + String.join(", ", ids));
      }
      b.addAllEras(ids);
      places.put("eras", erasField.get().at());
    } else if (entity.eraId() != null) {
      b.addEras(entity.eraId());
      places.put("eras", at);
    }
    fields.optional(Key.DURABILITY).ifPresent(f -> b.durability(f.as(Durability::fromCode)));
    fields.optional(Key.SUPERSEDES).ifPresent(f -> {
      b.supersedes(f.value());
      places.put("supersedes", f.at());
    });
    fields.optional(Key.CONTINUES).ifPresent(f -> {
      b.continues(f.value());
      places.put("continues", f.at());
    });
    fields.finish(owner);
    TableBlock table = entity.table();
    if (table != null) {
      priorities(table, b, places);
    }
    assembly.lines.add(new NarrativeAssembly.Draft<>(build(at, owner, b::build), position, at, places));
    for (BlockQuote quote : entity.quotes()) {
      claims.claim(quote, EntityRef.policyLine(entity.id()));
    }
  }

  private void priorities(TableBlock table, PolicyLine.Builder b, Map<String, Place> places) {
    List<List<MarkdownSource.Value>> rows = tables.rows(table, Dialect.PRIORITIES);
    for (int r = 0; r < rows.size(); r++) {
      List<MarkdownSource.Value> row = rows.get(r);
      MarkdownSource.Value sector = row.get(0);
      MarkdownSource.Value rank = row.get(2);
      MarkdownSource.Value wording = row.get(3);
      SectorPriority.Builder p = SectorPriority.builder();
      p.sector(sector.text());
      p.mode(TableReader.cellAs(row.get(1), "Mode", PriorityMode::fromCode));
      if (!rank.text().isEmpty()) {
        int value = TableReader.cellAs(rank, "Rank", v -> Values.parsePositive(v, "a rank"));
        p.rank(value);
      }
      if (!wording.text().isEmpty()) {
        p.wording(wording.text());
      }
      b.addPriorities(build(sector.at(), "sector priority", p::build));
      places.put("priorities[" + r + "].sector", sector.at());
    }
  }
}
