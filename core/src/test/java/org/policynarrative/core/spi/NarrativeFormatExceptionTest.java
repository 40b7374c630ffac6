package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The one exception for bad input: its message format and location accessors. */
class NarrativeFormatExceptionTest {

  @Test
  void aFullyLocatedErrorReadsFileLineColumnFormatProblemAndPath() {
    IOException cause = new IOException("library detail");
    NarrativeFormatException e =
        new NarrativeFormatException("json", "expected a string", 3, 14, "/claims/3/about/1", cause)
            .inFile("data/narrative.json");

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

    assertThat(new NarrativeFormatException("json", "p", 7, 0, null, null)).hasMessage("7: json: p");
    assertThat(new NarrativeFormatException("json", "p", 0, 0, "/id", null)).hasMessage("json: p (at /id)");
    assertThat(new NarrativeFormatException("json", "p", 0, 0, "", null).path()).contains("");
    assertThat(new NarrativeFormatException("json", "p", -2, -5, null, null).line()).isEmpty();
    assertThat(new NarrativeFormatException("json", "p").inFile("x.json")).hasMessage("x.json: json: p");
  }

  @Test
  void inFileKeepsEverythingElseAndTheStackTrace() {
    NarrativeFormatException original = new NarrativeFormatException("json", "p", 2, 5, "/a", null);

    NarrativeFormatException located = original.inFile("f.json");

    assertThat(located).isNotSameAs(original);
    assertThat(located.line()).hasValue(2);
    assertThat(located.column()).hasValue(5);
    assertThat(located.path()).contains("/a");
    assertThat(located.getStackTrace()).isEqualTo(original.getStackTrace());
    assertThat(original.file()).isEmpty();
  }
}
