package org.policynarrative.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Plain records of the same shape as the model's JSON document (the fields of format version 1,
 * which are all the benchmarks' narratives use), what a user would hand-roll: strings for enum codes
 * and entity references, {@code null} for absent values.
 * Dates and periods are an EDTF string, or an object when the source's wording is kept, so those
 * two records carry a string creator and a small serializer. No validation happens in them; that
 * is part of what the model's reader pays for and they do not.
 */
public final class Records {

  private Records() {}

  /** The root document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record NarrativeRecord(String format, String id, String title, String language, String version, String description,
      List<SourceRecord> sources, List<EraRecord> eras, List<SectorRecord> sectors,
      List<PolicyLineRecord> policyLines, List<ClaimRecord> claims) {}

  /** A source. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record SourceRecord(String id, String title, String publisher, DateRecord published, String url,
      String language, String sha256, String note) {}

  /** A date: EDTF, and the wording and calendar when the EDTF alone would lose them. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = DateWriter.class)
  public record DateRecord(String edtf, String asWritten, String calendar) {

    /** The object form. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public DateRecord {}

    /** The string form: EDTF only. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DateRecord of(String edtf) {
      return new DateRecord(edtf, null, null);
    }

    boolean plain() {
      return asWritten == null && calendar == null;
    }
  }

  /** An era. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record EraRecord(String id, String name, Map<String, String> labels, List<String> alternativeNames,
      PeriodRecord period, String summary, String source) {}

  /**
   * A period: an EDTF string ({@code 1953/1960}); or, when a date keeps its wording, a single date
   * as a {@link DateRecord} object or an interval as {@code {start, end}}.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = PeriodWriter.class)
  public record PeriodRecord(String edtf, String asWritten, String calendar, DateRecord start, DateRecord end) {

    /** The object forms. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public PeriodRecord {}

    /** The string form. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PeriodRecord of(String edtf) {
      return new PeriodRecord(edtf, null, null, null, null);
    }
  }

  /** Writes a date as a string when the EDTF says everything, as an object otherwise. */
  public static final class DateWriter extends ValueSerializer<DateRecord> {
    @Override
    public void serialize(DateRecord d, JsonGenerator g, SerializationContext context) {
      if (d.plain()) {
        g.writeString(d.edtf());
        return;
      }
      g.writeStartObject();
      g.writeStringProperty("edtf", d.edtf());
      if (d.asWritten() != null) {
        g.writeStringProperty("asWritten", d.asWritten());
      }
      if (d.calendar() != null) {
        g.writeStringProperty("calendar", d.calendar());
      }
      g.writeEndObject();
    }
  }

  /** Writes a period in whichever of its three forms it has. */
  public static final class PeriodWriter extends ValueSerializer<PeriodRecord> {
    private final DateWriter dates = new DateWriter();

    @Override
    public void serialize(PeriodRecord p, JsonGenerator g, SerializationContext context) {
      if (p.edtf() != null) {
        dates.serialize(new DateRecord(p.edtf(), p.asWritten(), p.calendar()), g, context);
        return;
      }
      g.writeStartObject();
      if (p.start() != null) {
        g.writeName("start");
        dates.serialize(p.start(), g, context);
      }
      if (p.end() != null) {
        g.writeName("end");
        dates.serialize(p.end(), g, context);
      }
      g.writeEndObject();
    }
  }

  /** A sector. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record SectorRecord(String id, String name, Map<String, String> labels, String broader,
      List<MappingRecord> mappings, String description) {}

  /** A sector's link to an external scheme. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record MappingRecord(String scheme, String code, String relation) {}

  /** A policy line. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PolicyLineRecord(String id, String name, String statement, DateRecord adopted, String adoptedBy,
      String adoptedAt, List<String> eras, List<PriorityRecord> priorities, String durability, String supersedes,
      String continues) {}

  /** A sector priority of a policy line. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PriorityRecord(String sector, String mode, Integer rank, String wording) {}

  /** A claim. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ClaimRecord(String id, String statement, String kind, List<String> about, List<String> causes,
      List<String> effects, String assertedBy, String extractedBy, PeriodRecord refersTo, AnchorRecord anchor,
      List<AssessmentRecord> assessments) {}

  /** A claim's anchor in its source. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AnchorRecord(String source, String exact, String prefix, String suffix, Integer start, Integer end) {}

  /** An assessment of a claim. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AssessmentRecord(String assessor, String verdict, String ratingLabel, DateRecord date, String note,
      List<String> references) {}
}
