package org.policynarrative.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
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
import org.policynarrative.core.SourceText;
import org.policynarrative.core.Verdict;

/**
 * Deterministic benchmark payloads: the same seed and size always give an equal narrative.
 *
 * <p>The shape follows a real data set, scaled with the number of claims: about one source text
 * per 100 claims (each claim's anchor quotes one sentence of it, with offsets and 32 code points
 * of context), one era per 250 claims (at least two), one policy line per 50 claims (at least
 * three, each with two or three sector priorities, some superseding or continuing an earlier
 * line), and 4 to 40 sectors in a two-level hierarchy with COFOG/ISIC mappings. Strings carry
 * Korean labels, apostrophes and typographic quotes; some dates are Juche years or keep a free
 * wording, so the lossless date path is exercised too. Every generated narrative validates with
 * no problems against its source texts.
 */
public final class NarrativeGenerator {

  /** The seed of every payload. */
  public static final long SEED = 0x5EED_1953L;

  private static final int FIRST_YEAR = 1945;
  private static final int MONTHS = 80 * 12;
  private static final int CONTEXT = SourceText.CONTEXT_LENGTH;

  private static final String[][] SECTOR_NAMES = {
    {"heavy-industry", "Heavy industry", "중공업"},
    {"light-industry", "Light industry", "경공업"},
    {"agriculture", "Agriculture", "농업"},
    {"defence-industry", "Defence industry", "국방공업"},
  };
  private static final String[] SUB_SECTORS = {
    "Metallurgy", "Coal mining", "Power generation", "Machine building", "Chemicals", "Building materials",
    "Textiles", "Food processing", "Footwear", "Consumer goods", "Rice farming", "Livestock", "Fisheries",
    "Fruit growing", "Forestry", "Munitions", "Shipbuilding", "Electronics", "Railways", "Ore mining",
    "Cement", "Fertiliser", "Tractors", "Paper", "Glass", "Pharmaceuticals", "Salt works", "Sericulture",
    "Vinalon", "Steel rolling", "Non-ferrous metals", "Construction", "Irrigation", "Seed breeding",
    "Vegetable greenhouses", "Rocketry",
  };
  private static final String[] COFOG = {"04.4", "04.2", "04.2", "02.1"};
  private static final String[] ISIC = {"C", "C", "A", "C"};
  private static final String[] VERBS = {
    "overfulfilled the plan for", "laid the foundations of", "modernised", "raised the output of",
    "put on a Juche basis", "rebuilt from the ruins", "carried forward the Chollima spirit in",
    "achieved a great upswing in", "ensured the simultaneous development of", "resolved the problem of",
  };
  private static final String[] THINGS = {
    "steel", "electricity", "grain", "fabrics", "machine tools", "coal", "fertiliser", "housing",
    "tractors", "cement", "fish", "vinalon fibre", "locomotives", "consumer goods",
  };
  private static final String[] KOREAN = {"천리마", "만리마", "자력갱생", "주체", "선군", "고난의 행군"};
  // The codes of model v1, named rather than ClaimKind.values() and PriorityMode.values(), which model v2
  // extended: the same seed then makes the same narrative as before, so runs before and after v2 compare.
  private static final ClaimKind[] KINDS = {ClaimKind.ACHIEVEMENT, ClaimKind.OBJECTIVE,
      ClaimKind.CAUSAL_ATTRIBUTION, ClaimKind.CHARACTERISATION, ClaimKind.THREAT_PERCEPTION,
      ClaimKind.POLICY_ADOPTION, ClaimKind.POLICY_DESCRIPTION, ClaimKind.ONGOING_EFFORT};
  private static final PriorityMode[] MODES = {PriorityMode.TOP_PRIORITY, PriorityMode.PREFERENTIAL,
      PriorityMode.PRIORITIZED, PriorityMode.SIMULTANEOUS};
  private static final Durability[] DURABILITIES = Durability.values();
  private static final String PORTAL = "DPRK official portal";

  private final SplittableRandom random;
  private final int claimCount;
  private final int sourceCount;
  private final int eraCount;
  private final int lineCount;
  private final int sectorCount;

  private NarrativeGenerator(int claims, long seed) {
    this.random = new SplittableRandom(seed);
    this.claimCount = claims;
    this.sourceCount = Math.max(1, claims / 100);
    this.eraCount = Math.max(2, Math.min(MONTHS, claims / 250));
    this.lineCount = Math.max(3, claims / 50);
    this.sectorCount = Math.max(SECTOR_NAMES.length, Math.min(SECTOR_NAMES.length + SUB_SECTORS.length, claims / 25));
  }

