package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * A validating read places the validator's problem with a field of version 2 at the line and column
 * of that field's value, with its JSON Pointer: each case is a document with exactly one problem,
 * and {@code @} marks where the error must point (the mark is removed before reading).
 */
class ValidationLocationTest {

  private static final String HEAD = "{\"format\": \"policy-narrative/2\", \"id\": \"n\", \"title\": \"T\",\n"
      + " \"language\": \"en\", \"version\": \"1\",\n";
  private static final String SOURCES = " \"sources\": [{\"id\": \"s\"}],\n";
  private static final String SECTORS = " \"sectors\": [{\"id\": \"industry\", \"name\": \"Industry\"}],\n";
  private static final String ACTORS = " \"actors\": [{\"id\": \"party\", \"name\": \"Party\", \"kind\": \"party\"}],\n";

  /** A claim with an id and what follows its anchor ({@code ""} for nothing). */
  private static String claim(String id, String more) {
    return "  {\"id\": \"" + id + "\", \"statement\": \"S\", \"kind\": \"objective\", \"assertedBy\": \"A\",\n"
        + "   \"anchor\": {\"source\": \"s\", \"exact\": \"x\"}" + more + "}";
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("unknown-reference", "/claims/0/figures/0/sector", SOURCES + " \"claims\": [\n"
            + claim("c", ",\n   \"figures\": [{\"indicator\": \"steel\", \"sector\": @\"steel\", \"wording\": \"w\", "
            + "\"statedAs\": \"unquantified\", \"status\": \"result\"}]") + "]\n"),
        Arguments.of("baseline-after-period", "/claims/0/figures/0/baselinePeriod", SOURCES + " \"claims\": [\n"
            + claim("c", ",\n   \"figures\": [{\"indicator\": \"steel\", \"wording\": \"w\", \"statedAs\": "
            + "\"unquantified\", \"period\": \"1952\",\n    \"baselinePeriod\": @\"1960\", \"status\": \"result\"}]")
            + "]\n"),
        Arguments.of("unknown-reference", "/claims/0/otherAnchors/1/source", SOURCES + " \"claims\": [\n"
            + claim("c", ",\n   \"otherAnchors\": [{\"source\": \"s\", \"exact\": \"y\"}, {\"source\": @\"elsewhere\", "
            + "\"exact\": \"y\"}]") + "]\n"),
        Arguments.of("unknown-reference", "/claims/1/relations/0/claim", SOURCES + " \"claims\": [\n"
            + claim("a", "") + ",\n" + claim("b", ",\n   \"relations\": [{\"type\": \"repeats\", \"claim\": @\"nowhere\"}]")
            + "]\n"),
        Arguments.of("undeclared-code", "/claims/0/relations/0/type", SOURCES + " \"claims\": [\n"
            + claim("a", ",\n   \"relations\": [{\"type\": @\"echoes\", \"claim\": \"b\"}]") + ",\n" + claim("b", "")
            + "]\n"),
        Arguments.of("claim-cycle", "/claims/0/relations", SOURCES + " \"claims\": [\n"
            + claim("a", ",\n   \"relations\": @[{\"type\": \"repeats\", \"claim\": \"b\"}]") + ",\n"
            + claim("b", ",\n   \"relations\": [{\"type\": \"repeats\", \"claim\": \"a\"}]") + "]\n"),
        Arguments.of("unknown-reference", "/claims/0/justifies/1", SOURCES + ACTORS + " \"claims\": [\n"
            + claim("c", ",\n   \"justifies\": [\"actor:party\", @\"event:congress\"]") + "]\n"),
        Arguments.of("undeclared-code", "/claims/0/kind", SOURCES + " \"claims\": [\n"
            + claim("c", "").replace("\"objective\"", "@\"boast\"") + "]\n"),
        Arguments.of("undeclared-code", "/vocabulary/1/broader", " \"vocabulary\": [\n"
            + "  {\"scheme\": \"claim-kind\", \"code\": \"boast\", \"label\": \"Boast\"},\n"
            + "  {\"scheme\": \"claim-kind\", \"code\": \"brag\", \"label\": \"Brag\", \"broader\": @\"boasting\"}]\n"),
        Arguments.of("code-cycle", "/vocabulary/0/broader", " \"vocabulary\": [\n"
            + "  {\"scheme\": \"relation-type\", \"code\": \"x\", \"label\": \"X\", \"broader\": @\"y\"},\n"
            + "  {\"scheme\": \"relation-type\", \"code\": \"y\", \"label\": \"Y\", \"broader\": \"x\"}]\n"),
        Arguments.of("duplicate-id", "/vocabulary/1/code", " \"vocabulary\": [\n"
            + "  {\"scheme\": \"priority-mode\", \"code\": \"x\", \"label\": \"X\"},\n"
            + "  {\"scheme\": \"priority-mode\", \"code\": @\"x\", \"label\": \"X again\"}]\n"),
        Arguments.of("undeclared-code", "/policyLines/0/priorities/0/mode", SECTORS + " \"policyLines\": [\n"
            + "  {\"id\": \"l\", \"name\": \"L\", \"priorities\": [{\"sector\": \"industry\", \"mode\": @\"paralel\"}]}]\n"),
        Arguments.of("unknown-reference", "/policyLines/0/roles/1/actor", ACTORS + " \"policyLines\": [\n"
            + "  {\"id\": \"l\", \"name\": \"L\",\n   \"roles\": [{\"role\": \"adopted-by\", \"actor\": \"party\"}, "
            + "{\"role\": \"drafted-by\", \"actor\": @\"premier\"}]}]\n"),
        Arguments.of("unknown-reference", "/policyLines/0/adoptedAtEvent", " \"policyLines\": [\n"
            + "  {\"id\": \"l\", \"name\": \"L\",\n   \"adoptedAtEvent\": @\"congress\"}]\n"),
        Arguments.of("unknown-reference", "/policyLines/1/amends", " \"policyLines\": [\n"
            + "  {\"id\": \"l\", \"name\": \"L\"},\n  {\"id\": \"m\", \"name\": \"M\", \"amends\": @\"k\"}]\n"),
        Arguments.of("line-cycle", "/policyLines/0/amends", " \"policyLines\": [\n"
            + "  {\"id\": \"l\", \"name\": \"L\", \"amends\": @\"m\"},\n  {\"id\": \"m\", \"name\": \"M\", \"amends\": \"l\"}]\n"),
        Arguments.of("unknown-reference", "/events/0/participants/1", ACTORS + " \"events\": [\n"
            + "  {\"id\": \"e\", \"name\": \"E\", \"participants\": [\"party\", @\"premier\"]}]\n"),
        Arguments.of("duplicate-id", "/actors/1/id", " \"actors\": [\n"
            + "  {\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"},\n  {\"id\": @\"a\", \"name\": \"B\", \"kind\": \"other\"}]\n"),
        Arguments.of("duplicate-id", "/events/1/id", " \"events\": [\n"
            + "  {\"id\": \"e\", \"name\": \"E\"},\n  {\"id\": @\"e\", \"name\": \"F\"}]\n"),
        Arguments.of("unknown-reference", "/sources/1/translationOf", " \"sources\": [\n"
            + "  {\"id\": \"s\"},\n  {\"id\": \"t\", \"translationOf\": @\"original\"}]\n"),
        Arguments.of("translation-cycle", "/sources/0/translationOf", " \"sources\": [\n"
            + "  {\"id\": \"s\", \"translationOf\": @\"t\"},\n  {\"id\": \"t\", \"translationOf\": \"s\"}]\n"));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("documents")
  void theFirstProblemIsAtItsValue(String code, String pointer, String body) {
    String marked = HEAD + body + "}\n";
    int mark = marked.indexOf('@');
    String json = marked.substring(0, mark) + marked.substring(mark + 1);
    int line = (int) marked.substring(0, mark).chars().filter(c -> c == '\n').count() + 1;
    int column = mark - marked.lastIndexOf('\n', mark - 1);

    assertThat(NarrativeJson.create().fromJson(json).id()).as("reads without validation").isEqualTo("n");
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> NarrativeJson.create().validatingOnRead().fromJson(json));

    assertThat(e).as("a validating read fails").isNotNull();
    assertThat(e.problem()).contains("[" + code + "]").contains("(1 problem)");
    assertThat(e.path()).hasValue(pointer);
    assertThat(e.line()).hasValue(line);
    assertThat(e.column()).hasValue(column);
  }
}
