package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * Reads the Eras section (eras at level 3, their policy lines at level 4) and the section of
 * policy lines without an era (level 3): first the blocks are grouped under their headings
 * ({@link EntityBlocks}), then each era is read here and each line by {@link PolicyLineReader}.
 */
final class EraReader extends ConstructReader {

  private final PolicyLineReader lines;
  private final ClaimReader claims;

  EraReader(MarkdownSource source, NarrativeAssembly assembly, PolicyLineReader lines, ClaimReader claims) {
    super(source, assembly);
    this.lines = lines;
    this.claims = claims;
  }

  /**
   * The Eras section ({@code withEras}) or the section of policy lines without an era. A heading
   * that cannot be read, or at a level no construct here takes, is logged, and the blocks up to the
   * next heading skipped with it (an era's policy lines with the era).
   */
  void section(List<Node> blocks, boolean withEras) {
    int lineLevel = withEras ? 4 : 3;
    EntityBlocks era = null;
    EntityBlocks previousEra = null;
    EntityBlocks line = null;
    boolean skipping = false;
    boolean skippingEra = false;
    List<EntityBlocks> entities = new ArrayList<>();
    for (Node block : blocks) {
      if (block instanceof Heading heading) {
        line = null;
        if (withEras && heading.getLevel() == 3) {
          previousEra = era;
          era = entity(heading, "an era", null, false);
          skippingEra = era == null;
          skipping = skippingEra;
          if (era != null) {
            entities.add(era);
          }
        } else if (heading.getLevel() == lineLevel) {
          if (withEras && era == null && !skippingEra) {
            assembly.errors.add(MarkdownSource.errorAt(block,
                "a policy line heading must follow an era heading '### id: Name'"));
          }
          line = withEras && era == null ? null : entity(heading, "a policy line", withEras ? era.id : null, true);
          skipping = line == null;
          if (line != null) {
            entities.add(line);
          }
        } else {
          assembly.errors.add(EntityBlocks.wrongLevel(heading, lineLevel, "a policy line", ""));
          skipping = true;
        }
        continue;
      }
      if (skipping) {
        continue;
      }
      EntityBlocks current = line != null ? line : era;
      if (current == null) {
        assembly.errors.add(MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block) + "; expected "
            + (withEras ? "an era heading '### id: Name'" : "a policy line heading '### id: Name'")));
        skipping = true;
      } else if (current == era && block instanceof TableBlock) {
        // Only a policy line has a table: this heading is most likely a policy line's, a level too high.
        assembly.errors.add(EntityBlocks.wrongLevel(era.heading, 4, "a policy line",
            " (under an era heading, a table is a policy line's priorities; an era has none)"));
        entities.remove(era);
        era = previousEra;
        skippingEra = era == null; // the lines after it would stand under no era: skipped with it
        skipping = true;
      } else if (!current.add(block)) {
        String expected = current == line
            ? "the policy line's fields, then its priorities table, then its claims"
            : "the era's fields, then its claims, then its policy lines as '#### id: Name'";
        assembly.errors.add(MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block)
            + "; expected " + expected));
      }
    }
    for (EntityBlocks entity : entities) {
      if (entity.heading.getLevel() == lineLevel) {
        lines.line(entity);
      } else {
        assembly.errors.attempt(() -> era(entity));
        claims.claims(entity, EntityRef.era(entity.id));
      }
    }
  }

  private void era(EntityBlocks entity) {
    Place at = Place.of(entity.heading);
    Fields fields = fields(entity.fields(), at);
    String owner = "era '" + entity.id + "'";
    Map<String, Place> places = new HashMap<>();
    Era.Builder b = Era.builder().id(entity.id).name(entity.name);
    places.put("id", entity.idAt);
    Integer position = position(fields);
    b.period(period(fields, Key.PERIOD, owner).orElseThrow(() -> fields.missing(Key.PERIOD, owner,
        "expected a line '- **Period:** 1953/1960'")));
    labels(fields, b::putLabels);
    fields.repeated(Key.ALSO_CALLED).forEach(f -> b.addAlternativeNames(f.value()));
    fields.optional(Key.SUMMARY).ifPresent(f -> b.summary(f.value()));
    fields.optional(Key.SOURCE).ifPresent(f -> {
      b.source(f.value());
      place(places, "source", f);
    });
    identifiers(fields, b::addIdentifiers);
    encoderNotes(fields, owner, b::addEncoderNotes);
    fields.finish(owner);
    assembly.eras.add(new NarrativeAssembly.Draft<>(build(at, owner, fields, b::build), position, at, places, assembly.kept(fields)));
  }
}
