package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The lists of codes in the dialect reference (io-markdown/README.md) and the model guide
 * (docs/model.md) are generated from {@link CodeList}, so that they cannot drift from the code:
 * this test regenerates the part between {@value #START} and {@value #END} and fails when the
 * committed file differs. Run it with {@code -Dgolden.update=true} to rewrite the files.
 */
class CodeListDocsTest {

  static final String START = "<!-- code-lists:start -->";
  static final String END = "<!-- code-lists:end -->";
  private static final String UPDATE = "golden.update";

  @ParameterizedTest
  @ValueSource(strings = {"../io-markdown/README.md", "../docs/model.md"})
  void theListsOfCodesInTheDocsAreGeneratedFromCodeList(String file) throws IOException {
    Path path = Path.of(file);
    String doc = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(doc).as("%s has the markers %s and %s", file, START, END).contains(START, END);
    int from = doc.indexOf(START) + START.length();
    int to = doc.indexOf(END);
    String expected = section();
    String committed = doc.substring(from, to);
    if (Boolean.getBoolean(UPDATE) && !committed.equals(expected)) {
      Files.writeString(path, doc.substring(0, from) + expected + doc.substring(to), StandardCharsets.UTF_8);
      throw new AssertionError("-D" + UPDATE + "=true: the lists of codes in " + file + " were regenerated; review"
          + " the change, then run the tests again without -D" + UPDATE);
    }
    assertThat(committed).as("the lists of codes in %s are generated from CodeList; regenerate them with"
        + " ./mvnw -o -pl core test -Dtest=CodeListDocsTest -D%s=true", file, UPDATE).isEqualTo(expected);
  }

  @Test
  void everyListHasADefinitionForEveryCodeAndNoCodeTwice() {
    Set<String> names = new HashSet<>();
    for (CodeList list : CodeList.builtIn()) {
      assertThat(names.add(list.name())).as("list %s once", list.name()).isTrue();
      assertThat(list.entries()).as(list.name()).isNotEmpty().allSatisfy(entry -> {
        assertThat(entry.definition()).as("%s %s", list.name(), entry.code()).isNotBlank().doesNotContain("{@");
        assertThat(entry.declared()).isFalse();
      });
      assertThat(list.entries().stream().map(CodeList.Entry::code).distinct().count()).isEqualTo(list.entries().size());
    }
    assertThat(names).contains("claim-kind", "verdict", "priority-mode", "relation-type", "calendar");
    assertThat(CodeList.named("verdict").orElseThrow().entries()).extracting(CodeList.Entry::code)
        .containsExactly("unverified", "supported", "mixed", "disputed", "false");
  }

  @Test
  void aNarrativesDeclaredCodesFollowTheBuiltInOnesOfTheirList() {
    Narrative narrative = Narrative.builder().id("n").title("N").language("en").version("1")
        .addVocabulary(CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND).code("foreign-aid").label("Foreign aid")
            .definition("The source says another state gave aid.").broader("characterisation").build())
        .build();

    CodeList kinds = CodeList.of(narrative).get(0);

    assertThat(kinds.name()).isEqualTo("claim-kind");
    assertThat(kinds.entries().get(kinds.entries().size() - 1)).isEqualTo(new CodeList.Entry("foreign-aid",
        "Foreign aid", "The source says another state gave aid. Narrows characterisation.", true));
    assertThat(kinds.entries()).hasSize(ClaimKind.values().length + 1);
  }

  /** The generated part: a table per list. */
  static String section() {
    StringBuilder out = new StringBuilder("\n<!-- Generated from core's CodeList by CodeListDocsTest; do not edit by"
        + " hand: change the code, then run ./mvnw -o -pl core test -Dtest=CodeListDocsTest -D" + UPDATE
        + "=true. 'policy-narrative codes' prints the same lists. -->\n");
    List<CodeList> lists = CodeList.builtIn();
    for (CodeList list : lists) {
      out.append("\n**").append(list.title()).append("** (`").append(list.name()).append("`, `").append(list.field())
          .append("`").append(list.isOpen() ? "; a narrative may declare more" : "").append("):\n\n")
          .append("<!-- codes:").append(list.name()).append(":start -->\n")
          .append("| Code | Label | Definition |\n|---|---|---|\n");
      for (CodeList.Entry entry : list.entries()) {
        out.append("| `").append(entry.code()).append("` | ").append(entry.label()).append(" | ")
            .append(entry.definition().replace("|", "\\|")).append(" |\n");
      }
      out.append("<!-- codes:").append(list.name()).append(":end -->\n");
    }
    return out.append('\n').toString();
  }
}
