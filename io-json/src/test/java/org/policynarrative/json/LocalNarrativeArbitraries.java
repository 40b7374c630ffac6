package org.policynarrative.json;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityKind;
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

/**
 * Arbitrary valid narratives for the JSON property tests: every type, every optional field
 * present or absent, dates of every precision, qualifier, calendar and wording, and text with
 * quotes, backslashes, control characters and non-ASCII letters. (A local generator while the
 * shared {@code NarrativeArbitraries} of core's test-jar is not available.)
 */
final class LocalNarrativeArbitraries {

  private LocalNarrativeArbitraries() {}

  static Arbitrary<String> slugs() {
    return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofLength(1),
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-').ofMaxLength(10))
        .as(String::concat);
  }

  /** Not blank; any character of the Basic Multilingual Plane but lone surrogates, with the awkward ones common. */
  static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('"', '\\', '/', '\n', '\t', '\u0000', '\u001f', '\u2028', 'é', '천', '리', '마', '\uFEFF')
        .withCharRange('\u00a0', '\ud7ff')
        .withCharRange('\ue000', '\ufffd')
        .ofMinLength(1).ofMaxLength(24)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<String> languageTags() {
    return Arbitraries.of("en", "ko", "ko-KP", "de", "fr-CA", "zh-Hant-TW", "en-GB");
  }

  static Arbitrary<HistoricalDate> dates() {
    Arbitrary<HistoricalDate> plain = Arbitraries.integers().between(0, 4).flatMap(precision -> {
      switch (precision) {
        case 0:
          return Arbitraries.integers().between(0, 999).map(d -> HistoricalDate.ofDecade(d * 10));
        case 1:
          return Arbitraries.integers().between(0, 9999).map(HistoricalDate::ofYear);
        case 2:
          return Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(1, 12))
              .as(HistoricalDate::ofMonth);
        case 3:
          return Arbitraries.integers().between(1, 8088).map(HistoricalDate::ofJucheYear);
        default:
          return Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
              .map(LocalDate::ofEpochDay)
              .map(d -> HistoricalDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
      }
    });
    Arbitrary<HistoricalDate> qualified = Combinators.combine(plain, Arbitraries.integers().between(0, 4))
        .as((date, q) -> q == 0 ? date : q == 1 ? date.withQualifiers(true, false)
            : q == 2 ? date.withQualifiers(false, true) : q == 3 ? date.withQualifiers(true, true) : date);
    return Combinators.combine(qualified, texts().optional(0.3), Arbitraries.of(CalendarModel.class))
        .as((date, wording, calendar) -> wording.map(w -> date.withWording(w, calendar)).orElse(date));
  }

  static Arbitrary<Period> periods() {
    return Combinators.combine(dates(), dates(), Arbitraries.integers().between(0, 3)).as((a, b, shape) -> {
      HistoricalDate first = HistoricalDate.CHRONOLOGICAL.compare(a, b) <= 0 ? a : b;
      HistoricalDate second = first == a ? b : a;
      switch (shape) {
        case 0:
          return Period.of(a);
        case 1:
          return Period.from(a);
        case 2:
          return Period.until(a);
        default:
          return first.earliest().isAfter(second.latest()) ? Period.of(first) : Period.between(first, second);
      }
    });
  }

