package org.policynarrative.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.StatedAs;

/**
 * Deterministic corpora for the corpus queries, the DuckDB export and the command line: editions of
 * one official account that share sector ids, redate and rerank them, as rewrites do. Every
 * narrative is valid. {@link #editions} are version-1 shaped (no actors, events, figures or
 * identifiers), so they go through JSON on every branch; {@link #editionsWithV2} adds those.
 */
public final class GeneratedCorpus {

  /** The sector ids every edition shares. */
  public static final List<String> SECTORS = List.of("heavy-industry", "light-industry", "agriculture",
      "defence-industry", "science");

  private static final PriorityMode[] MODES = {PriorityMode.TOP_PRIORITY, PriorityMode.PREFERENTIAL,
      PriorityMode.SIMULTANEOUS, PriorityMode.PARALLEL};
  private static final ClaimKind[] KINDS = {ClaimKind.ACHIEVEMENT, ClaimKind.OBJECTIVE, ClaimKind.POLICY_ADOPTION};

  private GeneratedCorpus() {}

  /**
   * {@return {@code count} editions, each with about {@code claimsEach} claims; the same arguments
   * always give equal narratives}
   *
   * @param count how many narratives
   * @param claimsEach claims per narrative, at least 1
   * @param seed the random seed
   */
  public static List<Narrative> editions(int count, int claimsEach, long seed) {
    List<Narrative> narratives = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      narratives.add(edition(i, claimsEach, new SplittableRandom(seed * 31 + i), false));
    }
    return narratives;
  }

  /**
   * {@return the editions of {@link #editions}, with external identifiers on sectors, an actor the
   * lines name and figures on some claims}
   *
   * @param count how many narratives
   * @param claimsEach claims per narrative, at least 1
   * @param seed the random seed
   */
  public static List<Narrative> editionsWithV2(int count, int claimsEach, long seed) {
    List<Narrative> narratives = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      narratives.add(edition(i, claimsEach, new SplittableRandom(seed * 31 + i), true));
    }
    return narratives;
  }

  /**
   * {@return the {@code index}-th edition alone, as {@link #editions} makes it}
   *
   * @param index which edition
   * @param claimsEach claims in it
   * @param seed the random seed
   */
  public static Narrative edition(long index, int claimsEach, long seed) {
    return edition(index, claimsEach, new SplittableRandom(seed * 31 + index), false);
  }

  private static Narrative edition(long index, int claimsEach, SplittableRandom random, boolean v2) {
    Narrative.Builder n = Narrative.builder().id("account-" + (index % 7)).title("Account, edition " + index)
        .language("en").version(String.valueOf(index / 7 + 1));
    Source.Builder source = Source.builder().id("text");
    if (random.nextInt(5) != 0) {
      source.published(HistoricalDate.ofMonth(1960 + random.nextInt(60), 1 + random.nextInt(12)));
    }
    n.addSources(source.build());
    int eraCount = 2 + random.nextInt(3);
    int year = 1950;
    List<String> eraIds = new ArrayList<>();
    for (int e = 0; e < eraCount; e++) {
      int length = 5 + random.nextInt(15);
      String id = "era-" + (e + 1);
      n.addEras(Era.builder().id(id).name("Era " + (e + 1) + " of edition " + index)
          .period(Period.between(HistoricalDate.ofYear(year), HistoricalDate.ofYear(year + length - 1))).build());
      eraIds.add(id);
      year += length;
    }
    for (String id : SECTORS) {
      Sector.Builder sector = Sector.builder().id(id).name(id.replace('-', ' '));
      if (v2) {
        sector.addIdentifiers("cofog:" + id);
      }
      n.addSectors(sector.build());
    }
    if (v2) {
      n.addActors(Actor.builder().id("party").name("The party").kind(ActorKind.PARTY)
          .addIdentifiers("wikidata:Q29452").build());
    }
    int lineCount = 1 + random.nextInt(4);
    List<String> lineIds = new ArrayList<>();
    for (int l = 0; l < lineCount; l++) {
      String id = "line-" + (l + 1);
      PolicyLine.Builder line = PolicyLine.builder().id(id).name("Line " + (l + 1))
          .addEras(eraIds.get(random.nextInt(eraIds.size())));
      if (random.nextBoolean()) {
        line.addEras(eraIds.get(random.nextInt(eraIds.size())));
      }
      int priorities = 1 + random.nextInt(3);
      List<String> ranked = new ArrayList<>();
      for (int p = 0; p < priorities; p++) {
        String sector = SECTORS.get(random.nextInt(SECTORS.size()));
        if (!ranked.contains(sector)) {
          ranked.add(sector);
          line.addPriorities(SectorPriority.of(sector, MODES[random.nextInt(MODES.length)]));
        }
      }
      n.addPolicyLines(line.build());
      lineIds.add(id);
    }
    for (int c = 0; c < claimsEach; c++) {
      String quote = "the " + (c + 1) + ". sentence of edition " + index;
      Claim.Builder claim = Claim.builder().id("claim-" + (c + 1)).kind(KINDS[random.nextInt(KINDS.length)])
          .statement("Statement " + (c + 1) + " of edition " + index + ".")
          .assertedBy(random.nextInt(4) == 0 ? "Rodong Sinmun" : "DPRK official portal")
          .anchor(Anchor.builder().source("text").exact(quote).build());
      switch (random.nextInt(4)) {
        case 0 -> claim.addAbout(EntityRef.era(eraIds.get(random.nextInt(eraIds.size()))));
        case 1 -> claim.addAbout(EntityRef.policyLine(lineIds.get(random.nextInt(lineIds.size()))));
        default -> claim.addAbout(EntityRef.sector(SECTORS.get(random.nextInt(SECTORS.size()))));
      }
      if (random.nextInt(5) == 0) {
        claim.addEffects(EntityRef.sector(SECTORS.get(random.nextInt(SECTORS.size()))));
      }
      if (v2 && random.nextInt(3) == 0) {
        claim.addFigures(Figure.builder().indicator("steel output").sector("heavy-industry")
            .wording((100 + c) + " per cent").statedAs(StatedAs.PERCENTAGE)
            .amount(new BigDecimal((100 + c) + "." + random.nextInt(10))).unit("per cent")
            .period(Period.of(HistoricalDate.ofYear(1950 + random.nextInt(60)))).status(FigureStatus.RESULT).build());
      }
      if (v2 && random.nextInt(6) == 0) {
        claim.addAbout(EntityRef.actor("party"));
      }
      n.addClaims(claim.build());
    }
    return n.build();
  }
}
