package org.policynarrative.markdown.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.Source;
import org.policynarrative.markdown.internal.Dialect.Key;

/** Reads the Sources section: a heading {@code ### id} or {@code ### id: Title} per source, then its fields. */
final class SourceReader extends ConstructReader {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

  SourceReader(MarkdownSource source, NarrativeAssembly assembly) {
    super(source, assembly);
  }

  /**
   * The sources of the section; a source that cannot be read is logged and skipped, and so are
   * blocks up to the next heading after a block that is not a source's.
   */
  void section(List<Node> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      if (!(blocks.get(i) instanceof Heading heading) || heading.getLevel() != 3) {
        Node block = blocks.get(i);
        assembly.errors.add(block instanceof Heading h
            ? EntityBlocks.wrongLevel(h, 3, "a source", "")
            : MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block)
                + " in the Sources section; expected a source heading '### id' or '### id: Title'"));
        do {
          i++;
        } while (i < blocks.size() && !(blocks.get(i) instanceof Heading));
        continue;
      }
      i++;
      BulletList list = null;
      if (i < blocks.size() && blocks.get(i) instanceof BulletList next) {
        list = next;
        i++;
      }
      BulletList fields = list;
      assembly.errors.attempt(() -> source(heading, fields));
    }
  }

  private void source(Heading heading, BulletList list) {
    MarkdownSource.Value written = source.heading(heading);
    String text = written.text();
    String id;
    Optional<String> title;
    Matcher m = ID_AND_NAME.matcher(text);
    if (m.matches()) {
      id = m.group(1);
      title = Optional.of(m.group(2));
    } else if (SLUG.matcher(text).matches()) {
      id = text;
      title = Optional.empty();
    } else {
      throw written.at().error("expected a source heading '### id' or '### id: Title' with a slug id "
          + "such as dprk-portal, found " + NarrativeFormatException.quote(text));
    }
    Place at = Place.of(heading);
    Fields fields = fields(list, at);
    String owner = "source '" + id + "'";
    Source.Builder b = Source.builder().id(id);
    title.ifPresent(b::title);
    fields.optional(Key.PUBLISHER).ifPresent(f -> b.publisher(f.value()));
    fields.optional(Key.PUBLISHED).ifPresent(f -> b.published(f.as(Values::parseDate)));
    fields.optional(Key.URL).ifPresent(f -> b.url(f.value()));
    fields.optional(Key.LANGUAGE).ifPresent(f -> b.language(f.value()));
    fields.optional(Key.SHA_256).ifPresent(f -> b.sha256(f.value()));
    fields.optional(Key.NOTE).ifPresent(f -> b.note(f.value()));
    Map<String, Place> places = new HashMap<>();
    places.put("id", written.at());
    fields.optional(Key.TRANSLATION_OF).ifPresent(f -> {
      b.translationOf(f.value());
      place(places, "translationOf", f);
    });
    encoderNotes(fields, owner, b::addEncoderNotes);
    fields.finish(owner);
    assembly.sources.add(new NarrativeAssembly.Draft<>(build(at, owner, fields, b::build), null, at, places, assembly.kept(fields)));
  }
}
