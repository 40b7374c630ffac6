package org.policynarrative.core;

/** Small, valid building blocks for the core tests; each test changes only what it is about. */
final class TestNarratives {

  static final String SOURCE_TEXT =
      "In 1953 the Party set the line of developing heavy industry preferentially "
          + "while developing light industry and agriculture simultaneously.";

  private TestNarratives() {}

  static Source source(String id) {
    return Source.builder().id(id).build();
  }

  static Era era(String id, String period) {
    return Era.builder().id(id).name("Era " + id).period(Period.parse(period)).build();
  }

  static Sector sector(String id) {
    return Sector.builder().id(id).name("Sector " + id).build();
  }

  static PolicyLine line(String id, String adopted, String... eras) {
    return PolicyLine.builder().id(id).name("Line " + id).adopted(HistoricalDate.parse(adopted))
        .addEras(eras).build();
  }

  static Anchor anchor(String source, String exact) {
    return Anchor.builder().source(source).exact(exact).build();
  }

  /** A claim anchored to "heavy industry" in source {@code portal}. */
  static Claim.Builder claim(String id) {
    return claim(id, ClaimKind.ACHIEVEMENT, anchor("portal", "heavy industry"));
  }

  static Claim.Builder claim(String id, Anchor anchor) {
    return claim(id, ClaimKind.ACHIEVEMENT, anchor);
  }

  static Claim.Builder claim(String id, ClaimKind kind) {
    return claim(id, kind, anchor("portal", "heavy industry"));
  }

  static Claim.Builder claim(String id, ClaimKind kind, Anchor anchor) {
    return Claim.builder().id(id).statement("Statement " + id).kind(kind).assertedBy("the source").anchor(anchor);
  }

  /** A narrative with one of each kind of entity, all references resolving. */
  static Narrative.Builder valid() {
    return Narrative.builder().id("test").title("Test narrative").language("en").version("1")
        .addSources(source("portal"))
        .addEras(era("post-war", "1953/1960"))
        .addSectors(sector("industry"), Sector.builder().id("heavy-industry").name("Heavy industry")
            .broader("industry").build())
        .addPolicyLines(PolicyLine.builder().id("line-1953").name("Line of 1953")
            .adopted(HistoricalDate.ofYear(1953)).addEras("post-war")
            .addPriorities(SectorPriority.of("heavy-industry", PriorityMode.PREFERENTIAL)).build())
        .addClaims(claim("c0").addAbout(EntityRef.sector("heavy-industry")).build());
  }
}
