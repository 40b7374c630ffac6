package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The one exception for bad input: its message format and location accessors. */
class NarrativeFormatExceptionTest {

  @Test
  void aFullyLocatedErrorReadsFileLineColumnFormatProblemAndPath() {
    IOException cause = new IOException("library detail");
    NarrativeFormatException e =
        NarrativeFormatException.builder("json", "expected a string").at(3, 14).path("/claims/3/about/1").cause(cause)
            .build().inFile("data/narrative.json");

    assertThat(e).hasMessage("data/narrative.json:3:14: json: expected a string (at /claims/3/about/1)");
    assertThat(e.format()).isEqualTo("json");
    assertThat(e.problem()).isEqualTo("expected a string");
    assertThat(e.file()).contains("data/narrative.json");
    assertThat(e.line()).hasValue(3);
    assertThat(e.column()).hasValue(14);
    assertThat(e.path()).contains("/claims/3/about/1");
    assertThat(e.getCause()).isSameAs(cause);
  }

  @Test
  void unknownPartsAreLeftOut() {
    NarrativeFormatException bare = new NarrativeFormatException("markdown", "no front matter");
    assertThat(bare).hasMessage("markdown: no front matter");
    assertThat(bare.file()).isEmpty();
    assertThat(bare.line()).isEmpty();
    assertThat(bare.column()).isEmpty();
    assertThat(bare.path()).isEmpty();
    assertThat(bare.getCause()).isNull();

    assertThat(NarrativeFormatException.builder("json", "p").line(7).build()).hasMessage("7: json: p");
    assertThat(NarrativeFormatException.builder("json", "p").path("/id").build()).hasMessage("json: p (at /id)");
    assertThat(NarrativeFormatException.builder("json", "p").path("").build().path()).contains("");
    assertThat(NarrativeFormatException.builder("json", "p").file("f.json").build()).hasMessage("f.json: json: p");
    assertThat(new NarrativeFormatException("json", "p").inFile("x.json")).hasMessage("x.json: json: p");
  }

  @Test
  void inFileKeepsEverythingElseAndTheStackTrace() {
    NarrativeFormatException original = NarrativeFormatException.builder("json", "p").at(2, 5).path("/a").build();

    NarrativeFormatException located = original.inFile("f.json");

    assertThat(located).isNotSameAs(original);
    assertThat(located.line()).hasValue(2);
    assertThat(located.column()).hasValue(5);
    assertThat(located.path()).contains("/a");
    assertThat(located.getStackTrace()).isEqualTo(original.getStackTrace());
    assertThat(original.file()).isEmpty();
  }

  @Test
  void thereAreNoPlaceholders() {
    NarrativeFormatException.Builder builder = NarrativeFormatException.builder("json", "p");
    assertThatThrownBy(() -> builder.at(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.at(1, -5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.line(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.path(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.cause(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NarrativeFormatException.builder("json", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void onLineMovesTheErrorToAnotherLineKeepingTheColumn() {
    NarrativeFormatException e = NarrativeFormatException.builder("jsonl", "p").at(1, 40).path("/id").build()
        .onLine(7);

    assertThat(e).hasMessage("7:40: jsonl: p (at /id)");
    assertThat(e.line()).hasValue(7);
    assertThat(e.column()).hasValue(40);
  }
}
