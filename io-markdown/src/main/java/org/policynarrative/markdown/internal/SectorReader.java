package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * Reads the Sectors section: a bullet list of sectors {@code - id: Name}, each with a nested list
 * of its fields and of its narrower sectors, which take it as their broader sector.
 */
final class SectorReader extends ConstructReader {

  private final TableReader tables;

  SectorReader(MarkdownSource source, NarrativeAssembly assembly, TableReader tables) {
    super(source, assembly);
    this.tables = tables;
  }

  void section(List<Node> blocks) {
    for (Node block : blocks) {
      if (!(block instanceof BulletList list)) {
        assembly.errors.add(MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block)
            + " in the Sectors section; expected a bullet list of sectors '- id: Name'"));
      } else {
        sectors(items(list), null);
      }
    }
  }

  /** Each sector, then its narrower ones; one that cannot be read is logged and skipped with them. */
  private void sectors(List<ListItem> items, String broader) {
    for (ListItem item : items) {
      List<ListItem> children = new ArrayList<>();
      String[] id = {null};
      if (assembly.errors.attempt(() -> id[0] = sector(item, broader, children))) {
        sectors(children, id[0]);
      }
    }
  }

  /** Reads the sector, returns its id and puts its narrower sectors' items in {@code children}. */
  private String sector(ListItem item, String broader, List<ListItem> children) {
    Node first = item.getFirstChild();
    if (!(first instanceof Paragraph paragraph) || Fields.isField(item)) {
      throw MarkdownSource.errorAt(first == null ? item : first, "expected a sector written as '- id: Name'"
          + (broader == null ? "" : ", or a field of sector '" + broader + "'"));
    }
    MarkdownSource.Value text = source.valueAfter(paragraph, null);
    Matcher m = ID_AND_NAME.matcher(text.text());
    if (!m.matches()) {
      throw text.at().error("expected a sector written as '- id: Name' with a slug id such as heavy-industry, found "
          + NarrativeFormatException.quote(text.text()));
    }
    String id = m.group(1);
    String owner = "sector '" + id + "'";
    Node nested = first.getNext();
    if (nested != null && (!(nested instanceof BulletList) || nested.getNext() != null)) {
      Node bad = nested instanceof BulletList ? nested.getNext() : nested;
      throw MarkdownSource.errorAt(bad, "unexpected " + MarkdownSource.describe(bad) + " in " + owner
          + "; expected a nested bullet list of its fields and narrower sectors");
    }
    List<ListItem> fieldItems = new ArrayList<>();
    if (nested != null) {
      for (ListItem child : items(nested)) {
        (Fields.isField(child) ? fieldItems : children).add(child);
      }
    }
    Place at = text.at();
    Fields fields = Fields.of(fieldItems, source, at);
    Map<String, Place> places = new HashMap<>();
    Sector.Builder b = Sector.builder().id(id).name(m.group(2));
    places.put("id", at);
    Integer position = position(fields);
    Optional<Fields.Field> explicit = fields.optional(Key.BROADER);
    if (explicit.isPresent()) {
      if (broader != null) {
        throw explicit.get().keyAt().error(owner + " is nested under '" + broader
            + "', which makes it its broader sector; expected no Broader field here");
      }
      b.broader(explicit.get().value());
      places.put("broader", explicit.get().at());
    } else if (broader != null) {
      b.broader(broader);
      places.put("broader", at);
    }
    labels(fields, b::putLabels);
    fields.optional(Key.DESCRIPTION).ifPresent(f -> b.description(f.value()));
    fields.optionalNested(Key.MAPPINGS).ifPresent(f -> mappings(f, owner, b));
    identifiers(fields, b::addIdentifiers);
    encoderNotes(fields, owner, b::addEncoderNotes);
    fields.finish(owner);
    assembly.sectors.add(new NarrativeAssembly.Draft<>(build(at, owner, fields, b::build), position, at, places,
        assembly.kept(fields)));
    return id;
  }

  private void mappings(Fields.Field field, String owner, Sector.Builder b) {
    if (!field.value().isEmpty() || !(field.nested() instanceof TableBlock table)) {
      throw field.keyAt().error("field 'Mappings' of " + owner
          + " takes a table | Scheme | Code | Relation | below it (after a blank line)");
    }
    for (TableReader.Row row : tables.rows(table, Dialect.MAPPINGS)) {
      MappingRelation relation = TableReader.cellAs(row.cell(2), "Relation", MappingRelation::fromCode);
      b.addMappings(build(row.cell(0).at(), "sector mapping",
          () -> SectorMapping.of(row.text(0), row.text(1), relation)));
    }
  }
}
