package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.NarrativeArbitraries;
import org.policynarrative.testing.SampleNarratives;

/**
 * Damaged documents (characters deleted, inserted or replaced; the text cut short) either still
 * read or fail with a located {@link NarrativeFormatException}: no Jackson, builder or runtime
 * exception escapes the reader.
 */
class MalformedInputPropertyTest {

  /** One edit: at a relative position, delete, insert or replace with a character that matters to JSON. */
  static final class Edit {
    final double position;
    final int kind;
    final char character;

    Edit(double position, int kind, char character) {
      this.position = position;
      this.kind = kind;
      this.character = character;
    }

    String apply(String text) {
      int at = (int) (position * text.length());
      switch (kind) {
        case 0:
          return at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
        case 1:
          return text.substring(0, at) + character + text.substring(at);
        case 2:
          return at < text.length() ? text.substring(0, at) + character + text.substring(at + 1) : text;
        default:
          return text.substring(0, at);
      }
    }
  }

  @Provide
  Arbitrary<String> damagedDocuments() {
    Arbitrary<Edit> edits = Combinators.combine(Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 3), Arbitraries.of('{', '}', '[', ']', '"', ':', ',', '0', '-', 'e', '.',
                'a', 'X', '?', '/', '\\', ' ', '\n', 'n', 't', '\u0000', '천'))
        .as(Edit::new);
    Arbitrary<String> documents = Arbitraries.oneOf(Arbitraries.of(SampleNarratives.full(), SampleNarratives.minimal()),
            NarrativeArbitraries.narratives(2))
        .map(NarrativeJson.create()::toJson);
    return Combinators.combine(documents, edits.list().ofMinSize(1).ofMaxSize(3))
        .as((json, list) -> {
          String damaged = json;
          for (Edit edit : list) {
            damaged = edit.apply(damaged);
          }
          return damaged;
        });
  }

  @Property(tries = 1000)
  void damagedDocumentsReadOrFailWithTheFormatException(@ForAll("damagedDocuments") String document) {
    for (NarrativeJson json : List.of(NarrativeJson.create(), NarrativeJson.create().skippingUnknownFields().validatingOnRead())) {
      try {
        json.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
      } catch (NarrativeFormatException e) {
        assertThat(e.problem()).isNotBlank();
        assertThat(e.format()).isEqualTo("json");
      } catch (Exception e) {
        throw new AssertionError("unexpected " + e + " for:\n" + document, e);
      }
      try {
        json.readLines(new StringReader(document.replace('\n', ' '))).count();
      } catch (NarrativeFormatException e) {
        assertThat(e.line()).hasValue(1);
      } catch (Exception e) {
        throw new AssertionError("unexpected " + e + " for the line:\n" + document, e);
      }
    }
  }
}
