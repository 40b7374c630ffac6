package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.Era;
import org.policynarrative.core.EntityRef;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * Reads the Eras section (eras at level 3, their policy lines at level 4) and the section of
 * policy lines without an era (level 3): first the blocks are grouped under their headings, then
 * each era is read here and each line by {@link PolicyLineReader}.
 */
final class EraReader extends ConstructReader {

  /**
   * An era or a policy line: its heading, the era it stands under (for a line in the Eras
   * section), and the blocks under its heading, in the order the dialect allows: its fields, then
   * (for a line) its priorities table, then its claims as block quotes.
   */
  record Entity(Heading heading, String id, String name, boolean isLine, String eraId, List<Node> blocks) {

    /** The fields' list, or null. */
    BulletList fields() {
      return !blocks.isEmpty() && blocks.get(0) instanceof BulletList list ? list : null;
    }

    /** The priorities table, or null. */
    TableBlock table() {
      for (Node block : blocks) {
        if (block instanceof TableBlock table) {
          return table;
        }
      }
      return null;
    }

    /** The claims standing under the entity. */
    List<BlockQuote> quotes() {
      List<BlockQuote> quotes = new ArrayList<>();
      for (Node block : blocks) {
        if (block instanceof BlockQuote quote) {
          quotes.add(quote);
        }
      }
      return quotes;
    }

    /** Whether the block may come next: it keeps the order fields, table, claims. */
    boolean accepts(Node block) {
      if (block instanceof BlockQuote) {
        return true;
      }
      if (block instanceof BulletList) {
        return blocks.isEmpty();
      }
      return block instanceof TableBlock && isLine && blocks.stream().allMatch(b -> b instanceof BulletList);
    }
  }

  private final PolicyLineReader lines;
  private final ClaimReader claims;

  EraReader(MarkdownSource source, NarrativeAssembly assembly, PolicyLineReader lines, ClaimReader claims) {
    super(source, assembly);
    this.lines = lines;
    this.claims = claims;
  }

  /** The Eras section ({@code withEras}) or the section of policy lines without an era. */
  void section(List<Node> blocks, boolean withEras) {
    int lineLevel = withEras ? 4 : 3;
    Entity era = null;
    Entity line = null;
    List<Entity> entities = new ArrayList<>();
    for (Node block : blocks) {
      if (withEras && block instanceof Heading heading && heading.getLevel() == 3) {
        era = entity(heading, "an era", false, null);
        line = null;
        entities.add(era);
      } else if (block instanceof Heading heading && heading.getLevel() == lineLevel) {
        if (withEras && era == null) {
          throw MarkdownSource.errorAt(block, "a policy line heading must follow an era heading '### id: Name'");
        }
        line = entity(heading, "a policy line", true, withEras ? era.id() : null);
        entities.add(line);
      } else {
        Entity current = line != null ? line : era;
        if (current == null) {
          throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block) + "; expected "
              + (withEras ? "an era heading '### id: Name'" : "a policy line heading '### id: Name'"));
        }
        if (!current.accepts(block)) {
          String expected = current.isLine()
              ? "the policy line's fields, then its priorities table, then its claims as block quotes"
              : "the era's fields, then its claims as block quotes, then its policy lines as '#### id: Name'";
          throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block) + "; expected " + expected);
        }
        current.blocks().add(block);
      }
    }
    for (Entity entity : entities) {
      if (entity.isLine()) {
        lines.line(entity);
      } else {
        era(entity);
      }
    }
  }

  private Entity entity(Heading heading, String kind, boolean isLine, String eraId) {
    String text = source.heading(heading).text();
    Matcher m = ID_AND_NAME.matcher(text);
    if (!m.matches()) {
      throw MarkdownSource.errorAt(heading, "expected " + kind + " heading 'id: Name' with a slug id such as "
          + "post-war, found " + NarrativeFormatException.quote(text));
    }
    return new Entity(heading, m.group(1), m.group(2), isLine, eraId, new ArrayList<>());
  }

  private void era(Entity entity) {
    Place at = Place.of(entity.heading());
    Fields fields = fields(entity.fields(), at);
    String owner = "era '" + entity.id() + "'";
    Map<String, Place> places = new HashMap<>();
    Era.Builder b = Era.builder().id(entity.id()).name(entity.name());
    Integer position = position(fields);
    b.period(period(fields, Key.PERIOD, owner).orElseThrow(() -> at.error(
        owner + " has no field 'Period'; expected a line '- **Period:** 1953/1960'")));
    for (Fields.Field label : fields.labels()) {
      b.putLabels(Fields.labelLanguage(label), label.value());
    }
    fields.repeated(Key.ALSO_CALLED).forEach(f -> b.addAlternativeNames(f.value()));
    fields.optional(Key.SUMMARY).ifPresent(f -> b.summary(f.value()));
    fields.optional(Key.SOURCE).ifPresent(f -> {
      b.source(f.value());
      places.put("source", f.at());
    });
    fields.finish(owner);
    assembly.eras.add(new NarrativeAssembly.Draft<>(build(at, owner, b::build), position, at, places));
    for (BlockQuote quote : entity.quotes()) {
      claims.claim(quote, EntityRef.era(entity.id()));
    }
  }
}
