package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.Fixtures;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readers take every location from the parser's public API ({@code currentTokenLocation()}),
 * so through any parser (here a delegate, as a user's mapper may use) they give the same error, at
 * the same place, as through Jackson's own JSON parsers: for every bad-input fixture, from bytes and
 * from characters.
 */
class TokenLocationTest {

  private static final ObjectReader READER =
      JsonMapper.builder().addModule(new NarrativeJacksonModule()).build().readerFor(Narrative.class);

  static List<Path> cases() {
    return Fixtures.files(BadInputTest.class, ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fastAndPlainLocationsAgree(Path input) {
    byte[] bytes = Fixtures.bytes(input);
    String text = Fixtures.read(input);
    for (Function<Boolean, JsonParser> source : List.<Function<Boolean, JsonParser>>of(
        delegate -> wrap(READER.createParser(new ByteArrayInputStream(bytes)), delegate),
        delegate -> wrap(READER.createParser(new StringReader(text)), delegate))) {
      assertThat(outcome(source.apply(true))).isEqualTo(outcome(source.apply(false)));
    }
  }

  private static JsonParser wrap(JsonParser parser, boolean delegate) {
    return delegate ? new JsonParserDelegate(parser) : parser;
  }

  private static String outcome(JsonParser parser) {
    try (parser) {
      return "read " + READER.readValue(parser);
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      return e.getClass().getSimpleName() + " " + e.getOriginalMessage() + " @" + (l == null ? "-"
          : l.getLineNr() + ":" + l.getColumnNr() + " b" + l.getByteOffset() + " c" + l.getCharOffset());
    }
  }
}
