package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.VocabularyCode;

/**
 * The lists of codes in the module's README (the dialect's reference) are the code's: the built-in
 * claim kinds, priority modes and relation types with their labels and definitions, in order, and
 * the codes of each closed enumeration. A new built-in code fails this test until the README lists it.
 */
class ReadmeCodesTest {

  private static final Pattern ROW = Pattern.compile("\\| `([^`]+)` \\| (.+?) \\| (.+) \\|");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  @Test
  void theBuiltInCodesOfEachOpenVocabularyAreListedWithTheirLabelsAndDefinitions() throws IOException {
    String readme = readme();
    for (CodeScheme scheme : CodeScheme.values()) {
      String start = "<!-- codes:" + scheme.code() + ":start -->";
      String end = "<!-- codes:" + scheme.code() + ":end -->";
      assertThat(readme).as("the README lists the %s codes", scheme.code()).contains(start, end);
      List<String> listed = new ArrayList<>();
      for (String line : readme.substring(readme.indexOf(start), readme.indexOf(end)).split("\n")) {
        Matcher m = ROW.matcher(line);
        if (m.matches()) {
          listed.add(m.group(1) + " | " + m.group(2) + " | " + m.group(3));
        }
      }
      List<String> builtIn = new ArrayList<>();
      for (VocabularyCode code : scheme.builtIns()) {
        builtIn.add(code.code() + " | " + code.builtInLabel().orElseThrow() + " | "
            + code.builtInDefinition().orElseThrow());
      }
      assertThat(listed).as("the %s codes in the README", scheme.code()).isEqualTo(builtIn);
    }
  }

  @ParameterizedTest
  // The other enumerations are in the lists core's CodeListDocsTest generates, with their definitions.
  @ValueSource(strings = {"CodeScheme", "EntityKind"})
  void theCodesOfEachEnumerationAreListed(String type) throws Exception {
    String readme = readme();
    String marker = "<!-- enum:" + type + " -->";
    assertThat(readme).contains(marker);
    int from = readme.indexOf(marker) + marker.length();
    String line = readme.substring(from, readme.indexOf('\n', from));
    List<String> listed = new ArrayList<>();
    Matcher m = CODE.matcher(line);
    while (m.find()) {
      listed.add(m.group(1));
    }
    Class<?> enumeration = Class.forName("org.policynarrative.core." + type);
    List<String> codes = new ArrayList<>();
    for (Object constant : enumeration.getEnumConstants()) {
      codes.add((String) enumeration.getMethod("code").invoke(constant));
    }
    assertThat(listed).as("the codes of %s in the README", type).isEqualTo(codes);
  }

  private static String readme() throws IOException {
    return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
  }
}