  /** A narrative with {@code claims} claims and the texts its anchors quote. */
  public static Corpus corpus(int claims) {
    if (claims < 1) {
      throw new IllegalArgumentException("claims must be 1 or more, but was " + claims);
    }
    return new NarrativeGenerator(claims, SEED).build("narrative-" + claims);
  }

  /**
   * The {@code index}-th narrative of a JSON Lines corpus, different for every index and about
   * half a kilobyte as one JSON line: one source, one era, one sector, one policy line and one
   * anchored claim.
   */
  public static Narrative small(long index) {
    int year = FIRST_YEAR + (int) (index % 80);
    String thing = THINGS[(int) (index % THINGS.length)];
    String quote = "overfulfilled the plan for " + thing + " in " + year + " (" + KOREAN[(int) (index % KOREAN.length)] + ")";
    return Narrative.builder()
        .id("report-" + index)
        .title("Report No. " + index)
        .language("en")
        .version("1")
        .addSources(Source.builder().id("report").build())
        .addEras(Era.builder().id("era").name("Era of " + thing)
            .period(Period.between(HistoricalDate.ofYear(year), HistoricalDate.ofYear(year + 5))).build())
        .addSectors(Sector.builder().id("heavy-industry").name("Heavy industry").build())
        .addPolicyLines(PolicyLine.builder().id("line").name("Line No. " + index)
            .adopted(HistoricalDate.ofMonth(year, 1 + (int) (index % 12))).addEras("era")
            .addPriorities(SectorPriority.of("heavy-industry", PriorityMode.TOP_PRIORITY)).build())
        .addClaims(Claim.builder().id("claim-1").statement("Heavy industry overfulfilled its plan in " + year + ".")
            .kind(ClaimKind.ACHIEVEMENT).addAbout(EntityRef.sector("heavy-industry")).assertedBy(PORTAL)
            .anchor(Anchor.builder().source("report").exact(quote).start(12).end(12 + quote.codePointCount(0, quote.length()))
                .build())
            .build())
        .build();
  }

  private Corpus build(String id) {
    Narrative.Builder narrative = Narrative.builder()
        .id(id)
        .title("The line of economic construction, " + claimCount + " claims")
        .language("en")
        .version("2024-05-01")
        .description("Generated with seed " + Long.toHexString(SEED) + " for the policy-narrative benchmarks.");

    List<Era> eras = eras();
    List<Sector> sectors = sectors();
    List<PolicyLine> lines = lines(eras, sectors);
    narrative.addAllEras(eras).addAllSectors(sectors).addAllPolicyLines(lines);

    List<SourceText> texts = new ArrayList<>(sourceCount);
    int claim = 0;
    for (int s = 0; s < sourceCount; s++) {
      int end = (int) ((long) claimCount * (s + 1) / sourceCount);
      String sourceId = "source-" + (s + 1);
      List<String> sentences = new ArrayList<>(end - claim);
      List<Claim.Builder> claims = new ArrayList<>(end - claim);
      for (int c = claim; c < end; c++) {
        PolicyLine line = lines.get((int) ((long) c * lineCount / claimCount));
        claims.add(claim(c, line, eras, sectors, sentences));
      }
      String text = anchor(sourceId, sentences, claims, narrative);
      texts.add(SourceText.of(sourceId, text));
      narrative.addSources(source(s, sourceId, text));
      claim = end;
    }
    return new Corpus(narrative.build(), texts);
  }

  private List<Era> eras() {
    List<Era> eras = new ArrayList<>(eraCount);
    for (int e = 0; e < eraCount; e++) {
      int from = e * MONTHS / eraCount;
      int to = (e + 1) * MONTHS / eraCount - 1;
      Era.Builder era = Era.builder()
          .id("era-" + (e + 1))
          .name("Era of " + THINGS[e % THINGS.length] + " No. " + (e + 1))
          .period(period(from, to, e))
          .summary("The source's account of the years when " + THINGS[(e + 3) % THINGS.length]
              + " came first — “" + KOREAN[e % KOREAN.length] + "” in its own words.")
          .source("source-1");
      if (e % 2 == 0) {
        era.putLabels("ko", KOREAN[e % KOREAN.length] + " 시대 " + (e + 1));
      }
      if (e % 3 == 0) {
        era.addAlternativeNames("The " + ordinal(e + 1) + " period");
      }
      eras.add(era.build());
    }
    return eras;
  }

