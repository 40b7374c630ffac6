package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policynarrative.core.TestNarratives.claim;

import org.junit.jupiter.api.Test;

/** Lookups by id and the claims about an entity. */
class NarrativeQueriesTest {

  private final Narrative narrative = TestNarratives.valid()
      .addClaims(
          claim("c1", ClaimKind.CAUSAL_ATTRIBUTION).addCauses(EntityRef.policyLine("line-1953"))
              .addEffects(EntityRef.sector("heavy-industry")).build(),
          claim("c2").addAbout(EntityRef.era("post-war")).build(),
          claim("c3").addAbout(EntityRef.era("post-war"), EntityRef.sector("industry")).build())
      .build();

  @Test
  void claimsAboutAnEntityIncludeSubjectsCausesAndEffectsInDataSetOrder() {
    assertThat(narrative.claimsAbout(EntityRef.sector("heavy-industry"))).extracting(Claim::id)
        .containsExactly("c0", "c1");
    assertThat(narrative.claimsAbout(EntityRef.policyLine("line-1953"))).extracting(Claim::id)
        .containsExactly("c1");
    assertThat(narrative.claimsAbout(EntityRef.era("post-war"))).extracting(Claim::id)
        .containsExactly("c2", "c3");
  }

  @Test
  void theKindOfTheReferenceMatters() {
    assertThat(narrative.claimsAbout(EntityRef.era("heavy-industry"))).isEmpty();
    assertThat(narrative.claimsAbout(EntityRef.sector("nothing"))).isEmpty();
  }

  @Test
  void entitiesAreFoundById() {
    assertThat(narrative.source("portal")).map(Source::id).contains("portal");
    assertThat(narrative.era("post-war")).map(Era::name).contains("Era post-war");
    assertThat(narrative.sector("heavy-industry")).flatMap(Sector::broader).contains("industry");
    assertThat(narrative.policyLine("line-1953")).map(PolicyLine::name).contains("Line of 1953");
    assertThat(narrative.claim("c2")).map(Claim::id).contains("c2");
    assertThat(narrative.era("missing")).isEmpty();
    assertThat(narrative.claim("post-war")).isEmpty();
  }

  @Test
  void containsChecksKindAndId() {
    assertThat(narrative.contains(EntityRef.source("portal"))).isTrue();
    assertThat(narrative.contains(EntityRef.era("post-war"))).isTrue();
    assertThat(narrative.contains(EntityRef.sector("industry"))).isTrue();
    assertThat(narrative.contains(EntityRef.policyLine("line-1953"))).isTrue();
    assertThat(narrative.contains(EntityRef.sector("post-war"))).isFalse();
  }

  @Test
  void withDuplicateIdsTheFirstEntityIsFound() {
    Narrative duplicated = Narrative.builder().id("n").title("t").language("en").version("1")
        .addEras(Era.builder().id("e").name("First").period(Period.parse("1953")).build(),
            Era.builder().id("e").name("Second").period(Period.parse("1960")).build())
        .build();
    assertThat(duplicated.era("e")).map(Era::name).contains("First");
  }
}
