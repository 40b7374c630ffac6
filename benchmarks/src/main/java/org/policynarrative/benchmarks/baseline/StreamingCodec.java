package org.policynarrative.benchmarks.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policynarrative.benchmarks.baseline.Records.AnchorRecord;
import org.policynarrative.benchmarks.baseline.Records.AssessmentRecord;
import org.policynarrative.benchmarks.baseline.Records.ClaimRecord;
import org.policynarrative.benchmarks.baseline.Records.DateRecord;
import org.policynarrative.benchmarks.baseline.Records.EraRecord;
import org.policynarrative.benchmarks.baseline.Records.MappingRecord;
import org.policynarrative.benchmarks.baseline.Records.NarrativeRecord;
import org.policynarrative.benchmarks.baseline.Records.PeriodRecord;
import org.policynarrative.benchmarks.baseline.Records.PolicyLineRecord;
import org.policynarrative.benchmarks.baseline.Records.PriorityRecord;
import org.policynarrative.benchmarks.baseline.Records.SectorRecord;
import org.policynarrative.benchmarks.baseline.Records.SourceRecord;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Hand-written Jackson streaming code for the baseline records: the practical limit of reading and
 * writing this document shape with Jackson. Unknown properties are skipped; nothing is validated.
 */
public final class StreamingCodec {

  private StreamingCodec() {}

  // ---------------------------------------------------------------- reading

  /** Reads one document; the parser stands before its first token. */
  public static NarrativeRecord read(JsonParser p) {
    p.nextToken();
    return narrative(p);
  }

  private interface Reader<T> {
    T read(JsonParser p);
  }

