package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** The Eras section ({@code withEras}) or the section of policy lines without an era. */
  void section(List<Node> blocks, boolean withEras) {
    int lineLevel = withEras ? 4 : 3;
    EntityBlocks era = null;
    EntityBlocks line = null;
    List<EntityBlocks> entities = new ArrayList<>();
    for (Node block : blocks) {
      if (withEras && block instanceof Heading heading && heading.getLevel() == 3) {
        era = EntityBlocks.of(source, heading, "an era", null, false);
        line = null;
        entities.add(era);
      } else if (block instanceof Heading heading && heading.getLevel() == lineLevel) {
        if (withEras && era == null) {
          throw MarkdownSource.errorAt(block, "a policy line heading must follow an era heading '### id: Name'");
        }
        line = EntityBlocks.of(source, heading, "a policy line", withEras ? era.id : null, true);
        entities.add(line);
      } else {
        EntityBlocks current = line != null ? line : era;
        if (current == null) {
          throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block) + "; expected "
              + (withEras ? "an era heading '### id: Name'" : "a policy line heading '### id: Name'"));
        }
        if (!current.add(block)) {
          String expected = current == line
              ? "the policy line's fields, then its priorities table, then its claims"
              : "the era's fields, then its claims, then its policy lines as '#### id: Name'";
          throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block) + "; expected " + expected);
        }
      }
    }
    for (EntityBlocks entity : entities) {
      if (entity.heading.getLevel() == lineLevel) {
        lines.line(entity);
      } else {
        era(entity);
      }
    }
  }

  private void era(EntityBlocks entity) {
    Place at = Place.of(entity.heading);
    Fields fields = fields(entity.fields(), at);
    String owner = "era '" + entity.id + "'";
    Map<String, Place> places = new HashMap<>();
    Era.Builder b = Era.builder().id(entity.id).name(entity.name);
    Integer position = position(fields);
    b.period(period(fields, Key.PERIOD, owner).orElseThrow(() -> at.error(
        owner + " has no field 'Period'; expected a line '- **Period:** 1953/1960'")));
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
    assembly.eras.add(new NarrativeAssembly.Draft<>(build(at, owner, fields, b::build), position, at, places));
    claims.claims(entity, EntityRef.era(entity.id));
  }
}