  /** Whole years when the era spans two years or more, months otherwise; some starts in Juche years. */
  private static Period period(int fromMonth, int toMonth, int index) {
    int fromYear = FIRST_YEAR + fromMonth / 12;
    int toYear = FIRST_YEAR + toMonth / 12;
    if (toMonth - fromMonth >= 23) {
      HistoricalDate start = index % 4 == 1 && fromYear > 1911
          ? HistoricalDate.ofJucheYear(fromYear - 1911)
          : HistoricalDate.ofYear(fromYear);
      return Period.between(start, HistoricalDate.ofYear(toYear));
    }
    return Period.between(HistoricalDate.ofMonth(fromYear, fromMonth % 12 + 1),
        HistoricalDate.ofMonth(toYear, toMonth % 12 + 1));
  }

  private List<Sector> sectors() {
    List<Sector> sectors = new ArrayList<>(sectorCount);
    for (int s = 0; s < sectorCount; s++) {
      Sector.Builder sector;
      if (s < SECTOR_NAMES.length) {
        sector = Sector.builder().id(SECTOR_NAMES[s][0]).name(SECTOR_NAMES[s][1]).putLabels("ko", SECTOR_NAMES[s][2])
            .addMappings(SectorMapping.of("COFOG", COFOG[s], MappingRelation.CLOSE))
            .addMappings(SectorMapping.of("ISIC-4", ISIC[s], MappingRelation.BROADER))
            .description("What the source counts as " + SECTOR_NAMES[s][1].toLowerCase() + ".");
      } else {
        String name = SUB_SECTORS[s - SECTOR_NAMES.length];
        int parent = (s - SECTOR_NAMES.length) % SECTOR_NAMES.length;
        sector = Sector.builder().id(slug(name)).name(name).broader(SECTOR_NAMES[parent][0]);
        if (s % 3 == 0) {
          sector.addMappings(SectorMapping.of("ISIC-4", ISIC[parent] + (10 + s), MappingRelation.NARROWER));
        }
      }
      sectors.add(sector.build());
    }
    return sectors;
  }

  private List<PolicyLine> lines(List<Era> eras, List<Sector> sectors) {
    List<PolicyLine> lines = new ArrayList<>(lineCount);
    for (int l = 0; l < lineCount; l++) {
      int e = (int) ((long) l * eraCount / lineCount);
      Era era = eras.get(e);
      HistoricalDate start = era.period().start().orElseThrow();
      HistoricalDate adopted = random.nextInt(3) == 0
          ? HistoricalDate.ofYear(start.year())
          : HistoricalDate.ofMonth(start.year(), start.month().orElse(1 + random.nextInt(12)));
      PolicyLine.Builder line = PolicyLine.builder()
          .id("line-" + (l + 1))
          .name("Line of " + THINGS[l % THINGS.length] + " No. " + (l + 1))
          .statement("Developing " + THINGS[l % THINGS.length] + " preferentially while ensuring the simultaneous "
              + "development of " + THINGS[(l + 5) % THINGS.length] + " and agriculture")
          .adopted(adopted)
          .adoptedBy("Workers' Party of Korea")
          .adoptedAt("Plenary Meeting " + (l % 20 + 1) + " of the Central Committee")
          .addEras(era.id())
          .durability(DURABILITIES[random.nextInt(DURABILITIES.length)]);
      int priorities = 2 + random.nextInt(2);
      int first = random.nextInt(sectors.size());
      for (int p = 0; p < priorities; p++) {
        Sector sector = sectors.get((first + p * 7) % sectors.size());
        SectorPriority.Builder priority = SectorPriority.builder().sector(sector.id())
            .mode(MODES[(p + l) % MODES.length]);
        if (p == 0 || random.nextInt(2) == 0) {
          priority.rank(p + 1);
        }
        if (random.nextInt(3) == 0) {
          priority.wording("developing " + sector.name().toLowerCase() + " preferentially");
        }
        line.addPriorities(priority.build());
      }
      if (l > 0 && random.nextInt(10) < 3) {
        line.supersedes("line-" + l);
      } else if (l > 1 && random.nextInt(10) == 0) {
        line.continues("line-" + (l - 1));
      }
      lines.add(line.build());
    }
    return lines;
  }

