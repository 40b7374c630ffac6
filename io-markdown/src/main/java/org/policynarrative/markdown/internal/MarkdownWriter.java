package org.policynarrative.markdown.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.policynarrative.core.Actor;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.TimelineEntry;
import org.policynarrative.markdown.internal.Dialect.Key;
import org.policynarrative.markdown.internal.Dialect.Section;

/**
 * Writes a narrative as a Markdown article in the dialect described in the module's README, in
 * the {@link Layout} it computes first: the sections and entities here, claims by
 * {@link ClaimWriter}, tables by {@link TableWriter}, the Mermaid timeline by
 * {@link TimelineWriter}. The output depends only on the narrative, so writing what was read gives
 * identical bytes.
 *
 * <p>Line breaks go through {@link MarkdownOutput#newline()}, which writes at most two in a row:
 * each block opens with a blank line without looking at what came before.
 */
final class MarkdownWriter {

  private final Narrative narrative;
  private final Layout layout;
  private final MarkdownOutput out;
  private final FieldWriter fields;
  private final TableWriter tables;
  private final ClaimWriter claims;

  private MarkdownWriter(Narrative narrative, MarkdownOutput out) {
    this.narrative = narrative;
    this.layout = Layout.of(narrative);
    this.out = out;
    this.fields = new FieldWriter(out);
    this.tables = new TableWriter(out, narrative.sectors());
    this.claims = new ClaimWriter(out, fields, tables);
  }

  /** The narrative as a Markdown document, lines ending in {@code \n}. */
  static String write(Narrative narrative) {
    MarkdownOutput.Text text = new MarkdownOutput.Text();
    try {
      write(narrative, text);
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to grow", e);
    }
    return text.toString();
  }

  /** Writes the document as UTF-8; neither flushes nor closes the stream. */
  static void write(Narrative narrative, OutputStream out) throws IOException {
    write(narrative, new Utf8Output(out));
  }

  /** Writes the document; neither flushes nor closes the writer. */
  static void write(Narrative narrative, Writer out) throws IOException {
    write(narrative, new MarkdownOutput.Chars(out));
  }