  static Arbitrary<Source> sources() {
    return Builders.withBuilder(Source::builder)
        .use(slugs()).in((b, v) -> {
          b.id(v);
          return b;
        })
        .use(texts().optional()).in((b, v) -> {
          b.title(v);
          return b;
        })
        .use(texts().optional()).in((b, v) -> {
          b.publisher(v);
          return b;
        })
        .use(dates().optional()).in((b, v) -> {
          b.published(v);
          return b;
        })
        .use(texts().optional()).in((b, v) -> {
          b.url(v);
          return b;
        })
        .use(languageTags().optional()).in((b, v) -> {
          b.language(v);
          return b;
        })
        .use(Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).optional()).in((b, v) -> {
          b.sha256(v);
          return b;
        })
        .use(texts().optional()).in((b, v) -> {
          b.note(v);
          return b;
        })
        .build(Source.Builder::build);
  }

  static Arbitrary<Era> eras() {
    return Builders.withBuilder(Era::builder)
        .use(slugs()).in((b, v) -> {
          b.id(v);
          return b;
        })
        .use(texts()).in((b, v) -> {
          b.name(v);
          return b;
        })
        .use(Arbitraries.maps(languageTags(), texts()).ofMaxSize(3)).in((b, v) -> {
          b.putAllLabels(v);
          return b;
        })
        .use(texts().list().ofMaxSize(2)).in((b, v) -> {
          b.addAllAlternativeNames(v);
          return b;
        })
        .use(periods()).in((b, v) -> {
          b.period(v);
          return b;
        })
        .use(texts().optional()).in((b, v) -> {
          b.summary(v);
          return b;
        })
        .use(slugs().optional()).in((b, v) -> {
          b.source(v);
          return b;
        })
        .build(Era.Builder::build);
  }

  static Arbitrary<Sector> sectors() {
    Arbitrary<SectorMapping> mappings = Combinators.combine(texts(), texts(), Arbitraries.of(MappingRelation.class))
        .as(SectorMapping::of);
    return Combinators.combine(slugs(), texts(), Arbitraries.maps(languageTags(), texts()).ofMaxSize(2),
            slugs().optional(), mappings.list().ofMaxSize(2), texts().optional())
        .as((id, name, labels, broader, maps, description) -> Sector.builder().id(id).name(name).putAllLabels(labels)
            .broader(broader.filter(b -> !b.equals(id))).addAllMappings(maps).description(description).build());
  }

  static Arbitrary<PolicyLine> policyLines() {
    Arbitrary<SectorPriority> priorities = Combinators.combine(slugs(), Arbitraries.of(PriorityMode.class),
            Arbitraries.integers().between(1, Integer.MAX_VALUE).optional(), texts().optional())
        .as((sector, mode, rank, wording) -> SectorPriority.builder().sector(sector).mode(mode).rank(rank)
            .wording(wording).build());
    Arbitrary<PolicyLine.Builder> base = Combinators.combine(slugs(), texts(), texts().optional(), dates().optional(),
            texts().optional(), texts().optional(), slugs().list().ofMaxSize(2), priorities.list().ofMaxSize(2))
        .as((id, name, statement, adopted, by, at, eras, prios) -> {
          PolicyLine.Builder b = PolicyLine.builder();
          b.id(id).name(name).statement(statement).adopted(adopted).adoptedBy(by).adoptedAt(at).addAllEras(eras)
              .addAllPriorities(prios);
          return b;
        });
    return Combinators.combine(base, Arbitraries.of(Durability.class), slugs().optional(), slugs().optional())
        .as((b, durability, supersedes, continues) -> {
          PolicyLine draft = b.build();
          return PolicyLine.builder().id(draft.id()).name(draft.name()).statement(draft.statement())
              .adopted(draft.adopted()).adoptedBy(draft.adoptedBy()).adoptedAt(draft.adoptedAt())
              .addAllEras(draft.eras()).addAllPriorities(draft.priorities()).durability(durability)
              .supersedes(supersedes.filter(s -> !s.equals(draft.id())))
              .continues(continues.filter(s -> !s.equals(draft.id()))).build();
        });
  }

  static Arbitrary<EntityRef> refs() {
    return Combinators.combine(Arbitraries.of(EntityKind.class), slugs()).as(EntityRef::of);
  }

  static Arbitrary<Anchor> anchors() {
    return Combinators.combine(slugs(), Arbitraries.strings().ofMinLength(1).ofMaxLength(12)
                .withCharRange(' ', '~').withChars('천', '\n'),
            Arbitraries.strings().ofMaxLength(5).optional(), Arbitraries.strings().ofMaxLength(5).optional(),
            Arbitraries.integers().between(0, 100_000).optional())
        .as((source, exact, prefix, suffix, start) -> Anchor.builder().source(source).exact(exact)
            .prefix(prefix.map(LocalNarrativeArbitraries::bmpOnly)).suffix(suffix.map(LocalNarrativeArbitraries::bmpOnly))
            .start(start).end(start.map(s -> s + exact.codePointCount(0, exact.length()))).build());
  }

  private static String bmpOnly(String s) {
    return s.chars().filter(c -> !Character.isSurrogate((char) c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  static Arbitrary<Assessment> assessments() {
    return Combinators.combine(texts(), Arbitraries.of(Verdict.class), texts().optional(), dates().optional(),
            texts().optional(), texts().list().ofMaxSize(2))
        .as((assessor, verdict, label, date, note, references) -> Assessment.builder().assessor(assessor)
            .verdict(verdict).ratingLabel(label).date(date).note(note)
            .addAllReferences(verdict != Verdict.UNVERIFIED && references.isEmpty() ? List.of("ref") : references)
            .build());
  }

  static Arbitrary<Claim> claims() {
    Arbitrary<Claim.Builder> base = Combinators.combine(slugs(), texts(), Arbitraries.of(ClaimKind.class),
            refs().list().ofMaxSize(3), refs().list().ofMaxSize(2), refs().list().ofMaxSize(2), texts(),
            texts().optional())
        .as((id, statement, kind, about, causes, effects, by, extractedBy) -> {
          Claim.Builder b = Claim.builder();
          b.id(id).statement(statement).kind(kind).addAllAbout(about).addAllCauses(causes).addAllEffects(effects)
              .assertedBy(by).extractedBy(extractedBy);
          return b;
        });
    return Combinators.combine(base, periods().optional(), anchors(), assessments().list().ofMaxSize(2))
        .as((b, refersTo, anchor, assessments) -> {
          b.refersTo(refersTo).anchor(anchor).addAllAssessments(assessments);
          return b.build();
        });
  }

  static Arbitrary<Narrative> narratives() {
    return Combinators.combine(slugs(), texts(), languageTags(), texts(), texts().optional(),
            sources().list().ofMaxSize(2), eras().list().ofMaxSize(2), sectors().list().ofMaxSize(2))
        .flatAs((id, title, language, version, description, sources, eras, sectors) ->
            Combinators.combine(policyLines().list().ofMaxSize(2), claims().list().ofMaxSize(2))
                .as((lines, claims) -> Narrative.builder().id(id).title(title).language(language).version(version)
                    .description(description).addAllSources(sources).addAllEras(eras).addAllSectors(sectors)
                    .addAllPolicyLines(lines).addAllClaims(claims).build()));
  }
}
