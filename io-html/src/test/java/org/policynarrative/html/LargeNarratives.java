package org.policynarrative.html;

import java.util.ArrayList;
import java.util.List;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;

/**
 * Large narratives with the shape of a real data set, for the tests of size and speed: one source
 * text of 100 sentences per 100 claims, each claim quoting one sentence with offsets; an era per
 * 250 claims (every fourth dated by its decade only), a policy line per 50 claims with two sector
 * priorities, 20 sectors.
 */
public final class LargeNarratives {

  /**
   * A narrative and the texts of its sources.
   *
   * @param narrative the narrative
   * @param texts one text per source
   */
  public record WithTexts(Narrative narrative, List<SourceText> texts) {}

  private LargeNarratives() {}

  /** {@return a valid narrative of {@code claims} claims, with its source texts} */
  public static WithTexts of(int claims) {
    int eras = Math.max(2, claims / 250);
    int lines = Math.max(1, claims / 50);
    Narrative.Builder narrative = Narrative.builder().id("large-" + claims).title(claims + " generated claims")
        .language("en").version("1").description("A generated narrative for measuring the report's cost.");
    for (int e = 0; e < eras; e++) {
      int year = 1900 + 2 * e;
      Period period = e % 4 == 3 ? Period.of(HistoricalDate.parse((year / 10) + "X"))
          : Period.parse(year + "/" + (year + 1));
      narrative.addEras(Era.builder().id("era-" + e).name("Era " + e + " of construction").period(period).build());
    }
    for (int s = 0; s < 20; s++) {
      narrative.addSectors(Sector.builder().id("sector-" + s).name("Sector " + s).build());
    }
    for (int l = 0; l < lines; l++) {
      int era = l % eras;
      PolicyLine.Builder line = PolicyLine.builder().id("line-" + l).name("Line " + l + " of economic construction")
          .addEras("era-" + era).addPriorities(SectorPriority.of("sector-" + l % 20, PriorityMode.values()[l % 4]),
              SectorPriority.of("sector-" + (l + 7) % 20, PriorityMode.SIMULTANEOUS));
      if (era % 4 != 3) {
        line.adopted(HistoricalDate.ofYear(1900 + 2 * era));
      }
      narrative.addPolicyLines(line.build());
    }
    List<SourceText> texts = new ArrayList<>();
    int sources = (claims + 99) / 100;
    for (int s = 0; s < sources; s++) {
      StringBuilder text = new StringBuilder();
      List<int[]> sentences = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        String sentence = "In its " + i + "th report, source " + s + " says that sector " + (i % 20)
            + " grew under line " + i % lines + " as the Party had foreseen.";
        sentences.add(new int[] {text.length(), text.length() + sentence.length()});
        text.append(sentence).append(i % 10 == 9 ? "\n\n" : " ");
      }
      SourceText sourceText = SourceText.of("source-" + s, text.toString());
      texts.add(sourceText);
      narrative.addSources(Source.builder().id("source-" + s).title("Report " + s).sha256(sourceText.sha256()).build());
      for (int i = 0; i < 100 && s * 100 + i < claims; i++) {
        int c = s * 100 + i;
        int[] at = sentences.get(i);
        String quote = text.substring(at[0], at[1]);
        narrative.addClaims(Claim.builder().id("claim-" + c).kind(ClaimKind.values()[c % ClaimKind.values().length])
            .statement("Source " + s + " says sector " + i % 20 + " grew under line " + i % lines + ".")
            .assertedBy("Generated source " + s)
            .addAbout(EntityRef.era("era-" + (c / 250) % eras), EntityRef.policyLine("line-" + i % lines),
                EntityRef.sector("sector-" + i % 20))
            .anchor(Anchor.builder().source("source-" + s).exact(quote).start(at[0]).end(at[1]).build()).build());
      }
    }
    return new WithTexts(narrative.build(), texts);
  }
}
