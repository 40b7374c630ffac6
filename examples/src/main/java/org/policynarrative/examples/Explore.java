package org.policynarrative.examples;

import java.util.List;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Sector;
import org.policynarrative.examples.internal.ExampleSupport;
import org.policynarrative.examples.internal.ExampleReports;

/**
 * Explore: the flagship example. Loads the bundled reference narrative (the DPRK's line of
 * economic construction, 1953 to 2016) and prints what the model makes easy to see: the timeline
 * of eras, events and policy lines, which sectors each era's lines put first, and every claim the source
 * makes about one sector, each with its quote, its attribution and its verdict.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples -am compile exec:java}. An
 * optional argument names the sector (default {@code agriculture}).
 */
public final class Explore {

  private Explore() {}

  /**
   * Prints the timeline, the sector-priority matrix and the claims about one sector.
   *
   * @param args optionally, the id of the sector whose claims to print
   */
  public static void main(String[] args) {
    Narrative narrative = ExampleSupport.referenceNarrative();
    String sectorId = args.length > 0 ? args[0] : "agriculture";
    Sector sector = narrative.sector(sectorId).orElseThrow(() -> new IllegalArgumentException(
        "no sector '" + sectorId + "'; try one of " + narrative.sectors().stream().map(Sector::id).toList()));

    System.out.println(narrative.title());
    System.out.println(narrative.claims().size() + " claims, each asserted by the source and unverified.");
    System.out.println();
    ExampleSupport.section(System.out, "Timeline", ExampleReports.timeline(narrative));
    ExampleSupport.section(System.out, "Sector priorities by era", ExampleReports.priorityMatrix(narrative));
    List<String> claims = ExampleReports.claimsAbout(narrative, EntityRef.sector(sector.id()));
    ExampleSupport.section(System.out, "What the source says about " + sector.name(), claims);
  }
}
