package org.policynarrative.json.internal.ser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.json.internal.version.FormatVersion;
import tools.jackson.core.JsonGenerator;

/**
 * Writes every model type in the canonical layout: fields in a fixed order (the order of the
 * model's accessors), empty collections and absent optionals left out, enums as their codes,
 * dates as EDTF strings, language-tagged labels sorted by tag. Only the generic
 * {@link JsonGenerator} API is used, so any Jackson data format can carry the same structure.
 */
public final class ModelWriters {

  private ModelWriters() {}

  /** A whole narrative, with its {@code format} version first. */
  public static void narrative(JsonGenerator g, Narrative n) {
    g.writeStartObject(n);
    string(g, "format", FormatVersion.CURRENT);
    string(g, "id", n.id());
    string(g, "title", n.title());
    string(g, "language", n.language());
    string(g, "version", n.version());
    string(g, "description", n.description());
    list(g, "sources", n.sources(), ModelWriters::source);
    list(g, "eras", n.eras(), ModelWriters::era);
    list(g, "sectors", n.sectors(), ModelWriters::sector);
    list(g, "policyLines", n.policyLines(), ModelWriters::policyLine);
    list(g, "claims", n.claims(), ModelWriters::claim);
    g.writeEndObject();
  }

  /** A source. */
  public static void source(JsonGenerator g, Source s) {
    g.writeStartObject(s);
    string(g, "id", s.id());
    string(g, "title", s.title());
    string(g, "publisher", s.publisher());
    if (s.published().isPresent()) {
      g.writeName("published");
      date(g, s.published().get());
    }
    string(g, "url", s.url());
    string(g, "language", s.language());
    string(g, "sha256", s.sha256());
    string(g, "note", s.note());
    g.writeEndObject();
  }

  /** An era. */
  public static void era(JsonGenerator g, Era e) {
    g.writeStartObject(e);
    string(g, "id", e.id());
    string(g, "name", e.name());
    labels(g, "labels", e.labels());
    strings(g, "alternativeNames", e.alternativeNames());
    g.writeName("period");
    period(g, e.period());
    string(g, "summary", e.summary());
    string(g, "source", e.source());
    g.writeEndObject();
  }

  /** A sector. */
  public static void sector(JsonGenerator g, Sector s) {
    g.writeStartObject(s);
    string(g, "id", s.id());
    string(g, "name", s.name());
    labels(g, "labels", s.labels());
    string(g, "broader", s.broader());
    list(g, "mappings", s.mappings(), ModelWriters::sectorMapping);
    string(g, "description", s.description());
    g.writeEndObject();
  }

  /** A mapping to an external scheme. */
  public static void sectorMapping(JsonGenerator g, SectorMapping m) {
    g.writeStartObject(m);
    string(g, "scheme", m.scheme());
    string(g, "code", m.code());
    string(g, "relation", m.relation().code());
    g.writeEndObject();
  }

  /** A policy line; its durability is left out when {@link Durability#UNSTATED}, the default. */
  public static void policyLine(JsonGenerator g, PolicyLine l) {
    g.writeStartObject(l);
    string(g, "id", l.id());
    string(g, "name", l.name());
    string(g, "statement", l.statement());
    if (l.adopted().isPresent()) {
      g.writeName("adopted");
      date(g, l.adopted().get());
    }
    string(g, "adoptedBy", l.adoptedBy());
    string(g, "adoptedAt", l.adoptedAt());
    strings(g, "eras", l.eras());
    list(g, "priorities", l.priorities(), ModelWriters::sectorPriority);
    if (l.durability() != Durability.UNSTATED) {
      string(g, "durability", l.durability().code());
    }
    string(g, "supersedes", l.supersedes());
    string(g, "continues", l.continues());
    g.writeEndObject();
  }

  /** A sector priority. */
  public static void sectorPriority(JsonGenerator g, SectorPriority p) {
    g.writeStartObject(p);
    string(g, "sector", p.sector());
    string(g, "mode", p.mode().code());
    if (p.rank().isPresent()) {
      g.writeName("rank");
      g.writeNumber(p.rank().get());
    }
    string(g, "wording", p.wording());
    g.writeEndObject();
  }

