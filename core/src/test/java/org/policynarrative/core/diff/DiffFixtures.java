package org.policynarrative.core.diff;

import java.util.List;
import java.util.function.UnaryOperator;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
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
 * A small narrative with one or more of every kind of item, and helpers that change one thing in
 * it the way a rewrite does; each diff test starts from {@link #base()}.
 */
final class DiffFixtures {

  static final String TEXT = "In 1953 the Party put forward the basic line. Heavy industry was developed"
      + " preferentially. Light industry and agriculture were developed simultaneously. In the 1990s the"
      + " country underwent the Arduous March.";

  private DiffFixtures() {}

  static SourceText text() {
    return SourceText.of("portal", TEXT);
  }

  static Narrative base() {
    return base(text());
  }

  /** The narrative, its anchors computed from {@code text}. */
  static Narrative base(SourceText text) {
    return Narrative.builder()
        .id("economy").title("Economic construction").language("en").version("1")
        .addSources(Source.builder().id("portal").title("Official portal").sha256(text.sha256()).build())
        .addEras(
            Era.builder().id("post-war").name("Post-war construction").period(Period.parse("1953/1960"))
                .addIdentifiers("wikidata:Q100").build(),
            Era.builder().id("arduous-march").name("Arduous March").putLabels("ko", "고난의 행군")
                .period(Period.parse("199X")).build(),
            Era.builder().id("sengun-era").name("Sengun era").period(Period.parse("200X"))
                .summary("The 2000s.").build())
        .addSectors(
            Sector.builder().id("heavy-industry").name("Heavy industry").build(),
            Sector.builder().id("light-industry").name("Light industry").build(),
            Sector.builder().id("agriculture").name("Agriculture").build())
        .addPolicyLines(
            PolicyLine.builder().id("basic-line").name("Basic line").adopted(HistoricalDate.ofYear(1953))
                .addEras("post-war")
                .addPriorities(SectorPriority.of("heavy-industry", PriorityMode.PREFERENTIAL),
                    SectorPriority.of("light-industry", PriorityMode.SIMULTANEOUS),
                    SectorPriority.of("agriculture", PriorityMode.SIMULTANEOUS))
                .build(),
            PolicyLine.builder().id("sengun-politics").name("Sengun politics").addEras("arduous-march").build())
        .addClaims(
            claim("line-put-forward", ClaimKind.POLICY_ADOPTION, "A basic line was put forward in 1953.",
                text.anchor("In 1953 the Party put forward the basic line."), EntityRef.policyLine("basic-line")),
            claim("heavy-first", ClaimKind.POLICY_DESCRIPTION, "Heavy industry came first.",
                text.anchor("Heavy industry was developed preferentially."), EntityRef.sector("heavy-industry")),
            claim("light-and-agriculture", ClaimKind.POLICY_DESCRIPTION, "Light industry and agriculture alongside.",
                text.anchor("Light industry and agriculture were developed simultaneously."),
                EntityRef.sector("light-industry"), EntityRef.sector("agriculture")),
            claim("arduous-march", ClaimKind.CHARACTERISATION, "The 1990s were the Arduous March.",
                text.anchor("In the 1990s the country underwent the Arduous March."), EntityRef.era("arduous-march")))
        .addActors(Actor.builder().id("wpk").name("Workers' Party of Korea").kind(ActorKind.PARTY)
            .addIdentifiers("wikidata:Q48793").build())
        .addEvents(Event.builder().id("seventh-congress").name("Seventh Congress").when(Period.parse("2016-05"))
            .addParticipants("wpk").build())
        .addVocabulary(CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND).code("boast").label("Boast").build())
        .build();
  }

  static Claim claim(String id, ClaimKind kind, String statement, Anchor anchor, EntityRef... about) {
    return Claim.builder().id(id).kind(kind).statement(statement).assertedBy("DPRK official portal")
        .anchor(anchor).addAbout(about).build();
  }

  /** {@code n} with one era replaced. */
  static Narrative withEra(Narrative n, String id, UnaryOperator<Era.Builder> change) {
    return Narrative.builder().from(n).eras(n.eras().stream()
        .map(e -> e.id().equals(id) ? change.apply(Era.builder().from(e)).build() : e).toList()).build();
  }

  /** {@code n} with one policy line replaced. */
  static Narrative withLine(Narrative n, String id, UnaryOperator<PolicyLine.Builder> change) {
    return Narrative.builder().from(n).policyLines(n.policyLines().stream()
        .map(l -> l.id().equals(id) ? change.apply(PolicyLine.builder().from(l)).build() : l).toList()).build();
  }

  /** {@code n} with one claim replaced. */
  static Narrative withClaim(Narrative n, String id, UnaryOperator<Claim.Builder> change) {
    return Narrative.builder().from(n).claims(n.claims().stream()
        .map(c -> c.id().equals(id) ? change.apply(Claim.builder().from(c)).build() : c).toList()).build();
  }

  /** {@code n} without the policy line {@code id}. */
  static Narrative withoutLine(Narrative n, String id) {
    return Narrative.builder().from(n).policyLines(n.policyLines().stream().filter(l -> !l.id().equals(id)).toList())
        .build();
  }

  /** {@code n} without the claim {@code id}. */
  static Narrative withoutClaim(Narrative n, String id) {
    return Narrative.builder().from(n).claims(n.claims().stream().filter(c -> !c.id().equals(id)).toList()).build();
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
