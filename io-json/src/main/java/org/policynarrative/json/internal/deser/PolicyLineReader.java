package org.policynarrative.json.internal.deser;

import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Durability;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;

/** Reads a policy line, the priorities it gives sectors and the parts actors play in it. */
final class PolicyLineReader {

  private PolicyLineReader() {}

  static PolicyLine policyLine(JsonInput in) {
    PolicyLine.Builder b = PolicyLine.builder();
    ObjectScope o = in.object(JsonFields.POLICY_LINE, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case ID -> b.id(in.string());
          case NAME -> b.name(in.string());
          case LABELS -> b.putAllLabels(in.labels(name));
          case STATEMENT -> b.statement(in.string());
          case ADOPTED -> b.adopted(DateReader.date(in));
          case ADOPTED_BY -> b.adoptedBy(in.string());
          case ADOPTED_AT -> b.adoptedAt(in.string());
          case ADOPTED_AT_EVENT -> b.adoptedAtEvent(in.string());
          case ROLES -> b.addAllRoles(in.list(name, PolicyLineReader::lineRole));
          case IN_FORCE -> b.inForce(DateReader.period(in));
          case ERAS -> b.addAllEras(in.strings(name));
          case PRIORITIES -> b.addAllPriorities(in.list(name, PolicyLineReader::sectorPriority));
          case DURABILITY -> b.durability(in.parsed(Durability::fromCode));
          case SUPERSEDES -> b.supersedes(in.string());
          case CONTINUES -> b.continues(in.string());
          case AMENDS -> b.amends(in.string());
          case IDENTIFIERS -> b.addAllIdentifiers(in.strings(name));
          case ENCODER_NOTES -> b.addAllEncoderNotes(in.list(name, NoteReader::encoderNote));
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }

  /** An actor's part in the line: {@code {"role": "adopted-by", "actor": "wpk"}}. */
  static LineRole lineRole(JsonInput in) {
    LineRole.Builder b = LineRole.builder();
    ObjectScope o = in.object(JsonFields.LINE_ROLE, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case ROLE -> b.role(in.parsed(ActorRole::fromCode));
          case ACTOR -> b.actor(in.string());
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }

  static SectorPriority sectorPriority(JsonInput in) {
    SectorPriority.Builder b = SectorPriority.builder();
    ObjectScope o = in.object(JsonFields.SECTOR_PRIORITY, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case SECTOR -> b.sector(in.string());
          case MODE -> b.mode(in.parsed(PriorityMode::fromCode));
          case RANK -> b.rank(NumberReader.integer(in));
          case WORDING -> b.wording(in.string());
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }
}
