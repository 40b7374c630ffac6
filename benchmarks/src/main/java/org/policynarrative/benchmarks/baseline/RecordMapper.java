package org.policynarrative.benchmarks.baseline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.json.NarrativeJson;

/** Copies a model narrative into the baseline records, in setup code, never in a measured method. */
public final class RecordMapper {

  private RecordMapper() {}

  /** The records holding the same data as {@code narrative}. */
  public static NarrativeRecord toRecord(Narrative n) {
    return new NarrativeRecord(NarrativeJson.formatVersion(), n.id(), n.title(), n.language(), n.version(), n.description().orElse(null),
        map(n.sources(), s -> new SourceRecord(s.id(), s.title().orElse(null), s.publisher().orElse(null),
            date(s.published()), s.url().orElse(null), s.language().orElse(null), s.sha256().orElse(null),
            s.note().orElse(null))),
        map(n.eras(), e -> new EraRecord(e.id(), e.name(), labels(e.labels()), strings(e.alternativeNames()), period(e.period()),
            e.summary().orElse(null), e.source().orElse(null))),
        map(n.sectors(), s -> new SectorRecord(s.id(), s.name(), labels(s.labels()), s.broader().orElse(null),
            map(s.mappings(), m -> new MappingRecord(m.scheme(), m.code(), m.relation().code())),
            s.description().orElse(null))),
        map(n.policyLines(), l -> new PolicyLineRecord(l.id(), l.name(), l.statement().orElse(null),
            date(l.adopted()), l.adoptedBy().orElse(null), l.adoptedAt().orElse(null), strings(l.eras()),
            map(l.priorities(), p -> new PriorityRecord(p.sector(), p.mode().code(), p.rank().orElse(null),
                p.wording().orElse(null))),
            l.durability() == Durability.UNSTATED ? null : l.durability().code(), l.supersedes().orElse(null), l.continues().orElse(null))),
        map(n.claims(), c -> new ClaimRecord(c.id(), c.statement().orElse(null), c.kind().map(k -> k.code()).orElse(null),
            refs(c.about()), refs(c.causes()), refs(c.effects()), c.assertedBy().orElse(null), c.extractedBy().orElse(null),
            c.refersTo().map(RecordMapper::period).orElse(null),
            new AnchorRecord(c.anchor().source(), c.anchor().exact(), c.anchor().prefix().orElse(null),
                c.anchor().suffix().orElse(null), c.anchor().start().orElse(null), c.anchor().end().orElse(null)),
            map(c.assessments(), a -> new AssessmentRecord(a.assessor(), a.verdict().code(),
                a.ratingLabel().orElse(null), date(a.date()), a.note().orElse(null), strings(a.references()))))));
  }

  /** The mapped values; {@code null} for none, since the JSON leaves empty collections out. */
  private static <T, R> List<R> map(List<T> values, Function<T, R> f) {
    return values.isEmpty() ? null : values.stream().map(f).collect(Collectors.toList());
  }

  private static List<String> strings(List<String> values) {
    return values.isEmpty() ? null : values;
  }

  private static Map<String, String> labels(Map<String, String> values) {
    return values.isEmpty() ? null : values;
  }

  private static List<String> refs(List<EntityRef> refs) {
    return map(refs, EntityRef::toString);
  }

  private static PeriodRecord period(Period p) {
    boolean plain = p.start().map(RecordMapper::plain).orElse(true) && p.end().map(RecordMapper::plain).orElse(true);
    if (plain) {
      return PeriodRecord.of(p.toEdtf());
    }
    if (p.isSingleDate()) {
      DateRecord d = date(p.start().get());
      return new PeriodRecord(d.edtf(), d.asWritten(), d.calendar(), null, null);
    }
    return new PeriodRecord(null, null, null, date(p.start()), date(p.end()));
  }

  private static boolean plain(HistoricalDate d) {
    return d.asWritten().isEmpty() && d.calendar() == CalendarModel.GREGORIAN;
  }

  private static DateRecord date(Optional<HistoricalDate> date) {
    return date.map(RecordMapper::date).orElse(null);
  }

  private static DateRecord date(HistoricalDate d) {
    return new DateRecord(d.toEdtf(), d.asWritten().orElse(null),
        d.calendar() == CalendarModel.GREGORIAN ? null : d.calendar().code());
  }
}
