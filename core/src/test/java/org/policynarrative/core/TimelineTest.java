package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policynarrative.core.TestNarratives.era;
import static org.policynarrative.core.TestNarratives.line;

import org.junit.jupiter.api.Test;

/** The chronological view of eras and policy lines. */
class TimelineTest {

  private static Narrative.Builder narrative() {
    return Narrative.builder().id("n").title("t").language("en").version("1");
  }

  @Test
  void erasAndLinesAreInDateOrderWhateverTheDataSetOrder() {
    Narrative narrative = narrative()
        .addEras(era("arduous-march", "1994/1999"), era("post-war", "1953/1960"), era("open", "2016/.."))
        .addPolicyLines(line("byungjin", "2013-03"), line("line-1953", "1953-08"), line("songun", "1995~"))
        .build();

    assertThat(Timeline.of(narrative).entries())
        .extracting(e -> e.ref().toString(), e -> e.when().toEdtf())
        .containsExactly(
            tuple("era:post-war", "1953/1960"),
            tuple("policy-line:line-1953", "1953-08"),
            tuple("era:arduous-march", "1994/1999"),
            tuple("policy-line:songun", "1995~"),
            tuple("policy-line:byungjin", "2013-03"),
            tuple("era:open", "2016/.."));
  }

  @Test
  void atTheSameTimeAnEraComesFirstThenDataSetOrder() {
    Narrative narrative = narrative()
        .addPolicyLines(line("b", "1960"), line("a", "1960"))
        .addEras(era("y", "1960"), era("x", "1960"))
        .build();

    assertThat(Timeline.of(narrative).entries()).extracting(e -> e.ref().toString())
        .containsExactly("era:y", "era:x", "policy-line:b", "policy-line:a");
  }

  @Test
  void aLineAdoptedInTheFirstYearOfItsEraSortsBeforeTheLongerEra() {
    // Same earliest day, so the shorter span (the line's year) comes first: Period.CHRONOLOGICAL.
    Narrative narrative = narrative()
        .addEras(era("post-war", "1953/1960"))
        .addPolicyLines(line("line-1953", "1953", "post-war"))
        .build();

    assertThat(Timeline.of(narrative).entries()).extracting(e -> e.ref().toString())
        .containsExactly("policy-line:line-1953", "era:post-war");
  }

  @Test
  void anUndatedLineSpansAllItsKnownErasAndALineWithNeitherIsLeftOut() {
    Narrative narrative = narrative()
        .addEras(era("post-war", "1953/1960"), era("sixties", "196X"))
        .addPolicyLines(
            PolicyLine.builder().id("undated").name("Undated").addEras("missing", "sixties", "post-war").build(),
            PolicyLine.builder().id("nowhere").name("Nowhere").build())
        .build();

    assertThat(Timeline.of(narrative).entries())
        .extracting(e -> e.ref().toString(), TimelineEntry::name, e -> e.when().toEdtf())
        .containsExactly(
            tuple("era:post-war", "Era post-war", "1953/1960"),
            tuple("policy-line:undated", "Undated", "1953/196X"),
            tuple("era:sixties", "Era sixties", "196X"));
  }

  @Test
  void anEmptyNarrativeHasAnEmptyTimeline() {
    assertThat(Timeline.of(narrative().build()).entries()).isEmpty();
  }
}