  /** A claim. */
  public static void claim(JsonGenerator g, Claim c) {
    g.writeStartObject(c);
    string(g, "id", c.id());
    string(g, "statement", c.statement());
    string(g, "kind", c.kind().code());
    list(g, "about", c.about(), ModelWriters::entityRef);
    list(g, "causes", c.causes(), ModelWriters::entityRef);
    list(g, "effects", c.effects(), ModelWriters::entityRef);
    string(g, "assertedBy", c.assertedBy());
    string(g, "extractedBy", c.extractedBy());
    if (c.refersTo().isPresent()) {
      g.writeName("refersTo");
      period(g, c.refersTo().get());
    }
    g.writeName("anchor");
    anchor(g, c.anchor());
    list(g, "assessments", c.assessments(), ModelWriters::assessment);
    g.writeEndObject();
  }

  /** An entity reference, as the string {@code kind:id}. */
  public static void entityRef(JsonGenerator g, EntityRef r) {
    g.writeString(r.toString());
  }

  /** An anchor; offsets count code points. */
  public static void anchor(JsonGenerator g, Anchor a) {
    g.writeStartObject(a);
    string(g, "source", a.source());
    string(g, "exact", a.exact());
    string(g, "prefix", a.prefix());
    string(g, "suffix", a.suffix());
    if (a.start().isPresent()) {
      g.writeName("start");
      g.writeNumber(a.start().get());
      g.writeName("end");
      g.writeNumber(a.end().get());
    }
    g.writeEndObject();
  }

  /** An assessment. */
  public static void assessment(JsonGenerator g, Assessment a) {
    g.writeStartObject(a);
    string(g, "assessor", a.assessor());
    string(g, "verdict", a.verdict().code());
    string(g, "ratingLabel", a.ratingLabel());
    if (a.date().isPresent()) {
      g.writeName("date");
      date(g, a.date().get());
    }
    string(g, "note", a.note());
    strings(g, "references", a.references());
    g.writeEndObject();
  }

  /**
   * A date: the EDTF string when that says everything, otherwise (the source's own wording
   * was recorded) an object {@code {"edtf", "asWritten", "calendar"}}, so nothing is lost.
   */
  public static void date(JsonGenerator g, HistoricalDate d) {
    if (isPlain(d)) {
      g.writeString(d.toEdtf());
      return;
    }
    g.writeStartObject(d);
    string(g, "edtf", d.toEdtf());
    string(g, "asWritten", d.asWritten());
    if (d.calendar() != CalendarModel.GREGORIAN) {
      string(g, "calendar", d.calendar().code());
    }
    g.writeEndObject();
  }

  /**
   * A period: the EDTF string ({@code 1953}, {@code 1953/1960}, {@code 2000/..}) when its dates
   * carry no wording; otherwise a single date as {@link #date}, an interval as
   * {@code {"start", "end"}} with open ends left out.
   */
  public static void period(JsonGenerator g, Period p) {
    boolean plain = isPlain(p.start()) && isPlain(p.end());
    if (plain) {
      g.writeString(p.toEdtf());
    } else if (p.isSingleDate()) {
      date(g, p.start().get());
    } else {
      g.writeStartObject(p);
      if (p.start().isPresent()) {
        g.writeName("start");
        date(g, p.start().get());
      }
      if (p.end().isPresent()) {
        g.writeName("end");
        date(g, p.end().get());
      }
      g.writeEndObject();
    }
  }

  /** An absent end, or a date {@link #isPlain(HistoricalDate)}; without {@code Optional.map}'s boxing. */
  private static boolean isPlain(Optional<HistoricalDate> d) {
    return d.isEmpty() || isPlain(d.get());
  }

  private static boolean isPlain(HistoricalDate d) {
    return d.asWritten().isEmpty() && d.calendar() == CalendarModel.GREGORIAN;
  }

  private static void string(JsonGenerator g, String name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      string(g, name, value.get());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    list(g, name, values, JsonGenerator::writeString);
  }

  private static <T> void list(JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> element) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray(values, values.size());
    for (T value : values) {
      element.accept(g, value);
    }
    g.writeEndArray();
  }

  private static void labels(JsonGenerator g, String name, Map<String, String> labels) {
    if (labels.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartObject(labels);
    for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
      string(g, label.getKey(), label.getValue());
    }
    g.writeEndObject();
  }
}