  private static void write(Narrative narrative, MarkdownOutput out) throws IOException {
    MarkdownWriter writer = new MarkdownWriter(narrative, out);
    try {
      writer.document();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.finish();
  }

  private void document() {
    out.append("# ").escaped(narrative.title()).newline().newline();
    fields.text("", Key.ID, narrative.id());
    fields.text("", Key.LANGUAGE, narrative.language());
    fields.text("", Key.VERSION, narrative.version());
    narrative.description().ifPresent(d -> fields.text("", Key.DESCRIPTION, d));

    if (!narrative.sources().isEmpty()) {
      section(Section.SOURCES);
      narrative.sources().forEach(this::source);
    }
    List<TimelineEntry> entries = Timeline.of(narrative).entries();
    if (!entries.isEmpty()) {
      section(Section.TIMELINE);
      new TimelineWriter(out).write(narrative, entries);
    }
    if (!layout.eraOrder().isEmpty()) {
      section(Section.ERAS);
      layout.eraOrder().forEach(this::era);
    }
    if (!layout.linesWithoutEra().isEmpty()) {
      section(Section.LINES_WITHOUT_ERA);
      layout.linesWithoutEra().forEach(line -> policyLine(line, "###"));
    }
    if (!narrative.events().isEmpty()) {
      section(Section.EVENTS);
      for (int i = 0; i < narrative.events().size(); i++) {
        event(i);
      }
    }
    if (!narrative.actors().isEmpty()) {
      section(Section.ACTORS);
      for (int i = 0; i < narrative.actors().size(); i++) {
        actor(i);
      }
    }
    if (!layout.sectors().roots().isEmpty()) {
      section(Section.SECTORS);
      layout.sectors().roots().forEach(root -> sector(root, ""));
    }
    ClaimGroups groups = layout.claims();
    if (!groups.isEmpty(groups.further())) {
      section(Section.FURTHER_CLAIMS);
      claims(groups.further());
    }
    if (!narrative.vocabulary().isEmpty()) {
      section(Section.VOCABULARY);
      vocabulary();
    }
  }

  private void section(Section section) {
    out.newline().append("## ").append(section.heading).newline().newline();
  }

  private void heading(String level, String id, Optional<String> name) {
    out.newline().append(level).append(' ').append(id);
    if (name.isPresent()) {
      out.append(": ").escaped(name.get());
    }
    out.newline().newline();
  }

  private void source(Source source) {
    heading("###", source.id(), source.title());
    source.publisher().ifPresent(v -> fields.text("", Key.PUBLISHER, v));
    source.published().ifPresent(v -> fields.date("", Key.PUBLISHED, v));
    source.url().ifPresent(v -> fields.text("", Key.URL, v));
    source.language().ifPresent(v -> fields.text("", Key.LANGUAGE, v));
    source.sha256().ifPresent(v -> fields.text("", Key.SHA_256, v));
    source.note().ifPresent(v -> fields.text("", Key.NOTE, v));
    source.translationOf().ifPresent(v -> fields.text("", Key.TRANSLATION_OF, v));
    fields.encoderNotes("", source.encoderNotes());
    out.newline();
  }

  private void era(int index) {
    Era era = narrative.eras().get(index);
    heading("###", era.id(), Optional.of(era.name()));
    fields.position("", layout.eraPositions(), index);
    fields.period("", Key.PERIOD, era.period());
    fields.labels("", era.labels());
    era.alternativeNames().forEach(name -> fields.text("", Key.ALSO_CALLED, name));
    era.summary().ifPresent(v -> fields.text("", Key.SUMMARY, v));
    era.source().ifPresent(v -> fields.text("", Key.SOURCE, v));
    fields.identifiers("", era.identifiers());
    fields.encoderNotes("", era.encoderNotes());
    out.newline();
    claims(layout.claims().era(index));
    for (int line : layout.linesOf(index)) {
      policyLine(line, "####");
    }
  }

  private void policyLine(int index, String level) {
    PolicyLine line = narrative.policyLines().get(index);
    heading(level, line.id(), Optional.of(line.name()));
    fields.position("", layout.linePositions(), index);
    fields.labels("", line.labels());
    line.statement().ifPresent(v -> fields.text("", Key.STATEMENT, v));
    line.adopted().ifPresent(v -> fields.date("", Key.ADOPTED, v));
    line.adoptedBy().ifPresent(v -> fields.text("", Key.ADOPTED_BY, v));
    line.adoptedAt().ifPresent(v -> fields.text("", Key.ADOPTED_AT, v));
    line.adoptedAtEvent().ifPresent(v -> fields.text("", Key.ADOPTED_AT_EVENT, v));
    fields.roles("", line.roles());
    line.inForce().ifPresent(v -> fields.period("", Key.IN_FORCE, v));
    fields.ids("", Key.ERAS, line.eras());
    fields.code("", Key.DURABILITY, line.durability().code());
    line.supersedes().ifPresent(v -> fields.text("", Key.SUPERSEDES, v));
    line.continues().ifPresent(v -> fields.text("", Key.CONTINUES, v));
    line.amends().ifPresent(v -> fields.text("", Key.AMENDS, v));
    fields.identifiers("", line.identifiers());
    fields.encoderNotes("", line.encoderNotes());
    out.newline();
    if (!line.priorities().isEmpty()) {
      List<String[]> rows = TableWriter.rows();
      for (SectorPriority priority : line.priorities()) {
        rows.add(new String[] {tables.sector(priority.sector()), priority.mode().code(),
            priority.rank().map(String::valueOf).orElse(null), priority.wording().orElse(null)});
      }
      tables.write("", Dialect.PRIORITIES, rows);
    }
    claims(layout.claims().line(index));
  }

  private void event(int index) {
    Event event = narrative.events().get(index);
    heading("###", event.id(), Optional.of(event.name()));
    event.when().ifPresent(v -> fields.period("", Key.WHEN, v));
    event.place().ifPresent(v -> fields.text("", Key.PLACE, v));
    fields.ids("", Key.PARTICIPANTS, event.participants());
    fields.labels("", event.labels());
    event.summary().ifPresent(v -> fields.text("", Key.SUMMARY, v));
    fields.identifiers("", event.identifiers());
    fields.encoderNotes("", event.encoderNotes());
    out.newline();
    claims(layout.claims().of(EntityKind.EVENT, index));
  }

  private void actor(int index) {
    Actor actor = narrative.actors().get(index);
    heading("###", actor.id(), Optional.of(actor.name()));
    fields.code("", Key.KIND, actor.kind().code());
    fields.labels("", actor.labels());
    actor.alternativeNames().forEach(name -> fields.text("", Key.ALSO_CALLED, name));
    actor.description().ifPresent(v -> fields.text("", Key.DESCRIPTION, v));
    fields.identifiers("", actor.identifiers());
    fields.encoderNotes("", actor.encoderNotes());
    out.newline();
    claims(layout.claims().of(EntityKind.ACTOR, index));
  }

  private void claims(int group) {
    layout.claims().forEach(group, index -> claims.claim(narrative.claims().get(index), layout.claimPositions(),
        index));
  }

  private void sector(int index, String indent) {
    Sector sector = narrative.sectors().get(index);
    out.append(indent).append("- ").append(sector.id()).append(": ").escaped(sector.name()).newline();
    String sub = indent + "  ";
    fields.position(sub, layout.sectors().positions(), index);
    if (!layout.sectors().nested()[index]) {
      sector.broader().ifPresent(b -> fields.text(sub, Key.BROADER, b));
    }
    fields.labels(sub, sector.labels());
    sector.description().ifPresent(v -> fields.text(sub, Key.DESCRIPTION, v));
    if (!sector.mappings().isEmpty()) {
      fields.nesting(sub, Key.MAPPINGS);
      List<String[]> rows = TableWriter.rows();
      for (SectorMapping mapping : sector.mappings()) {
        rows.add(new String[] {mapping.scheme(), mapping.code(), mapping.relation().code()});
      }
      tables.write(sub + "  ", Dialect.MAPPINGS, rows);
    }
    fields.identifiers(sub, sector.identifiers());
    fields.encoderNotes(sub, sector.encoderNotes());
    for (int child : layout.sectors().childrenOf(index)) {
      sector(child, sub);
    }
  }

  private void vocabulary() {
    List<String[]> rows = TableWriter.rows();
    for (CodeDefinition code : narrative.vocabulary()) {
      rows.add(new String[] {code.scheme().code(), code.code(), code.label(), code.definition().orElse(null),
          code.broader().orElse(null)});
    }
    tables.write("", Dialect.VOCABULARY, rows);
  }
}
