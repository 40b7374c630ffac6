package org.policynarrative.json.internal.deser;

import java.util.Optional;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.Verdict;
import org.policynarrative.json.internal.deser.JsonInput.Fields;
import org.policynarrative.json.internal.version.FormatVersion;
import tools.jackson.core.JsonToken;

/**
 * Reads every model type from the canonical layout (fields in any order) through the core
 * builders, so each value read satisfies the model's invariants. Every failure is an
 * {@link InvalidNarrativeJsonException} located at the offending value.
 */
final class ModelReaders {

  static final Fields NARRATIVE = Fields.of("format", "id", "title", "language", "version", "description",
      "sources", "eras", "sectors", "policyLines", "claims").requiring("format", "id", "title", "language", "version");
  static final Fields SOURCE = Fields.of("id", "title", "publisher", "published", "url", "language", "sha256",
      "note").requiring("id");
  static final Fields ERA = Fields.of("id", "name", "labels", "alternativeNames", "period", "summary", "source")
      .requiring("id", "name", "period");
  static final Fields SECTOR = Fields.of("id", "name", "labels", "broader", "mappings", "description")
      .requiring("id", "name");
  static final Fields SECTOR_MAPPING = Fields.of("scheme", "code", "relation").requiring("scheme", "code", "relation");
  static final Fields POLICY_LINE = Fields.of("id", "name", "statement", "adopted", "adoptedBy", "adoptedAt",
      "eras", "priorities", "durability", "supersedes", "continues").requiring("id", "name");
  static final Fields SECTOR_PRIORITY = Fields.of("sector", "mode", "rank", "wording").requiring("sector", "mode");
  static final Fields CLAIM = Fields.of("id", "statement", "kind", "about", "causes", "effects", "assertedBy",
      "extractedBy", "refersTo", "anchor", "assessments").requiring("id", "statement", "kind", "assertedBy", "anchor");
  static final Fields ANCHOR = Fields.of("source", "exact", "prefix", "suffix", "start", "end")
      .requiring("source", "exact");
  static final Fields ASSESSMENT = Fields.of("assessor", "verdict", "ratingLabel", "date", "note", "references")
      .requiring("assessor", "verdict");
  static final Fields DATE = Fields.of("edtf", "asWritten", "calendar").requiring("edtf", "asWritten");
  /** A period is an interval ({@code start}, {@code end}) or one date; which fields it needs depends on that. */
  static final Fields PERIOD = Fields.of("start", "end", "edtf", "asWritten", "calendar");

  /** The fields a period written as one date must have (those {@link #DATE} requires). */
  private static final String[] SINGLE_DATE_REQUIRED = {"edtf", "asWritten"};

  private ModelReaders() {}

