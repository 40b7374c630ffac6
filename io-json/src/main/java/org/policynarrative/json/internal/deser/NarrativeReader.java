package org.policynarrative.json.internal.deser;

import org.policynarrative.core.Narrative;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import org.policynarrative.json.internal.version.FormatVersion;

/** Reads the document: a narrative, with the {@code format} version it is written in. */
final class NarrativeReader {

  private NarrativeReader() {}

  static Narrative narrative(JsonInput in) {
    Narrative.Builder b = Narrative.builder();
    // Unknown fields are reported after the whole object, so a newer format version is named first.
    ObjectScope o = in.object(JsonFields.NARRATIVE, true);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case FORMAT -> FormatVersion.problemWith(in.string()).ifPresent(problem -> {
          throw in.fail(problem);
        });
        case ID -> b.id(in.string());
        case TITLE -> b.title(in.string());
        case LANGUAGE -> b.language(in.string());
        case VERSION -> b.version(in.string());
        case DESCRIPTION -> b.description(in.string());
        case SOURCES -> b.addAllSources(in.list(name, SourceReader::source));
        case ERAS -> b.addAllEras(in.list(name, EraReader::era));
        case SECTORS -> b.addAllSectors(in.list(name, SectorReader::sector));
        case POLICY_LINES -> b.addAllPolicyLines(in.list(name, PolicyLineReader::policyLine));
        case CLAIMS -> b.addAllClaims(in.list(name, ClaimReader::claim));
        default -> throw o.noReader(name);
      }
    }
    return o.build(b::build);
  }
}
