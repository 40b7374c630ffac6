package org.policynarrative.json.internal.ser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
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
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes every model type in the canonical layout: fields in a fixed order (the order of the
 * model's accessors), empty collections and absent optionals left out, enums as their codes,
 * dates as EDTF strings, language-tagged labels sorted by tag. Only the generic
 * {@link JsonGenerator} API is used, so any Jackson data format can carry the same structure.
 */
public final class ModelWriters {

  // Field names, encoded once: a generator writes these bytes as they are.
  private static final SerializableString ABOUT = new SerializedString("about");
  private static final SerializableString ADOPTED = new SerializedString("adopted");
  private static final SerializableString ADOPTED_AT = new SerializedString("adoptedAt");
  private static final SerializableString ADOPTED_BY = new SerializedString("adoptedBy");
  private static final SerializableString ALTERNATIVE_NAMES = new SerializedString("alternativeNames");
  private static final SerializableString ANCHOR = new SerializedString("anchor");
  private static final SerializableString AS_WRITTEN = new SerializedString("asWritten");
  private static final SerializableString ASSERTED_BY = new SerializedString("assertedBy");
  private static final SerializableString ASSESSMENTS = new SerializedString("assessments");
  private static final SerializableString ASSESSOR = new SerializedString("assessor");
  private static final SerializableString BROADER = new SerializedString("broader");
  private static final SerializableString CALENDAR = new SerializedString("calendar");
  private static final SerializableString CAUSES = new SerializedString("causes");
  private static final SerializableString CLAIMS = new SerializedString("claims");
  private static final SerializableString CODE = new SerializedString("code");
  private static final SerializableString CONTINUES = new SerializedString("continues");
  private static final SerializableString DATE = new SerializedString("date");
  private static final SerializableString DESCRIPTION = new SerializedString("description");
  private static final SerializableString DURABILITY = new SerializedString("durability");
  private static final SerializableString EDTF = new SerializedString("edtf");
  private static final SerializableString EFFECTS = new SerializedString("effects");
  private static final SerializableString END = new SerializedString("end");
  private static final SerializableString ERAS = new SerializedString("eras");
  private static final SerializableString EXACT = new SerializedString("exact");
  private static final SerializableString EXTRACTED_BY = new SerializedString("extractedBy");
  private static final SerializableString FORMAT = new SerializedString("format");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString LABELS = new SerializedString("labels");
  private static final SerializableString LANGUAGE = new SerializedString("language");
  private static final SerializableString MAPPINGS = new SerializedString("mappings");
  private static final SerializableString MODE = new SerializedString("mode");
  private static final SerializableString NAME = new SerializedString("name");
  private static final SerializableString NOTE = new SerializedString("note");
  private static final SerializableString PERIOD = new SerializedString("period");
  private static final SerializableString POLICY_LINES = new SerializedString("policyLines");
  private static final SerializableString PREFIX = new SerializedString("prefix");
  private static final SerializableString PRIORITIES = new SerializedString("priorities");
  private static final SerializableString PUBLISHED = new SerializedString("published");
  private static final SerializableString PUBLISHER = new SerializedString("publisher");
  private static final SerializableString RANK = new SerializedString("rank");
  private static final SerializableString RATING_LABEL = new SerializedString("ratingLabel");
  private static final SerializableString REFERENCES = new SerializedString("references");
  private static final SerializableString REFERS_TO = new SerializedString("refersTo");
  private static final SerializableString RELATION = new SerializedString("relation");
  private static final SerializableString SCHEME = new SerializedString("scheme");
  private static final SerializableString SECTOR = new SerializedString("sector");
  private static final SerializableString SECTORS = new SerializedString("sectors");
  private static final SerializableString SHA256 = new SerializedString("sha256");
  private static final SerializableString SOURCE = new SerializedString("source");
  private static final SerializableString SOURCES = new SerializedString("sources");
  private static final SerializableString START = new SerializedString("start");
  private static final SerializableString STATEMENT = new SerializedString("statement");
  private static final SerializableString SUFFIX = new SerializedString("suffix");
  private static final SerializableString SUMMARY = new SerializedString("summary");
  private static final SerializableString SUPERSEDES = new SerializedString("supersedes");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString URL = new SerializedString("url");
  private static final SerializableString VERDICT = new SerializedString("verdict");
  private static final SerializableString VERSION = new SerializedString("version");
  private static final SerializableString WORDING = new SerializedString("wording");

  private static final int REFERENCE_BUFFER_LENGTH = 256;
  /** Per thread, room for an entity reference's text; a longer one is written from its string. */
  private static final ThreadLocal<char[]> REFERENCE_BUFFER =
      ThreadLocal.withInitial(() -> new char[REFERENCE_BUFFER_LENGTH]);

  private ModelWriters() {}

  /** A whole narrative, with its {@code format} version first. */
  public static void narrative(JsonGenerator g, Narrative n) {
    g.writeStartObject(n);
    string(g, FORMAT, FormatVersion.CURRENT);
    string(g, ID, n.id());
    string(g, TITLE, n.title());
    string(g, LANGUAGE, n.language());
    string(g, VERSION, n.version());
    string(g, DESCRIPTION, n.description());
    list(g, SOURCES, n.sources(), ModelWriters::source);
    list(g, ERAS, n.eras(), ModelWriters::era);
    list(g, SECTORS, n.sectors(), ModelWriters::sector);
    list(g, POLICY_LINES, n.policyLines(), ModelWriters::policyLine);
    list(g, CLAIMS, n.claims(), ModelWriters::claim);
    g.writeEndObject();
  }

  /** A source. */
  public static void source(JsonGenerator g, Source s) {
    g.writeStartObject(s);
    string(g, ID, s.id());
    string(g, TITLE, s.title());
    string(g, PUBLISHER, s.publisher());
    if (s.published().isPresent()) {
      g.writeName(PUBLISHED);
      date(g, s.published().get());
    }
    string(g, URL, s.url());
    string(g, LANGUAGE, s.language());
    string(g, SHA256, s.sha256());
    string(g, NOTE, s.note());
    g.writeEndObject();
  }

  /** An era. */
  public static void era(JsonGenerator g, Era e) {
    g.writeStartObject(e);
    string(g, ID, e.id());
    string(g, NAME, e.name());
    labels(g, LABELS, e.labels());
    strings(g, ALTERNATIVE_NAMES, e.alternativeNames());
    g.writeName(PERIOD);
    period(g, e.period());
    string(g, SUMMARY, e.summary());
    string(g, SOURCE, e.source());
    g.writeEndObject();
  }

  /** A sector. */
  public static void sector(JsonGenerator g, Sector s) {
    g.writeStartObject(s);
    string(g, ID, s.id());
    string(g, NAME, s.name());
    labels(g, LABELS, s.labels());
    string(g, BROADER, s.broader());
    list(g, MAPPINGS, s.mappings(), ModelWriters::sectorMapping);
    string(g, DESCRIPTION, s.description());
    g.writeEndObject();
  }

  /** A mapping to an external scheme. */
  public static void sectorMapping(JsonGenerator g, SectorMapping m) {
    g.writeStartObject(m);
    string(g, SCHEME, m.scheme());
    string(g, CODE, m.code());
    string(g, RELATION, m.relation().code());
    g.writeEndObject();
  }

  /** A policy line; its durability is left out when {@link Durability#UNSTATED}, the default. */
  public static void policyLine(JsonGenerator g, PolicyLine l) {
    g.writeStartObject(l);
    string(g, ID, l.id());
    string(g, NAME, l.name());
    string(g, STATEMENT, l.statement());
    if (l.adopted().isPresent()) {
      g.writeName(ADOPTED);
      date(g, l.adopted().get());
    }
    string(g, ADOPTED_BY, l.adoptedBy());
    string(g, ADOPTED_AT, l.adoptedAt());
    strings(g, ERAS, l.eras());
    list(g, PRIORITIES, l.priorities(), ModelWriters::sectorPriority);
    if (l.durability() != Durability.UNSTATED) {
      string(g, DURABILITY, l.durability().code());
    }
    string(g, SUPERSEDES, l.supersedes());
    string(g, CONTINUES, l.continues());
    g.writeEndObject();
  }

  /** A sector priority. */
  public static void sectorPriority(JsonGenerator g, SectorPriority p) {
    g.writeStartObject(p);
    string(g, SECTOR, p.sector());
    string(g, MODE, p.mode().code());
    Optional<Integer> rank = p.rank();
    if (rank.isPresent()) {
      g.writeName(RANK);
      g.writeNumber(rank.get());
    }
    string(g, WORDING, p.wording());
    g.writeEndObject();
  }

  /** A claim. */
  public static void claim(JsonGenerator g, Claim c) {
    g.writeStartObject(c);
    string(g, ID, c.id());
    string(g, STATEMENT, c.statement());
    string(g, KIND, c.kind().code());
    list(g, ABOUT, c.about(), ModelWriters::entityRef);
    list(g, CAUSES, c.causes(), ModelWriters::entityRef);
    list(g, EFFECTS, c.effects(), ModelWriters::entityRef);
    string(g, ASSERTED_BY, c.assertedBy());
    string(g, EXTRACTED_BY, c.extractedBy());
    Optional<Period> refersTo = c.refersTo();
    if (refersTo.isPresent()) {
      g.writeName(REFERS_TO);
      period(g, refersTo.get());
    }
    g.writeName(ANCHOR);
    anchor(g, c.anchor());
    list(g, ASSESSMENTS, c.assessments(), ModelWriters::assessment);
    g.writeEndObject();
  }

  /** An entity reference, as the string {@code kind:id}. */
  public static void entityRef(JsonGenerator g, EntityRef r) {
    String code = r.kind().code();
    String id = r.id();
    int length = code.length() + 1 + id.length();
    if (length > REFERENCE_BUFFER_LENGTH) {
      g.writeString(r.toString());
      return;
    }
    // The characters of r.toString(), without making that string for every reference written.
    char[] buffer = REFERENCE_BUFFER.get();
    code.getChars(0, code.length(), buffer, 0);
    buffer[code.length()] = ':';
    id.getChars(0, id.length(), buffer, code.length() + 1);
    g.writeString(buffer, 0, length);
  }

  /** An anchor; offsets count code points. */
  public static void anchor(JsonGenerator g, Anchor a) {
    g.writeStartObject(a);
    string(g, SOURCE, a.source());
    string(g, EXACT, a.exact());
    string(g, PREFIX, a.prefix());
    string(g, SUFFIX, a.suffix());
    Optional<Integer> start = a.start();
    if (start.isPresent()) {
      g.writeName(START);
      g.writeNumber(start.get());
      g.writeName(END);
      g.writeNumber(a.end().get());
    }
    g.writeEndObject();
  }

  /** An assessment. */
  public static void assessment(JsonGenerator g, Assessment a) {
    g.writeStartObject(a);
    string(g, ASSESSOR, a.assessor());
    string(g, VERDICT, a.verdict().code());
    string(g, RATING_LABEL, a.ratingLabel());
    Optional<HistoricalDate> date = a.date();
    if (date.isPresent()) {
      g.writeName(DATE);
      date(g, date.get());
    }
    string(g, NOTE, a.note());
    strings(g, REFERENCES, a.references());
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
    string(g, EDTF, d.toEdtf());
    string(g, AS_WRITTEN, d.asWritten());
    if (d.calendar() != CalendarModel.GREGORIAN) {
      string(g, CALENDAR, d.calendar().code());
    }
    g.writeEndObject();
  }

  /**
   * A period: the EDTF string ({@code 1953}, {@code 1953/1960}, {@code 2000/..}, {@code 1985/})
   * when its dates carry no wording; otherwise a single date as {@link #date}, an interval as
   * {@code {"start", "end"}} with open ends left out and unknown ends as {@code ""}.
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
        g.writeName(START);
        date(g, p.start().get());
      } else if (p.isStartUnknown()) {
        string(g, START, "");
      }
      if (p.end().isPresent()) {
        g.writeName(END);
        date(g, p.end().get());
      } else if (p.isEndUnknown()) {
        string(g, END, "");
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

  private static void string(JsonGenerator g, SerializableString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  private static void string(JsonGenerator g, SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      string(g, name, value.get());
    }
  }

  private static void strings(JsonGenerator g, SerializableString name, List<String> values) {
    list(g, name, values, JsonGenerator::writeString);
  }

  private static <T> void list(JsonGenerator g, SerializableString name, List<T> values, BiConsumer<JsonGenerator, T> element) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray(values, values.size());
    if (values instanceof RandomAccess) {
      // The model's lists: no iterator per list.
      for (int i = 0, n = values.size(); i < n; i++) {
        element.accept(g, values.get(i));
      }
    } else {
      for (T value : values) {
        element.accept(g, value);
      }
    }
    g.writeEndArray();
  }

  private static void labels(JsonGenerator g, SerializableString name, Map<String, String> labels) {
    if (labels.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartObject(labels);
    for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
      g.writeName(label.getKey());
      g.writeString(label.getValue());
    }
    g.writeEndObject();
  }
}
