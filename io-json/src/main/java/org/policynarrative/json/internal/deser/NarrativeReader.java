package org.policynarrative.json.internal.deser;

import org.policynarrative.core.Narrative;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import org.policynarrative.json.internal.version.FormatVersion;
import tools.jackson.core.JacksonException;

/**
 * Reads the document: a narrative, with the {@code format} version it is written in. Version 1 and
 * version 2 documents are read by the same readers, since version 2 only added fields; a document
 * that says it is in version 1 but uses one of them is refused (unless unknown fields are skipped),
 * so that its {@code format} keeps telling older readers the truth.
 */
final class NarrativeReader {

  private NarrativeReader() {}

  static Narrative narrative(JsonInput in) {
    Narrative.Builder b = Narrative.builder();
    int major = FormatVersion.MAJOR;
    // Unknown fields are reported after the whole object, so a newer format version is named first.
    ObjectScope o = in.object(JsonFields.NARRATIVE, true);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case FORMAT -> major = formatVersion(in);
          case ID -> b.id(in.string());
          case TITLE -> b.title(in.string());
          case LANGUAGE -> b.language(in.string());
          case VERSION -> b.version(in.string());
          case DESCRIPTION -> b.description(in.string());
          case VOCABULARY -> b.addAllVocabulary(in.list(name, VocabularyReader::codeDefinition));
          case SOURCES -> b.addAllSources(in.list(name, SourceReader::source));
          case ERAS -> b.addAllEras(in.list(name, EraReader::era));
          case SECTORS -> b.addAllSectors(in.list(name, SectorReader::sector));
          case ACTORS -> b.addAllActors(in.list(name, ActorReader::actor));
          case EVENTS -> b.addAllEvents(in.list(name, EventReader::event));
          case POLICY_LINES -> b.addAllPolicyLines(in.list(name, PolicyLineReader::policyLine));
          case CLAIMS -> b.addAllClaims(in.list(name, ClaimReader::claim));
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    if (major < 2 && in.firstVersion2Field() != null && in.failsOnUnknownFields()) {
      in.errors().keep(in.fail(in.firstVersion2Field(), "field '" + in.firstVersion2Name() + "' was added in format "
          + "policy-narrative/2, but this document says it is in policy-narrative/" + major + "; change its "
          + "\"format\" to \"" + FormatVersion.CURRENT + "\" to use it"));
    }
    return o.build(b::build);
  }

  /** The {@code format} value's major version, once the reader knows it understands the value. */
  private static int formatVersion(JsonInput in) {
    String value = in.string();
    FormatVersion.problemWith(value).ifPresent(problem -> {
      // A newer major version ends the read alone: what else this reader finds wrong may be its news.
      throw FormatVersion.isNewer(value) ? in.errors().alone(in.fail(problem)) : in.fail(problem);
    });
    return FormatVersion.major(value);
  }
}
