package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.policynarrative.core.InvalidValueException;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.LocatedNarrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.markdown.internal.Dialect.Key;
import org.policynarrative.markdown.internal.Dialect.Section;

/**
 * Reads the Markdown dialect that {@link MarkdownWriter} writes (and that people write by hand):
 * the document's title, metadata and sections; each section's constructs are read by their own
 * reader ({@link SourceReader}, {@link EraReader} with {@link PolicyLineReader}, {@link EventReader},
 * {@link ActorReader}, {@link SectorReader}, {@link ClaimReader} with {@link AnchorReader} and
 * {@link FigureReader}, {@link VocabularyReader}), and {@link NarrativeAssembly} puts the narrative
 * together. Each construct is read on its own: an error in one is logged in the assembly's
 * {@link ErrorLog} and the construct skipped, so that one read reports every error it can.
 * Documents of dialect 1 (before model v2) read too: their constructs are a subset of dialect 2's,
 * but for claims, which {@link ClaimReader} reads in either form. commonmark-java finds the
 * blocks; values are decoded from the source text under each block. Anything the dialect does not
 * define is an error naming its line, except Mermaid code blocks in the Timeline section, which are
 * derived from the rest and ignored.
 */
final class MarkdownReader {

  private static final String OWNER = "the narrative";

  private final NarrativeAssembly assembly;
  private final MarkdownSource source;
  private final SourceReader sources;
  private final EraReader eras;
  private final SectorReader sectors;
  private final ClaimReader claims;
  private final EventReader events;
  private final ActorReader actors;
  private final VocabularyReader vocabulary;

  private MarkdownReader(String input, boolean locating) {
    source = new MarkdownSource(input);
    assembly = new NarrativeAssembly(source, locating);
    TableReader tables = new TableReader(source, assembly.errors);
    claims = new ClaimReader(source, assembly, tables);
    sources = new SourceReader(source, assembly);
    eras = new EraReader(source, assembly, new PolicyLineReader(source, assembly, tables, claims), claims);
    sectors = new SectorReader(source, assembly, tables);
    events = new EventReader(source, assembly, claims);
    actors = new ActorReader(source, assembly, claims);
    vocabulary = new VocabularyReader(source, assembly, tables);
  }

  /**
   * Reads one narrative.
   *
   * @param validate whether to run the checks across the whole narrative ({@code ReadValidation})
   * @throws NarrativeFormatException naming the line (and column) of the first problem, with the
   *     others found as its {@link NarrativeFormatException#moreErrors()}
   */
  static Narrative read(String input, boolean validate) {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    return new MarkdownReader(text, validate).document(BlockTree.parse(text), validate);
  }

  /**
   * Reads one narrative without the checks across it, with the place of each value read, by the
   * validator's paths.
   *
   * @throws NarrativeFormatException naming the line (and column) of the first problem, with the others
   */
  static LocatedNarrative readLocated(String input) {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    MarkdownReader reader = new MarkdownReader(text, true);
    Narrative narrative = reader.document(BlockTree.parse(text), false);
    return LocatedNarrative.of(narrative, reader.assembly.locations());
  }

  private Narrative document(Node document, boolean validate) {
    Node node = document.getFirstChild();
    if (!(node instanceof Heading title) || title.getLevel() != 1) {
      throw node == null ? Place.DOCUMENT.error("the document is empty; expected the title as '# Title'")
          : MarkdownSource.errorAt(node, "expected the narrative's title as a level-1 heading '# Title', found a "
              + MarkdownSource.describe(node));
    }
    Place titleAt = Place.of(title);
    node = title.getNext();
    BulletList list = node instanceof BulletList l ? l : null;
    if (list != null) {
      node = node.getNext();
    }
    Narrative.Builder[] builder = {Narrative.builder()};
    errors().attempt(() -> builder[0] = metadata(source.heading(title).text(), titleAt,
        list == null ? Fields.none(titleAt) : Fields.of(ConstructReader.items(list), source, titleAt)));
    Set<Section> seen = EnumSet.noneOf(Section.class);
    while (node != null) {
      Node start = node;
      List<Node> blocks = new ArrayList<>();
      node = node.getNext();
      while (node != null && !(node instanceof Heading h && h.getLevel() <= 2)) {
        blocks.add(node);
        node = node.getNext();
      }
      // A section that cannot be read is skipped whole: its blocks would only add errors of its own.
      Section[] section = {null};
      if (errors().attempt(() -> section[0] = sectionOf(start, seen))) {
        section(section[0], blocks);
      }
    }
    return assembly.narrative(builder[0], titleAt, validate);
  }

  private ErrorLog errors() {
    return assembly.errors;
  }

  /** The section the block opens, which the narrative must not have had yet. */
  private Section sectionOf(Node node, Set<Section> seen) {
    if (!(node instanceof Heading heading) || heading.getLevel() != 2) {
      throw MarkdownSource.errorAt(node, "unexpected " + MarkdownSource.describe(node)
          + "; expected a section heading such as '## " + Section.ERAS.heading + "'");
    }
    String name = source.heading(heading).text();
    Section section = Section.named(name);
    if (section == null) {
      throw MarkdownSource.errorAt(heading, "unknown section '" + name + "'; expected one of: " + Section.headings());
    }
    if (!seen.add(section)) {
      throw MarkdownSource.errorAt(heading, "section '" + name + "' appears twice; expected it once");
    }
    return section;
  }

  /**
   * The narrative's title and metadata fields, checked on their own now so that a bad value is
   * reported at its own line.
   */
  private static Narrative.Builder metadata(String title, Place titleAt, Fields fields) {
    Fields.Field id = fields.required(Key.ID, OWNER);
    Fields.Field language = fields.required(Key.LANGUAGE, OWNER);
    Fields.Field version = fields.required(Key.VERSION, OWNER);
    Optional<Fields.Field> description = fields.optional(Key.DESCRIPTION);
    fields.finish(OWNER);
    Narrative.Builder builder = Narrative.builder().title(title).id(id.value()).language(language.value())
        .version(version.value());
    description.ifPresent(f -> builder.description(f.value()));
    try {
      Narrative.builder().title(title).id(id.value()).language(language.value()).version(version.value())
          .description(description.map(Fields.Field::value)).build();
    } catch (InvalidValueException e) {
      Map<String, Place> places = Map.of("id", id.at(), "language", language.at(), "version", version.at(),
          "description", description.map(Fields.Field::at).orElse(titleAt));
      throw places.getOrDefault(e.attribute(), titleAt).error("invalid narrative: " + e.getMessage(), e);
    }
    return builder;
  }

  private void section(Section section, List<Node> blocks) {
    switch (section) {
      case SOURCES -> sources.section(blocks);
      case TIMELINE -> timeline(blocks);
      case ERAS -> eras.section(blocks, true);
      case LINES_WITHOUT_ERA -> eras.section(blocks, false);
      case EVENTS -> events.section(blocks);
      case ACTORS -> actors.section(blocks);
      case SECTORS -> sectors.section(blocks);
      case FURTHER_CLAIMS -> claims.section(section.heading, blocks);
      case VOCABULARY -> vocabulary.section(blocks);
    }
  }

  /** The timeline is derived from the eras and lines: its Mermaid block is not read. */
  private void timeline(List<Node> blocks) {
    for (Node block : blocks) {
      if (!(block instanceof FencedCodeBlock code) || !"mermaid".equals(code.getInfo())) {
        errors().add(MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block)
            + " in the Timeline section; expected only a ```mermaid code block (it is derived and ignored)"));
      }
    }
  }
}
