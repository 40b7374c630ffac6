package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.labels;
import static org.policynarrative.json.internal.ser.JsonOutput.list;
import static org.policynarrative.json.internal.ser.JsonOutput.string;
import static org.policynarrative.json.internal.ser.JsonOutput.strings;

import java.util.Optional;
import org.policynarrative.core.Durability;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/** Writes a policy line, the priorities it gives sectors and the parts actors play in it. */
final class PolicyLineWriter {

  private PolicyLineWriter() {}

  /** A policy line; its durability is left out when {@link Durability#UNSTATED}, the default. */
  static void policyLine(JsonGenerator g, PolicyLine l) {
    g.writeStartObject(l);
    string(g, JsonName.ID, l.id());
    string(g, JsonName.NAME, l.name());
    labels(g, JsonName.LABELS, l.labels());
    string(g, JsonName.STATEMENT, l.statement());
    DateWriter.date(g, JsonName.ADOPTED, l.adopted());
    string(g, JsonName.ADOPTED_BY, l.adoptedBy());
    string(g, JsonName.ADOPTED_AT, l.adoptedAt());
    string(g, JsonName.ADOPTED_AT_EVENT, l.adoptedAtEvent());
    list(g, JsonName.ROLES, l.roles(), PolicyLineWriter::lineRole);
    DateWriter.period(g, JsonName.IN_FORCE, l.inForce());
    strings(g, JsonName.ERAS, l.eras());
    list(g, JsonName.PRIORITIES, l.priorities(), PolicyLineWriter::sectorPriority);
    if (l.durability() != Durability.UNSTATED) {
      string(g, JsonName.DURABILITY, l.durability().code());
    }
    string(g, JsonName.SUPERSEDES, l.supersedes());
    string(g, JsonName.CONTINUES, l.continues());
    string(g, JsonName.AMENDS, l.amends());
    NoteWriter.identifiersAndNotes(g, l.identifiers(), l.encoderNotes());
    g.writeEndObject();
  }

  static void lineRole(JsonGenerator g, LineRole r) {
    g.writeStartObject(r);
    string(g, JsonName.ROLE, r.role().code());
    string(g, JsonName.ACTOR, r.actor());
    g.writeEndObject();
  }

  static void sectorPriority(JsonGenerator g, SectorPriority p) {
    g.writeStartObject(p);
    string(g, JsonName.SECTOR, p.sector());
    string(g, JsonName.MODE, p.mode().code());
    Optional<Integer> rank = p.rank();
    if (rank.isPresent()) {
      g.writeName(JsonName.RANK.encoded());
      g.writeNumber(rank.get());
    }
    string(g, JsonName.WORDING, p.wording());
    g.writeEndObject();
  }
}