  private static <T> List<T> list(JsonParser p, Reader<T> item) {
    List<T> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(item.read(p));
    }
    return values;
  }

  private static List<String> strings(JsonParser p) {
    List<String> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(p.getString());
    }
    return values;
  }

  private static Map<String, String> stringMap(JsonParser p) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      values.put(name, p.nextStringValue());
    }
    return values;
  }

  private static NarrativeRecord narrative(JsonParser p) {
    String format = null, id = null, title = null, language = null, version = null, description = null;
    List<SourceRecord> sources = null;
    List<EraRecord> eras = null;
    List<SectorRecord> sectors = null;
    List<PolicyLineRecord> lines = null;
    List<ClaimRecord> claims = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "format": format = p.getString(); break;
        case "id": id = p.getString(); break;
        case "title": title = p.getString(); break;
        case "language": language = p.getString(); break;
        case "version": version = p.getString(); break;
        case "description": description = p.getString(); break;
        case "sources": sources = list(p, StreamingCodec::source); break;
        case "eras": eras = list(p, StreamingCodec::era); break;
        case "sectors": sectors = list(p, StreamingCodec::sector); break;
        case "policyLines": lines = list(p, StreamingCodec::policyLine); break;
        case "claims": claims = list(p, StreamingCodec::claim); break;
        default: p.skipChildren();
      }
    }
    return new NarrativeRecord(format, id, title, language, version, description, sources, eras, sectors, lines, claims);
  }

  private static SourceRecord source(JsonParser p) {
    String id = null, title = null, publisher = null, url = null, language = null, sha256 = null, note = null;
    DateRecord published = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "id": id = p.getString(); break;
        case "title": title = p.getString(); break;
        case "publisher": publisher = p.getString(); break;
        case "published": published = date(p); break;
        case "url": url = p.getString(); break;
        case "language": language = p.getString(); break;
        case "sha256": sha256 = p.getString(); break;
        case "note": note = p.getString(); break;
        default: p.skipChildren();
      }
    }
    return new SourceRecord(id, title, publisher, published, url, language, sha256, note);
  }

  private static DateRecord date(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return DateRecord.of(p.getString());
    }
    String edtf = null, asWritten = null, calendar = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "edtf": edtf = p.getString(); break;
        case "asWritten": asWritten = p.getString(); break;
        case "calendar": calendar = p.getString(); break;
        default: p.skipChildren();
      }
    }
    return new DateRecord(edtf, asWritten, calendar);
  }

  private static PeriodRecord period(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return PeriodRecord.of(p.getString());
    }
    String edtf = null, asWritten = null, calendar = null;
    DateRecord start = null, end = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "edtf": edtf = p.getString(); break;
        case "asWritten": asWritten = p.getString(); break;
        case "calendar": calendar = p.getString(); break;
        case "start": start = date(p); break;
        case "end": end = date(p); break;
        default: p.skipChildren();
      }
    }
    return new PeriodRecord(edtf, asWritten, calendar, start, end);
  }

  private static EraRecord era(JsonParser p) {
    String id = null, name0 = null, summary = null, source = null;
    Map<String, String> labels = null;
    List<String> alternativeNames = null;
    PeriodRecord period = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "id": id = p.getString(); break;
        case "name": name0 = p.getString(); break;
        case "labels": labels = stringMap(p); break;
        case "alternativeNames": alternativeNames = strings(p); break;
        case "period": period = period(p); break;
        case "summary": summary = p.getString(); break;
        case "source": source = p.getString(); break;
        default: p.skipChildren();
      }
    }
    return new EraRecord(id, name0, labels, alternativeNames, period, summary, source);
  }

  private static SectorRecord sector(JsonParser p) {
    String id = null, name0 = null, broader = null, description = null;
    Map<String, String> labels = null;
    List<MappingRecord> mappings = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "id": id = p.getString(); break;
        case "name": name0 = p.getString(); break;
        case "labels": labels = stringMap(p); break;
        case "broader": broader = p.getString(); break;
        case "mappings": mappings = list(p, StreamingCodec::mapping); break;
        case "description": description = p.getString(); break;
        default: p.skipChildren();
      }
    }
    return new SectorRecord(id, name0, labels, broader, mappings, description);
  }

  private static MappingRecord mapping(JsonParser p) {
    String scheme = null, code = null, relation = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "scheme": scheme = p.getString(); break;
        case "code": code = p.getString(); break;
        case "relation": relation = p.getString(); break;
        default: p.skipChildren();
      }
    }
    return new MappingRecord(scheme, code, relation);
  }

  private static PolicyLineRecord policyLine(JsonParser p) {
    String id = null, name0 = null, statement = null, adoptedBy = null, adoptedAt = null, durability = null;
    String supersedes = null, continues = null;
    DateRecord adopted = null;
    List<String> eras = null;
    List<PriorityRecord> priorities = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "id": id = p.getString(); break;
        case "name": name0 = p.getString(); break;
        case "statement": statement = p.getString(); break;
        case "adopted": adopted = date(p); break;
        case "adoptedBy": adoptedBy = p.getString(); break;
        case "adoptedAt": adoptedAt = p.getString(); break;
        case "eras": eras = strings(p); break;
        case "priorities": priorities = list(p, StreamingCodec::priority); break;
        case "durability": durability = p.getString(); break;
        case "supersedes": supersedes = p.getString(); break;
        case "continues": continues = p.getString(); break;
        default: p.skipChildren();
      }
    }
    return new PolicyLineRecord(id, name0, statement, adopted, adoptedBy, adoptedAt, eras, priorities, durability,
        supersedes, continues);
  }

  private static PriorityRecord priority(JsonParser p) {
    String sector = null, mode = null, wording = null;
    Integer rank = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "sector": sector = p.getString(); break;
        case "mode": mode = p.getString(); break;
        case "rank": rank = p.getIntValue(); break;
        case "wording": wording = p.getString(); break;
        default: p.skipChildren();
      }
    }
    return new PriorityRecord(sector, mode, rank, wording);
  }

  private static ClaimRecord claim(JsonParser p) {
    String id = null, statement = null, kind = null, assertedBy = null, extractedBy = null;
    List<String> about = null, causes = null, effects = null;
    PeriodRecord refersTo = null;
    AnchorRecord anchor = null;
    List<AssessmentRecord> assessments = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "id": id = p.getString(); break;
        case "statement": statement = p.getString(); break;
        case "kind": kind = p.getString(); break;
        case "about": about = strings(p); break;
        case "causes": causes = strings(p); break;
        case "effects": effects = strings(p); break;
        case "assertedBy": assertedBy = p.getString(); break;
        case "extractedBy": extractedBy = p.getString(); break;
        case "refersTo": refersTo = period(p); break;
        case "anchor": anchor = anchor(p); break;
        case "assessments": assessments = list(p, StreamingCodec::assessment); break;
        default: p.skipChildren();
      }
    }
    return new ClaimRecord(id, statement, kind, about, causes, effects, assertedBy, extractedBy, refersTo, anchor,
        assessments);
  }

  private static AnchorRecord anchor(JsonParser p) {
    String source = null, exact = null, prefix = null, suffix = null;
    Integer start = null, end = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "source": source = p.getString(); break;
        case "exact": exact = p.getString(); break;
        case "prefix": prefix = p.getString(); break;
        case "suffix": suffix = p.getString(); break;
        case "start": start = p.getIntValue(); break;
        case "end": end = p.getIntValue(); break;
        default: p.skipChildren();
      }
    }
    return new AnchorRecord(source, exact, prefix, suffix, start, end);
  }

  private static AssessmentRecord assessment(JsonParser p) {
    String assessor = null, verdict = null, ratingLabel = null, note = null;
    DateRecord date = null;
    List<String> references = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "assessor": assessor = p.getString(); break;
        case "verdict": verdict = p.getString(); break;
        case "ratingLabel": ratingLabel = p.getString(); break;
        case "date": date = date(p); break;
        case "note": note = p.getString(); break;
        case "references": references = strings(p); break;
        default: p.skipChildren();
      }
    }
    return new AssessmentRecord(assessor, verdict, ratingLabel, date, note, references);
  }

  // ---------------------------------------------------------------- writing

  /** Writes one document; absent values and empty collections are left out, as the model's writer does. */
  public static void write(NarrativeRecord n, JsonGenerator g) {
    g.writeStartObject();
    string(g, "format", n.format());
    string(g, "id", n.id());
    string(g, "title", n.title());
    string(g, "language", n.language());
    string(g, "version", n.version());
    string(g, "description", n.description());
    if (notEmpty(n.sources())) {
      g.writeArrayPropertyStart("sources");
      for (SourceRecord s : n.sources()) {
        g.writeStartObject();
        string(g, "id", s.id());
        string(g, "title", s.title());
        string(g, "publisher", s.publisher());
        date(g, "published", s.published());
        string(g, "url", s.url());
        string(g, "language", s.language());
        string(g, "sha256", s.sha256());
        string(g, "note", s.note());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (notEmpty(n.eras())) {
      g.writeArrayPropertyStart("eras");
      for (EraRecord e : n.eras()) {
        g.writeStartObject();
        string(g, "id", e.id());
        string(g, "name", e.name());
        stringMap(g, "labels", e.labels());
        strings(g, "alternativeNames", e.alternativeNames());
        period(g, "period", e.period());
        string(g, "summary", e.summary());
        string(g, "source", e.source());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (notEmpty(n.sectors())) {
      g.writeArrayPropertyStart("sectors");
      for (SectorRecord s : n.sectors()) {
        g.writeStartObject();
        string(g, "id", s.id());
        string(g, "name", s.name());
        stringMap(g, "labels", s.labels());
        string(g, "broader", s.broader());
        if (notEmpty(s.mappings())) {
          g.writeArrayPropertyStart("mappings");
          for (MappingRecord m : s.mappings()) {
            g.writeStartObject();
            string(g, "scheme", m.scheme());
            string(g, "code", m.code());
            string(g, "relation", m.relation());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        string(g, "description", s.description());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (notEmpty(n.policyLines())) {
      g.writeArrayPropertyStart("policyLines");
      for (PolicyLineRecord l : n.policyLines()) {
        g.writeStartObject();
        string(g, "id", l.id());
        string(g, "name", l.name());
        string(g, "statement", l.statement());
        date(g, "adopted", l.adopted());
        string(g, "adoptedBy", l.adoptedBy());
        string(g, "adoptedAt", l.adoptedAt());
        strings(g, "eras", l.eras());
        if (notEmpty(l.priorities())) {
          g.writeArrayPropertyStart("priorities");
          for (PriorityRecord p : l.priorities()) {
            g.writeStartObject();
            string(g, "sector", p.sector());
            string(g, "mode", p.mode());
            number(g, "rank", p.rank());
            string(g, "wording", p.wording());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        string(g, "durability", l.durability());
        string(g, "supersedes", l.supersedes());
        string(g, "continues", l.continues());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (notEmpty(n.claims())) {
      g.writeArrayPropertyStart("claims");
      for (ClaimRecord c : n.claims()) {
        claim(g, c);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void claim(JsonGenerator g, ClaimRecord c) {
    g.writeStartObject();
    string(g, "id", c.id());
    string(g, "statement", c.statement());
    string(g, "kind", c.kind());
    strings(g, "about", c.about());
    strings(g, "causes", c.causes());
    strings(g, "effects", c.effects());
    string(g, "assertedBy", c.assertedBy());
    string(g, "extractedBy", c.extractedBy());
    period(g, "refersTo", c.refersTo());
    AnchorRecord a = c.anchor();
    if (a != null) {
      g.writeObjectPropertyStart("anchor");
      string(g, "source", a.source());
      string(g, "exact", a.exact());
      string(g, "prefix", a.prefix());
      string(g, "suffix", a.suffix());
      number(g, "start", a.start());
      number(g, "end", a.end());
      g.writeEndObject();
    }
    if (notEmpty(c.assessments())) {
      g.writeArrayPropertyStart("assessments");
      for (AssessmentRecord s : c.assessments()) {
        g.writeStartObject();
        string(g, "assessor", s.assessor());
        string(g, "verdict", s.verdict());
        string(g, "ratingLabel", s.ratingLabel());
        date(g, "date", s.date());
        string(g, "note", s.note());
        strings(g, "references", s.references());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static boolean notEmpty(List<?> values) {
    return values != null && !values.isEmpty();
  }

  private static void string(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private static void number(JsonGenerator g, String name, Integer value) {
    if (value != null) {
      g.writeNumberProperty(name, value.intValue());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    if (notEmpty(values)) {
      g.writeArrayPropertyStart(name);
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }

  private static void stringMap(JsonGenerator g, String name, Map<String, String> values) {
    if (values != null && !values.isEmpty()) {
      g.writeObjectPropertyStart(name);
      for (Map.Entry<String, String> e : values.entrySet()) {
        g.writeStringProperty(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  }

  private static void date(JsonGenerator g, String name, DateRecord d) {
    if (d != null) {
      g.writeName(name);
      date(g, d.edtf(), d.asWritten(), d.calendar());
    }
  }

  private static void date(JsonGenerator g, String edtf, String asWritten, String calendar) {
    if (asWritten == null && calendar == null) {
      g.writeString(edtf);
      return;
    }
    g.writeStartObject();
    string(g, "edtf", edtf);
    string(g, "asWritten", asWritten);
    string(g, "calendar", calendar);
    g.writeEndObject();
  }

  private static void period(JsonGenerator g, String name, PeriodRecord p) {
    if (p == null) {
      return;
    }
    g.writeName(name);
    if (p.edtf() != null) {
      date(g, p.edtf(), p.asWritten(), p.calendar());
      return;
    }
    g.writeStartObject();
    date(g, "start", p.start());
    date(g, "end", p.end());
    g.writeEndObject();
  }
}
