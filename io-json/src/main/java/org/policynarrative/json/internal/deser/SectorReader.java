package org.policynarrative.json.internal.deser;

import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;

/** Reads a sector and its mappings to external schemes. */
final class SectorReader {

  private SectorReader() {}

  static Sector sector(JsonInput in) {
    Sector.Builder b = Sector.builder();
    ObjectScope o = in.object(JsonFields.SECTOR, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case ID -> b.id(in.string());
          case NAME -> b.name(in.string());
          case LABELS -> b.putAllLabels(in.labels(name));
          case BROADER -> b.broader(in.string());
          case MAPPINGS -> b.addAllMappings(in.list(name, SectorReader::sectorMapping));
          case DESCRIPTION -> b.description(in.string());
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

  static SectorMapping sectorMapping(JsonInput in) {
    String scheme = null;
    String code = null;
    MappingRelation relation = null;
    ObjectScope o = in.object(JsonFields.SECTOR_MAPPING, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case SCHEME -> scheme = in.string();
          case CODE -> code = in.string();
          case RELATION -> relation = in.parsed(MappingRelation::fromCode);
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    o.skipIfFailed(); // SectorMapping.of needs every field
    String readScheme = scheme;
    String readCode = code;
    MappingRelation readRelation = relation;
    return o.build(() -> SectorMapping.of(readScheme, readCode, readRelation));
  }
}
