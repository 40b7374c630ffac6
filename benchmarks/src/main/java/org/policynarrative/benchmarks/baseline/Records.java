package org.policynarrative.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Plain records of the same shape as the model's JSON document, what a user would hand-roll:
 * strings for dates, enum codes and entity references, {@code null} for absent values. No
 * validation happens in them; that is part of what the model's reader pays for and they do not.
 */
public final class Records {

  private Records() {}

  /** The root document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record NarrativeRecord(String id, String title, String language, String version, String description,
      List<SourceRecord> sources, List<EraRecord> eras, List<SectorRecord> sectors,
      List<PolicyLineRecord> policyLines, List<ClaimRecord> claims) {}

  /** A source. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record SourceRecord(String id, String title, String publisher, DateRecord published, String url,
      String language, String sha256, String note) {}

  /** A date: EDTF, and the wording and calendar when the EDTF alone would lose them. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record DateRecord(String edtf, String asWritten, String calendar) {}

  /** An era. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record EraRecord(String id, String name, Map<String, String> labels, List<String> alternativeNames,
      PeriodRecord period, String summary, String source) {}

  /** A period: its start and end dates, either open. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PeriodRecord(DateRecord start, DateRecord end) {}

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