  /** Adds the claim's source sentence to {@code sentences} and returns the claim, anchor still to set. */
  private Claim.Builder claim(int c, PolicyLine line, List<Era> eras, List<Sector> sectors, List<String> sentences) {
    SectorPriority priority = line.priorities().get(c % line.priorities().size());
    String sectorName = sectors.stream().filter(s -> s.id().equals(priority.sector())).findFirst()
        .orElseThrow().name().toLowerCase();
    String verb = VERBS[random.nextInt(VERBS.length)];
    String thing = THINGS[random.nextInt(THINGS.length)];
    int year = line.adopted().orElseThrow().year() + random.nextInt(3);
    ClaimKind kind = KINDS[random.nextInt(KINDS.length)];
    String sentence = "Under the " + line.name().toLowerCase() + ", the workers of " + sectorName + " " + verb + " "
        + thing + " in " + year + " with the " + KOREAN[c % KOREAN.length] + " spirit (report " + (c + 1) + ").";
    sentences.add(sentence);

    Claim.Builder claim = Claim.builder()
        .id("claim-" + (c + 1))
        .statement("The " + sectorName + " sector " + verb + " " + thing + " in " + year + ".")
        .kind(kind)
        .addAbout(EntityRef.sector(priority.sector()))
        .assertedBy(PORTAL);
    if (c % 2 == 0) {
      claim.addAbout(EntityRef.policyLine(line.id()));
    }
    if (c % 5 == 0) {
      claim.addAbout(EntityRef.era(line.eras().get(0)));
    }
    if (kind == ClaimKind.CAUSAL_ATTRIBUTION) {
      claim.addCauses(EntityRef.policyLine(line.id())).addEffects(EntityRef.sector(priority.sector()));
    }
    if (c % 4 == 0) {
      claim.extractedBy("benchmark generator");
    }
    if (c % 3 == 0) {
      claim.refersTo(Period.of(HistoricalDate.ofYear(year)));
    }
    if (c % 20 == 7) {
      claim.addAssessments(Assessment.builder()
          .assessor("Independent statistics review")
          .verdict(c % 40 == 7 ? Verdict.DISPUTED : Verdict.MIXED)
          .ratingLabel(c % 40 == 7 ? "Not supported by trade data" : "Partly true")
          .date(HistoricalDate.ofYear(2020 + c % 5).withWording("early " + (2020 + c % 5), CalendarModel.GREGORIAN))
          .note("Mirror statistics of trading partners tell a different story for " + thing + ".")
          .addReferences("https://example.org/review/" + (c + 1))
          .build());
    }
    return claim;
  }

  /** Joins the sentences into the source text and sets each claim's anchor: offsets and context. */
  private static String anchor(String sourceId, List<String> sentences, List<Claim.Builder> claims,
      Narrative.Builder narrative) {
    int[] starts = new int[sentences.size()];
    StringBuilder text = new StringBuilder();
    int codePoints = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (i > 0) {
        text.append(i % 6 == 0 ? "\n\n" : " ");
        codePoints += i % 6 == 0 ? 2 : 1;
      }
      starts[i] = codePoints;
      text.append(sentences.get(i));
      codePoints += sentences.get(i).codePointCount(0, sentences.get(i).length());
    }
    String whole = text.toString();
    int[] cps = whole.codePoints().toArray();
    for (int i = 0; i < sentences.size(); i++) {
      int start = starts[i];
      int end = start + sentences.get(i).codePointCount(0, sentences.get(i).length());
      Anchor.Builder anchor = Anchor.builder().source(sourceId).exact(sentences.get(i)).start(start).end(end);
      if (start > 0) {
        anchor.prefix(new String(cps, Math.max(0, start - CONTEXT), Math.min(CONTEXT, start)));
      }
      if (end < cps.length) {
        anchor.suffix(new String(cps, end, Math.min(CONTEXT, cps.length - end)));
      }
      narrative.addClaims(claims.get(i).anchor(anchor.build()).build());
    }
    return whole;
  }

  private static Source source(int s, String sourceId, String text) {
    Source.Builder source = Source.builder()
        .id(sourceId)
        .title("Report on the work of the Central Committee, part " + (s + 1))
        .publisher("Foreign Languages Publishing House")
        .url("https://example.org/sources/" + sourceId)
        .language("en")
        .sha256(sha256(text));
    int year = FIRST_YEAR + 10 + s % 60;
    source.published(s % 5 == 2
        ? HistoricalDate.ofYear(year).withWording("spring of " + year, CalendarModel.GREGORIAN)
        : HistoricalDate.ofMonth(year, 1 + s % 12));
    if (s % 4 == 0) {
      source.note("Retrieved from an archived copy; page numbers follow the printed edition.");
    }
    return source.build();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private static String slug(String name) {
    return name.toLowerCase().replace(' ', '-');
  }

  private static String ordinal(int n) {
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }
}
