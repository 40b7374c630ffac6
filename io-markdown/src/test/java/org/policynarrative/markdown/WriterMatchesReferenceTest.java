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
import org.policynarrative.testing.NarrativeArbitraries;

/**
 * The writer, which escapes into a buffer and never writes a blank run that would need folding,
 * gives byte for byte what the plain writer ({@link ReferenceMarkdownWriter}: whole string, folding
 * pass, {@code getBytes}) gave, through every write method.
 */
class WriterMatchesReferenceTest {

  @Property(tries = 400)
  void sharedNarratives(@ForAll("shared") Narrative narrative) throws IOException {
    assertSameAsReference(narrative);
  }

  @Property(tries = 200)
  void dialectNarratives(@ForAll("dialect") Narrative narrative) throws IOException {
    assertSameAsReference(narrative);
  }

  /** Documents longer than the writer's buffer, so that chunks are handed on mid-document. */
  @Property(tries = 30)
  void largeNarratives(@ForAll("large") Narrative narrative) throws IOException {
    assertSameAsReference(narrative);
  }

  /** The file write streams into the temporary file it then moves: the same bytes. */
  @Property(tries = 20)
  void fileWrites(@ForAll("large") Narrative narrative) throws IOException {
    Path dir = Files.createTempDirectory("markdown-writer");
    try {
      Path file = dir.resolve("n.md");
      NarrativeMarkdown.create().write(narrative, file);
      assertThat(Files.readAllBytes(file))
          .isEqualTo(ReferenceMarkdownWriter.write(narrative).getBytes(StandardCharsets.UTF_8));
      Files.delete(file);
    } finally {
      Files.delete(dir);
    }
  }

  private static void assertSameAsReference(Narrative narrative) throws IOException {
    String expected = ReferenceMarkdownWriter.write(narrative);
    NarrativeMarkdown markdown = NarrativeMarkdown.create();
    assertThat(markdown.toMarkdown(narrative)).isEqualTo(expected);
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
