package org.policynarrative.markdown.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.Era;
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
 * the {@link Layout} it computes first. The output depends only on the narrative, so writing what
 * was read gives identical bytes.
 *
 * <p>Line breaks go through {@link MarkdownOutput#newline()}, which writes at most two in a row:
 * each block opens with a blank line without looking at what came before.
 */
final class MarkdownWriter {

  private static final String QUOTE = "> ";
  private static final String QUOTE_SUB = ">   ";

  private final Narrative narrative;
  private final Layout layout;
  private final MarkdownOutput out;
  private final FieldWriter fields;

  private MarkdownWriter(Narrative narrative, MarkdownOutput out) {
    this.narrative = narrative;
    this.layout = Layout.of(narrative);
    this.out = out;
    this.fields = new FieldWriter(out);
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
      timeline(entries);
    }
    if (!layout.eraOrder().isEmpty()) {
      section(Section.ERAS);
      layout.eraOrder().forEach(this::era);
    }
    if (!layout.linesWithoutEra().isEmpty()) {
      section(Section.LINES_WITHOUT_ERA);
      layout.linesWithoutEra().forEach(line -> policyLine(line, "###"));
    }
    if (!layout.sectors().roots().isEmpty()) {
      section(Section.SECTORS);
      layout.sectors().roots().forEach(root -> sector(root, ""));
    }
    ClaimGroups claims = layout.claims();
    if (!claims.isEmpty(claims.further())) {
      section(Section.FURTHER_CLAIMS);
      claims(claims.further());
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
    out.newline();
  }

  private void timeline(List<TimelineEntry> entries) {
    out.newline().append("```mermaid").newline().append("timeline").newline()
        .append("    title ").append(mermaidText(narrative.title(), narrative.id())).newline();
    for (TimelineEntry entry : entries) {
      String when = entry.when().toEdtf().replace('%', '~');
      String name = mermaidText(entry.name(), entry.ref().id());
      out.append("    ").append(when).append(" : ").append(name);
      if (entry.ref().kind() == EntityKind.POLICY_LINE) {
        out.append(" (policy line)");
      }
      out.newline();
    }
    out.append("```").newline();
  }

  /** Text that cannot break the Mermaid syntax or the fence: letters, digits and a little punctuation. */
  private static String mermaidText(String text, String fallback) {
    StringBuilder safe = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length() && safe.length() < 120; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || ".,'()-/".indexOf(cp) >= 0) {
        if (space && safe.length() > 0) {
          safe.append(' ');
        }
        safe.appendCodePoint(cp);
        space = false;
      } else {
        space = true;
      }
    }
    return safe.length() == 0 ? fallback : safe.toString();
  }

  private void era(int index) {
    Era era = narrative.eras().get(index);
    heading("###", era.id(), Optional.of(era.name()));
    fields.position("", layout.eraPositions(), index);
    fields.period("", Key.PERIOD, era.period());
    era.labels().forEach((language, label) -> fields.label("", language, label));
    era.alternativeNames().forEach(name -> fields.text("", Key.ALSO_CALLED, name));
    era.summary().ifPresent(v -> fields.text("", Key.SUMMARY, v));
    era.source().ifPresent(v -> fields.text("", Key.SOURCE, v));
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
    line.statement().ifPresent(v -> fields.text("", Key.STATEMENT, v));
    line.adopted().ifPresent(v -> fields.date("", Key.ADOPTED, v));
    line.adoptedBy().ifPresent(v -> fields.text("", Key.ADOPTED_BY, v));
    line.adoptedAt().ifPresent(v -> fields.text("", Key.ADOPTED_AT, v));
    fields.ids("", Key.ERAS, line.eras());
    fields.code("", Key.DURABILITY, line.durability().code());
    line.supersedes().ifPresent(v -> fields.text("", Key.SUPERSEDES, v));
    line.continues().ifPresent(v -> fields.text("", Key.CONTINUES, v));
    out.newline();
    if (!line.priorities().isEmpty()) {
      out.append(Dialect.PRIORITIES.header).newline().append(Dialect.PRIORITIES.delimiter).newline();
      for (SectorPriority priority : line.priorities()) {
        out.append("| ").escaped(priority.sector())
            .append(" | ").append(priority.mode().code())
            .append(" | ");
        if (priority.rank().isPresent()) {
          out.append(priority.rank().get().intValue());
        }
        out.append(" | ");
        if (priority.wording().isPresent()) {
          out.escaped(priority.wording().get());
        }
        out.append(" |").newline();
      }
      out.newline();
    }
    claims(layout.claims().line(index));
  }

  private void claims(int group) {
    layout.claims().forEach(group, this::claim);
  }

  private void claim(int index) {
    Claim claim = narrative.claims().get(index);
    String q = QUOTE;
    out.append(q).escaped(claim.statement(), true).newline().append('>').newline();
    fields.text(q, Key.ID, claim.id());
    fields.position(q, layout.claimPositions(), index);
    fields.code(q, Key.KIND, claim.kind().code());
    fields.text(q, Key.ASSERTED_BY, claim.assertedBy());
    claim.extractedBy().ifPresent(v -> fields.text(q, Key.EXTRACTED_BY, v));
    fields.refs(q, Key.ABOUT, claim.about());
    fields.refs(q, Key.CAUSES, claim.causes());
    fields.refs(q, Key.EFFECTS, claim.effects());
    claim.refersTo().ifPresent(p -> fields.period(q, Key.REFERS_TO, p));
    anchor(claim.anchor());
    claim.assessments().forEach(this::assessment);
    out.newline();
  }

  private void anchor(Anchor anchor) {
    String sub = QUOTE_SUB;
    fields.nesting(QUOTE, Key.ANCHOR);
    fields.text(sub, Key.SOURCE, anchor.source());
    fields.text(sub, Key.QUOTE, anchor.exact());
    anchor.prefix().ifPresent(v -> fields.text(sub, Key.BEFORE, v));
    anchor.suffix().ifPresent(v -> fields.text(sub, Key.AFTER, v));
    if (anchor.start().isPresent() && anchor.end().isPresent()) {
      fields.open(sub, Key.OFFSETS).append(anchor.start().get().intValue()).append("..")
          .append(anchor.end().get().intValue()).newline();
    }
  }

  private void assessment(Assessment assessment) {
    String sub = QUOTE_SUB;
    fields.nesting(QUOTE, Key.ASSESSMENT);
    fields.text(sub, Key.ASSESSOR, assessment.assessor());
    fields.code(sub, Key.VERDICT, assessment.verdict().code());
    assessment.ratingLabel().ifPresent(v -> fields.text(sub, Key.RATING, v));
    assessment.date().ifPresent(v -> fields.date(sub, Key.DATE, v));
    assessment.note().ifPresent(v -> fields.text(sub, Key.NOTE, v));
    assessment.references().forEach(v -> fields.text(sub, Key.REFERENCE, v));
  }

  private void sector(int index, String indent) {
    Sector sector = narrative.sectors().get(index);
    out.append(indent).append("- ").append(sector.id()).append(": ").escaped(sector.name()).newline();
    String sub = indent + "  ";
    fields.position(sub, layout.sectors().positions(), index);
    if (!layout.sectors().nested()[index]) {
      sector.broader().ifPresent(b -> fields.text(sub, Key.BROADER, b));
    }
    sector.labels().forEach((language, label) -> fields.label(sub, language, label));
    sector.description().ifPresent(v -> fields.text(sub, Key.DESCRIPTION, v));
    if (!sector.mappings().isEmpty()) {
      out.append(sub).append(Key.MAPPINGS.item).newline().newline();
      String table = sub + "  ";
      out.append(table).append(Dialect.MAPPINGS.header).newline()
          .append(table).append(Dialect.MAPPINGS.delimiter).newline();
      for (SectorMapping mapping : sector.mappings()) {
        out.append(table).append("| ").escaped(mapping.scheme())
            .append(" | ").escaped(mapping.code())
            .append(" | ").append(mapping.relation().code()).append(" |").newline();
      }
      out.newline();
    }
    for (int child : layout.sectors().childrenOf(index)) {
      sector(child, sub);
    }
  }
}
