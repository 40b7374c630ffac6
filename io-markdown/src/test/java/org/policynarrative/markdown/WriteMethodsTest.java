package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policynarrative.core.Narrative;
import org.policynarrative.markdown.internal.ReferenceFunctions;
import org.policynarrative.testing.NarrativeArbitraries;

/**
 * Every write method writes the same document: the string, the characters, the UTF-8 bytes of the
 * string, and the file, which is streamed chunk by chunk. The writer never writes a blank run that
 * would need folding ({@link ReferenceFunctions#fold}). What the document says is pinned by the
 * golden files and the round-trip properties; its escaping by {@code FastPathTest}.
 */
class WriteMethodsTest {

  @Property(tries = 400)
  void sharedNarratives(@ForAll("shared") Narrative narrative) throws IOException {
    assertEveryMethodWritesTheSame(narrative);
  }

  @Property(tries = 200)
  void dialectNarratives(@ForAll("dialect") Narrative narrative) throws IOException {
    assertEveryMethodWritesTheSame(narrative);
  }

  /** Documents longer than the writer's buffer, so that chunks are handed on mid-document. */
  @Property(tries = 30)
  void largeNarratives(@ForAll("large") Narrative narrative) throws IOException {
    assertEveryMethodWritesTheSame(narrative);
  }

  /** The file write streams into the temporary file it then moves: the same bytes. */
  @Property(tries = 20)
  void fileWrites(@ForAll("large") Narrative narrative) throws IOException {
    Path dir = Files.createTempDirectory("markdown-writer");
    try {
      Path file = dir.resolve("n.md");
      NarrativeMarkdown.create().write(narrative, file);
      assertThat(Files.readAllBytes(file))
          .isEqualTo(NarrativeMarkdown.create().toMarkdown(narrative).getBytes(StandardCharsets.UTF_8));
      Files.delete(file);
    } finally {
      Files.delete(dir);
    }
  }

  private static void assertEveryMethodWritesTheSame(Narrative narrative) throws IOException {
    NarrativeMarkdown markdown = NarrativeMarkdown.create();
    String expected = markdown.toMarkdown(narrative);
    assertThat(ReferenceFunctions.fold(expected)).isEqualTo(expected);
    StringWriter chars = new StringWriter();
    markdown.write(narrative, chars);
    assertThat(chars.toString()).isEqualTo(expected);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    markdown.write(narrative, bytes);
    assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<Narrative> shared() {
    return NarrativeArbitraries.narratives();
  }

  @Provide
  Arbitrary<Narrative> dialect() {
    return DialectNarratives.narratives();
  }

  @Provide
  Arbitrary<Narrative> large() {
    return NarrativeArbitraries.narratives(40);
  }
}
