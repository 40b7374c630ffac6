package org.policynarrative.testing.scaling;

import java.util.function.IntUnaryOperator;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;

/**
 * The reference-graph shapes the scaling tests grow from n to 4n (validation, and the JSON and
 * Markdown readers): chains and cycles of broader sectors and superseded lines, and a hub that many
 * entities point at or that points at many. One source {@code s}; claims quote {@code q}.
 */
public final class GraphShapes {

  private GraphShapes() {}

  /** {@return an empty narrative with one source, {@code s}, to add a shape to} */
  public static Narrative.Builder narrative() {
    return Narrative.builder().id("n").title("Shapes").language("en").version("1")
        .addSources(Source.builder().id("s").build());
  }

  /**
   * {@return claim {@code c<i>}, a causal attribution quoting {@code q} from source {@code s}}
   *
   * @param i the claim's number
   */
  public static Claim.Builder claim(int i) {
    return Claim.builder().id("c" + i).statement("Claim " + i).kind(ClaimKind.CAUSAL_ATTRIBUTION)
        .assertedBy("the source").anchor(Anchor.builder().source("s").exact("q").build());
  }

  /**
   * {@return n sectors and n lines: sector i under sector target(i), line i superseding and
   * continuing line target(i), where target(i) is in range (a chain for {@code i - 1}, a cycle of
   * each kind for {@code i == 0 ? n - 1 : i - 1}, cycles of two for {@code i ^ 1})}
   *
   * @param n the number of sectors, and of lines
   * @param target which sector and line each one links to
   */
  public static Narrative links(int n, IntUnaryOperator target) {
    Narrative.Builder narrative = narrative();
    for (int i = 0; i < n; i++) {
      int t = target.applyAsInt(i);
      Sector.Builder sector = Sector.builder().id("s" + i).name("Sector " + i);
      PolicyLine.Builder line = PolicyLine.builder().id("l" + i).name("Line " + i);
      if (t >= 0 && t < n) {
        sector.broader("s" + t);
        line.supersedes("l" + t).continues("l" + t);
      }
      narrative.addSectors(sector.build()).addPolicyLines(line.build());
    }
    return narrative.build();
  }

  /**
   * {@return a hub sector, line and era; n sectors under the hub, n lines superseding it, and n
   * claims about it, caused by it and affecting it}
   *
   * @param n how many of each point at the hub
   */
  public static Narrative fanIn(int n) {
    Narrative.Builder narrative = narrative()
        .addSectors(Sector.builder().id("hub").name("Hub").build())
        .addPolicyLines(PolicyLine.builder().id("hub").name("Hub").build())
        .addEras(Era.builder().id("hub").name("Hub").period(Period.parse("1953/1960")).build());
    for (int i = 0; i < n; i++) {
      narrative.addSectors(Sector.builder().id("s" + i).name("Sector " + i).broader("hub").build())
          .addPolicyLines(PolicyLine.builder().id("l" + i).name("Line " + i).supersedes("hub").build())
          .addClaims(claim(i).addAbout(EntityRef.sector("hub")).addCauses(EntityRef.policyLine("hub"))
              .addEffects(EntityRef.era("hub")).build());
    }
    return narrative.build();
  }

  /**
   * {@return n sectors and n eras; one claim about every sector, caused by every era, and one line
   * in every era with a priority for every sector}
   *
   * @param n the number of sectors, and of eras
   */
  public static Narrative fanOut(int n) {
    Narrative.Builder narrative = narrative();
    Claim.Builder claim = claim(0);
    PolicyLine.Builder line = PolicyLine.builder().id("l").name("Line");
    for (int i = 0; i < n; i++) {
      narrative.addSectors(Sector.builder().id("s" + i).name("Sector " + i).build())
          .addEras(Era.builder().id("e" + i).name("Era " + i).period(Period.parse("1953/1960")).build());
      claim.addAbout(EntityRef.sector("s" + i)).addCauses(EntityRef.era("e" + i));
      line.addEras("e" + i).addPriorities(SectorPriority.of("s" + i, PriorityMode.SIMULTANEOUS));
    }
    return narrative.addClaims(claim.build()).addPolicyLines(line.build()).build();
  }
}
