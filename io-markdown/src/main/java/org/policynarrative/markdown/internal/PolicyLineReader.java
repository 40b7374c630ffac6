package org.policynarrative.markdown.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
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

  /** Reads the policy line, then each of its claims; an error in either is logged and that construct skipped. */
  void line(EntityBlocks entity) {
    assembly.errors.attempt(() -> read(entity));
    claims.claims(entity, EntityRef.policyLine(entity.id));
  }

  private void read(EntityBlocks entity) {
    Place at = Place.of(entity.heading);
    Fields fields = fields(entity.fields(), at);
    String owner = "policy line '" + entity.id + "'";
    Map<String, Place> places = new HashMap<>();
    PolicyLine.Builder b = PolicyLine.builder().id(entity.id).name(entity.name);
    places.put("id", entity.idAt);
    Integer position = position(fields);
    labels(fields, b::putLabels);
    fields.optional(Key.STATEMENT).ifPresent(f -> b.statement(f.value()));
    fields.optional(Key.ADOPTED).ifPresent(f -> {
      b.adopted(f.as(Values::parseDate));
      place(places, "adopted", f);
    });
    fields.optional(Key.ADOPTED_BY).ifPresent(f -> b.adoptedBy(f.value()));
    fields.optional(Key.ADOPTED_AT).ifPresent(f -> b.adoptedAt(f.value()));
    fields.optional(Key.ADOPTED_AT_EVENT).ifPresent(f -> {
      b.adoptedAtEvent(f.value());
      place(places, "adoptedAtEvent", f);
    });
    fields.optional(Key.ROLES).ifPresent(f -> {
      b.addAllRoles(f.as(Values::parseRoles));
      place(places, "roles", f);
    });
    period(fields, Key.IN_FORCE, owner).ifPresent(b::inForce);
    fields.optionalNested(Key.IN_FORCE).ifPresent(f -> places.put("inForce", f.at()));
    eras(entity, fields, owner, b, places);
    fields.optional(Key.DURABILITY).ifPresent(f -> b.durability(f.as(Durability::fromCode)));
    link(fields, Key.SUPERSEDES, places).ifPresent(b::supersedes);
    link(fields, Key.CONTINUES, places).ifPresent(b::continues);
    link(fields, Key.AMENDS, places).ifPresent(b::amends);
    identifiers(fields, b::addIdentifiers);
    encoderNotes(fields, owner, b::addEncoderNotes);
    if (entity.eraId != null && fields.has(Key.PERIOD)) {
      // Only an era has a Period: this heading is most likely an era's, a level too deep.
      throw EntityBlocks.wrongLevel(entity.heading, 3, "an era",
          " (under a policy line heading, a Period field is an era's; a policy line has none)");
    }
    fields.finish(owner);
    TableBlock table = entity.table();
    if (table != null) {
      priorities(table, b, places);
    }
    assembly.lines.add(new NarrativeAssembly.Draft<>(build(at, owner, fields, b::build), position, at, places, assembly.kept(fields)));
  }

  private static void eras(EntityBlocks entity, Fields fields, String owner, PolicyLine.Builder b,
      Map<String, Place> places) {
    Optional<Fields.Field> erasField = fields.optional(Key.ERAS);
    if (erasField.isPresent()) {
      List<String> ids = erasField.get().as(Values::parseIds);
      if (entity.eraId != null && !ids.contains(entity.eraId)) {
        throw erasField.get().at().error(owner + " stands under era '" + entity.eraId
            + "' but its Eras field does not list it; expected it among: " + String.join(", ", ids));
      }
      b.addAllEras(ids);
      place(places, "eras", erasField.get());
    } else if (entity.eraId != null) {
      b.addEras(entity.eraId);
      places.put("eras", Place.of(entity.heading));
    }
  }

  /** A field naming another policy line (Supersedes, Continues, Amends). */
  private static Optional<String> link(Fields fields, Key key, Map<String, Place> places) {
    Optional<Fields.Field> field = fields.optional(key);
    field.ifPresent(f -> place(places, key.attribute, f));
    return field.map(Fields.Field::value);
  }

  private void priorities(TableBlock table, PolicyLine.Builder b, Map<String, Place> places) {
    List<TableReader.Row> rows = tables.rows(table, Dialect.PRIORITIES);
    for (int r = 0; r < rows.size(); r++) {
      TableReader.Row row = rows.get(r);
      MarkdownSource.Value sector = row.cell(0);
      SectorPriority.Builder p = SectorPriority.builder();
      p.sector(assembly.sectorNamed(sector, "Sector"));
      p.mode(TableReader.cellAs(row.cell(1), "Mode", PriorityMode::fromCode));
      if (!row.text(2).isEmpty()) {
        int rank = TableReader.cellAs(row.cell(2), "Rank", v -> Values.parsePositive(v, "a rank"));
        p.rank(rank);
      }
      if (!row.text(3).isEmpty()) {
        p.wording(row.text(3));
      }
      b.addPriorities(build(sector.at(), "sector priority", p::build));
      places.put("priorities[" + r + "].sector", sector.at());
      places.put("priorities[" + r + "].mode", row.cell(1).at());
    }
  }
}