  static Narrative narrative(JsonInput in) {
    Narrative.Builder b = Narrative.builder();
    JsonInput.ObjectScope o = in.object("narrative", NARRATIVE, true);
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "format":
          String format = in.string();
          Optional<String> problem = FormatVersion.problemWith(format);
          if (problem.isPresent()) {
            throw in.fail(problem.get());
          }
          break;
        case "id":
          b.id(in.string());
          break;
        case "title":
          b.title(in.string());
          break;
        case "language":
          b.language(in.string());
          break;
        case "version":
          b.version(in.string());
          break;
        case "description":
          b.description(in.string());
          break;
        case "sources":
          b.addAllSources(in.list("sources", ModelReaders::source));
          break;
        case "eras":
          b.addAllEras(in.list("eras", ModelReaders::era));
          break;
        case "sectors":
          b.addAllSectors(in.list("sectors", ModelReaders::sector));
          break;
        case "policyLines":
          b.addAllPolicyLines(in.list("policyLines", ModelReaders::policyLine));
          break;
        case "claims":
          b.addAllClaims(in.list("claims", ModelReaders::claim));
          break;
        default:
          throw o.noReader(name);
      }
    }
    return o.build(b::build);
  }

  static Source source(JsonInput in) {
    Source.Builder b = Source.builder();
    JsonInput.ObjectScope o = in.object("source", SOURCE, false);
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "title":
          b.title(in.string());
          break;
        case "publisher":
          b.publisher(in.string());
          break;
        case "published":
          b.published(date(in));
          break;
        case "url":
          b.url(in.string());
          break;
        case "language":
          b.language(in.string());
          break;
        case "sha256":
          b.sha256(in.string());
          break;
        case "note":
          b.note(in.string());
          break;
        default:
          throw o.noReader(name);
      }
    }
    return o.build(b::build);
  }

  static Era era(JsonInput in) {
    Era.Builder b = Era.builder();
    JsonInput.ObjectScope o = in.object("era", ERA, false);
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "name":
          b.name(in.string());
          break;
        case "labels":
          b.putAllLabels(in.labels("labels"));
          break;
        case "alternativeNames":
          b.addAllAlternativeNames(in.strings("alternativeNames"));
          break;
        case "period":
          b.period(period(in));
          break;
        case "summary":
          b.summary(in.string());
          break;
        case "source":
          b.source(in.string());
          break;
        default:
          throw o.noReader(name);
      }
    }
    return o.build(b::build);
  }

  static Sector sector(JsonInput in) {
    Sector.Builder b = Sector.builder();
    JsonInput.ObjectScope o = in.object("sector", SECTOR, false);
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "name":
          b.name(in.string());
          break;
        case "labels":
          b.putAllLabels(in.labels("labels"));
          break;
        case "broader":
          b.broader(in.string());
          break;
        case "mappings":
          b.addAllMappings(in.list("mappings", ModelReaders::sectorMapping));
          break;
        case "description":
          b.description(in.string());
          break;
        default:
          throw o.noReader(name);
      }
    }
    return o.build(b::build);
  }

  static SectorMapping sectorMapping(JsonInput in) {
    String[] scheme = new String[1];
    String[] code = new String[1];
    MappingRelation[] relation = new MappingRelation[1];
    JsonInput.ObjectScope o = in.object("sector mapping", SECTOR_MAPPING, false);
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "scheme":
          scheme[0] = in.string();
          break;
        case "code":
          code[0] = in.string();
          break;
        case "relation":
          relation[0] = in.parsed(MappingRelation::fromCode);
          break;
        default:
          throw o.noReader(name);
      }
    }
    return o.build(() -> SectorMapping.of(scheme[0], code[0], relation[0]));
  }

  static PolicyLine policyLine(JsonInput in) {
    PolicyLine.Builder b = PolicyLine.builder();
    JsonInput.ObjectScope o = in.object("policy line", POLICY_LINE, false);
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "name":
          b.name(in.string());
          break;
        case "statement":
          b.statement(in.string());
          break;
        case "adopted":
          b.adopted(date(in));
          break;
        case "adoptedBy":
          b.adoptedBy(in.string());
          break;
        case "adoptedAt":
          b.adoptedAt(in.string());
          break;
        case "eras":
          b.addAllEras(in.strings("eras"));
          break;
        case "priorities":
          b.addAllPriorities(in.list("priorities", ModelReaders::sectorPriority));
          break;
        case "durability":
          b.durability(in.parsed(Durability::fromCode));
          break;
        case "supersedes":
          b.supersedes(in.string());
          break;
        case "continues":
          b.continues(in.string());
          break;
        default:
          throw o.noReader(name);
      }
    }
    return o.build(b::build);
  }

  static SectorPriority sectorPriority(JsonInput in) {
    SectorPriority.Builder b = SectorPriority.builder();
    JsonInput.ObjectScope o = in.object("sector priority", SECTOR_PRIORITY, false);
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "sector":
          b.sector(in.string());
          break;
        case "mode":
          b.mode(in.parsed(PriorityMode::fromCode));
          break;
        case "rank":
          b.rank(in.integer());
          break;
        case "wording":
          b.wording(in.string());
          break;
        default:
          throw o.noReader(name);
      }
    }
    return o.build(b::build);
  }

  static Claim claim(JsonInput in) {
    Claim.Builder b = Claim.builder();
    JsonInput.ObjectScope o = in.object("claim", CLAIM, false);
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "statement":
          b.statement(in.string());
          break;
        case "kind":
          b.kind(in.parsed(ClaimKind::fromCode));
          break;
        case "about":
          b.addAllAbout(in.list("about", ModelReaders::entityRef));
          break;
        case "causes":
          b.addAllCauses(in.list("causes", ModelReaders::entityRef));
          break;
        case "effects":
          b.addAllEffects(in.list("effects", ModelReaders::entityRef));
          break;
        case "assertedBy":
          b.assertedBy(in.string());
          break;
        case "extractedBy":
          b.extractedBy(in.string());
          break;
        case "refersTo":
          b.refersTo(period(in));
          break;
        case "anchor":
          b.anchor(anchor(in));
          break;
        case "assessments":
          b.addAllAssessments(in.list("assessments", ModelReaders::assessment));
          break;
        default:
          throw o.noReader(name);
      }
    }
    return o.build(b::build);
  }

  static EntityRef entityRef(JsonInput in) {
    return in.parsed(EntityRef::parse);
  }

  static Anchor anchor(JsonInput in) {
    Anchor.Builder b = Anchor.builder();
    JsonInput.ObjectScope o = in.object("anchor", ANCHOR, false);
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "source":
          b.source(in.string());
          break;
        case "exact":
          b.exact(in.string());
          break;
        case "prefix":
          b.prefix(in.string());
          break;
        case "suffix":
          b.suffix(in.string());
          break;
        case "start":
          b.start(in.integer());
          break;
        case "end":
          b.end(in.integer());
          break;
        default:
          throw o.noReader(name);
      }
    }
    return o.build(b::build);
  }

  static Assessment assessment(JsonInput in) {
    Assessment.Builder b = Assessment.builder();
    JsonInput.ObjectScope o = in.object("assessment", ASSESSMENT, false);
    for (String name = o.next(); name != null; name = o.next()) {
      switch (name) {
        case "assessor":
          b.assessor(in.string());
          break;
        case "verdict":
          b.verdict(in.parsed(Verdict::fromCode));
          break;
        case "ratingLabel":
          b.ratingLabel(in.string());
          break;
        case "date":
          b.date(date(in));
          break;
        case "note":
          b.note(in.string());
          break;
        case "references":
          b.addAllReferences(in.strings("references"));
          break;
        default:
          throw o.noReader(name);
      }
    }
    return o.build(b::build);
  }

  /** An EDTF string, or {@code {"edtf", "asWritten", "calendar"}}. */
  static HistoricalDate date(JsonInput in) {
    if (in.parser().currentToken() == JsonToken.VALUE_STRING) {
      return edtf(in);
    }
    if (in.parser().currentToken() != JsonToken.START_OBJECT) {
      throw in.fail("expected a date: an EDTF string such as \"1953\" or \"2016-05-06\", or an object with "
          + "\"edtf\" and \"asWritten\"; but found " + JsonInput.describe(in.parser().currentToken()));
    }
    DateParts parts = new DateParts();
    JsonInput.ObjectScope scope = in.object("date", DATE, false);
    for (String name = scope.next(); name != null; name = scope.next()) {
      if (!parts.read(in, name)) {
        throw scope.noReader(name);
      }
    }
    return scope.build(parts::toDate);
  }

  /**
   * An EDTF string ({@code 1953}, {@code 1953/1960}, {@code 2000/..}, {@code 1985/}), a date
   * object for a single date, or {@code {"start", "end"}} whose ends are dates or {@code ""}
   * (unknown), an open end left out.
   */
  static Period period(JsonInput in) {
    if (in.parser().currentToken() == JsonToken.VALUE_STRING) {
      Period period = in.parsed(Period::parse);
      boolean plain = period.start().map(d -> d.asWritten().isEmpty()).orElse(true)
          && period.end().map(d -> d.asWritten().isEmpty()).orElse(true);
      if (!plain) {
        throw in.fail(notEdtf(in.parser().getString()));
      }
      return period;
    }
    if (in.parser().currentToken() != JsonToken.START_OBJECT) {
      throw in.fail("expected a period: an EDTF string such as \"1953\", \"1953/1960\" or \"2000/..\", or an "
          + "object; but found " + JsonInput.describe(in.parser().currentToken()));
    }
    DateParts parts = new DateParts();
    HistoricalDate[] ends = new HistoricalDate[2];
    boolean[] unknown = new boolean[2];
    JsonInput.ObjectScope scope = in.object("period", PERIOD, false);
    for (String name = scope.next(); name != null; name = scope.next()) {
      switch (name) {
        case "start":
          unknown[0] = isUnknownEnd(in);
          ends[0] = unknown[0] ? null : date(in);
          break;
        case "end":
          unknown[1] = isUnknownEnd(in);
          ends[1] = unknown[1] ? null : date(in);
          break;
        default:
          if (!parts.read(in, name)) {
            throw scope.noReader(name);
          }
      }
    }
    boolean single = scope.has("edtf") || scope.has("asWritten") || scope.has("calendar");
    if (single && (scope.has("start") || scope.has("end"))) {
      throw scope.failAt("edtf", "a period is either one date ('edtf', 'asWritten', 'calendar') "
          + "or an interval ('start', 'end'), not both");
    }
    if (single) {
      for (String field : SINGLE_DATE_REQUIRED) {
        if (!scope.has(field)) {
          throw scope.failAt(field, "date is missing the required field '" + field + "'");
        }
      }
      return scope.build(() -> Period.of(parts.toDate()));
    }
    if (ends[0] == null && ends[1] == null) {
      throw scope.failAt("", "period needs 'start', 'end' or both (an open end is left out, an unknown end "
          + "is \"\"), at least one of them a date, or 'edtf' and 'asWritten' for a single date");
    }
    return scope.build(() -> ends[0] == null ? (unknown[0] ? Period.withUnknownStart(ends[1]) : Period.until(ends[1]))
        : ends[1] == null ? (unknown[1] ? Period.withUnknownEnd(ends[0]) : Period.from(ends[0]))
        : Period.between(ends[0], ends[1]));
  }

  /** True when the parser is on {@code ""}, an unknown end of a period (EDTF writes it as nothing: {@code 1985/}). */
  private static boolean isUnknownEnd(JsonInput in) {
    return in.parser().currentToken() == JsonToken.VALUE_STRING && in.parser().getString().isEmpty();
  }

  private static HistoricalDate edtf(JsonInput in) {
    HistoricalDate date = in.parsed(HistoricalDate::parse);
    if (date.asWritten().isPresent()) {
      throw in.fail(notEdtf(date.asWritten().get()));
    }
    return date;
  }

  private static String notEdtf(String text) {
    return "'" + text + "' is not EDTF; a date string is Gregorian EDTF such as 1953, 2016-05-06 or 196X, "
        + "and a date in the source's own wording is an object such as "
        + "{\"edtf\": \"1953\", \"asWritten\": \"Juche 42 (1953)\", \"calendar\": \"juche\"}";
  }

  /** The fields of a date object, collected in any order. */
  private static final class DateParts {
    HistoricalDate edtf;
    String asWritten;
    CalendarModel calendar = CalendarModel.GREGORIAN;

    /** Reads the value of the field {@code name} if it is a date field; false when it is not. */
    boolean read(JsonInput in, String name) {
      switch (name) {
        case "edtf":
          edtf = edtf(in);
          return true;
        case "asWritten":
          asWritten = in.string();
          return true;
        case "calendar":
          calendar = in.parsed(CalendarModel::fromCode);
          return true;
        default:
          return false;
      }
    }

    HistoricalDate toDate() {
      return edtf.withWording(asWritten, calendar);
    }
  }
}
