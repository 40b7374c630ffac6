package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Problem;
import org.policynarrative.core.ProblemCode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.Verdict;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * Reads the Markdown dialect that {@link MarkdownWriter} writes (and that people write by hand).
 * commonmark-java finds the blocks; values are decoded from the source text under each block.
 * Anything the dialect does not define is an error naming its line, except Mermaid code blocks in
 * the Timeline section, which are derived from the rest and ignored.
 */
final class MarkdownReader {

  /** commonmark-java flattens blocks nested deeper than its limit into text; we stop well before. */
  private static final int MAX_OPEN_BLOCKS = 64;
  private static final int MAX_DEPTH = MAX_OPEN_BLOCKS - 6;
  /**
   * The most levels below a paragraph, heading or table in a tree from {@link ValueInlineParser}:
   * table, head or body, row, cell, strong emphasis, text.
   */
  private static final int LEAF_HEIGHT = 5;

  /** commonmark-java's own parser: for documents the fast one cannot read. */
  static final Parser PARSER = parser(false);
  /** The same block parsing with {@link ValueInlineParser}: for documents laid out as the writer does. */
  static final Parser FAST_PARSER = parser(true);

  private static final Pattern ENTITY_HEADING = Pattern.compile("([a-z0-9][a-z0-9-]*): (.+)", Pattern.DOTALL);
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final List<String> SECTIONS = List.of(MarkdownWriter.SOURCES, MarkdownWriter.TIMELINE,
      MarkdownWriter.ERAS, MarkdownWriter.LINES_WITHOUT_ERA, MarkdownWriter.SECTORS, MarkdownWriter.FURTHER_CLAIMS);
  private static final Set<ProblemCode> STRUCTURAL = Set.of(ProblemCode.DUPLICATE_ID,
      ProblemCode.UNKNOWN_REFERENCE, ProblemCode.SECTOR_CYCLE, ProblemCode.LINE_CYCLE);

  /** A value read from the document, with where it was and its explicit data-set position, if any. */
  private static final class Draft<T> {
    final T value;
    final Integer position;
    final int line;
    final int column;
    final Map<String, int[]> where;

    Draft(T value, Integer position, int line, int column, Map<String, int[]> where) {
      this.value = value;
      this.position = position;
      this.line = line;
      this.column = column;
      this.where = where;
    }
  }

  private final MarkdownSource source;
  private final List<Draft<Source>> sources = new ArrayList<>();
  private final List<Draft<Era>> eras = new ArrayList<>();
  private final List<Draft<PolicyLine>> lines = new ArrayList<>();
  private final List<Draft<Sector>> sectors = new ArrayList<>();
  private final List<Draft<Claim>> claims = new ArrayList<>();
  /** Each entity kind in data-set order, kept to locate the validator's problems. */
  private final Map<String, List<? extends Draft<?>>> registered = new java.util.LinkedHashMap<>();

  private MarkdownReader(String input) {
    this.source = new MarkdownSource(input);
  }

  /**
   * Reads one narrative.
   *
   * @throws NarrativeFormatException naming the line (and column) of the first problem
   */
  static Narrative read(String input) {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    // The tree is the one commonmark-java's own parser builds: from the fast parser when every
    // block's inline content is plain, otherwise from a second parse with commonmark's inline parser.
    Node document;
    boolean fast = true;
    try {
      document = FAST_PARSER.parse(text);
    } catch (ValueInlineParser.Fallback e) {
      document = PARSER.parse(text);
      fast = false;
    }
    return new MarkdownReader(text).document(document, fast);
  }

  private static Parser parser(boolean fast) {
    Parser.Builder builder = Parser.builder()
        .extensions(List.of(TablesExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .maxOpenBlockParsers(MAX_OPEN_BLOCKS);
    if (fast) {
      ValueInlineParser inline = new ValueInlineParser();
      builder.inlineParserFactory(context -> inline);
    }
    return builder.build();
  }

  private Narrative document(Node document, boolean fast) {
    checkDepth(document, 0, fast);
    Node node = document.getFirstChild();
    if (!(node instanceof Heading) || ((Heading) node).getLevel() != 1) {
      throw node == null ? MarkdownErrors.at(0, -1, "the document is empty; expected the title as '# Title'")
          : MarkdownSource.errorAt(node, "expected the narrative's title as a level-1 heading '# Title', found a "
              + MarkdownSource.describe(node));
    }
    Heading title = (Heading) node;
    SourceSpan titleSpan = title.getSourceSpans().get(0);
    String titleText = source.heading(title).text;
    node = node.getNext();
    Fields meta = Fields.none(titleSpan.getLineIndex(), titleSpan.getColumnIndex());
    if (node instanceof BulletList) {
      meta = Fields.of(items(node), source, titleSpan.getLineIndex(), titleSpan.getColumnIndex());
      node = node.getNext();
    }
    Narrative.Builder builder = Narrative.builder().title(titleText);
    String owner = "the narrative";
    Fields fields = meta;
    Fields.Field id = fields.required("Id", owner);
    Fields.Field language = fields.required("Language", owner);
    Fields.Field version = fields.required("Version", owner);
    Optional<Fields.Field> description = fields.optional("Description");
    fields.finish(owner);
    builder.id(id.value).language(language.value).version(version.value);
    description.ifPresent(f -> builder.description(f.value));
    // Check the metadata on its own now, so that a bad value is reported at its own line.
    Map<String, int[]> metaPlaces = new HashMap<>();
    metaPlaces.put("Narrative.id", new int[] {id.line, id.column});
    metaPlaces.put("Narrative.language", new int[] {language.line, language.column});
    metaPlaces.put("Narrative.version", new int[] {version.line, version.column});
    metaPlaces.put("Narrative.title", new int[] {titleSpan.getLineIndex(), titleSpan.getColumnIndex()});
    description.ifPresent(f -> metaPlaces.put("Narrative.description", new int[] {f.line, f.column}));
    try {
      Narrative.builder().title(titleText).id(id.value).language(language.value).version(version.value)
          .description(description.map(f -> f.value)).build();
    } catch (IllegalArgumentException e) {
      int[] at = metaPlaces.entrySet().stream().filter(p -> e.getMessage().startsWith(p.getKey() + " "))
          .map(Map.Entry::getValue).findFirst().orElse(new int[] {titleSpan.getLineIndex(), titleSpan.getColumnIndex()});
      throw MarkdownErrors.at(at[0], at[1], "invalid narrative: " + e.getMessage(), e);
    }

    Set<String> seen = new LinkedHashSet<>();
    while (node != null) {
      if (!(node instanceof Heading) || ((Heading) node).getLevel() != 2) {
        throw MarkdownSource.errorAt(node, "unexpected " + MarkdownSource.describe(node)
            + "; expected a section heading such as '## " + MarkdownWriter.ERAS + "'");
      }
      Heading heading = (Heading) node;
      String name = source.heading(heading).text;
      if (!SECTIONS.contains(name)) {
        throw MarkdownSource.errorAt(heading, "unknown section '" + name + "'; expected one of: "
            + String.join(", ", SECTIONS));
      }
      if (!seen.add(name)) {
        throw MarkdownSource.errorAt(heading, "section '" + name + "' appears twice; expected it once");
      }
      List<Node> blocks = new ArrayList<>();
      node = node.getNext();
      while (node != null && !(node instanceof Heading && ((Heading) node).getLevel() <= 2)) {
        blocks.add(node);
        node = node.getNext();
      }
      section(name, heading, blocks);
    }

    List<Draft<Source>> sourceOrder = sources;
    List<Draft<Era>> eraOrder = ordered(eras, "era");
    List<Draft<PolicyLine>> lineOrder = ordered(lines, "policy line");
    List<Draft<Sector>> sectorOrder = ordered(sectors, "sector");
    List<Draft<Claim>> claimOrder = ordered(claims, "claim");
    register("sources", sourceOrder, builder::addSources);
    register("eras", eraOrder, builder::addEras);
    register("policyLines", lineOrder, builder::addPolicyLines);
    register("sectors", sectorOrder, builder::addSectors);
    register("claims", claimOrder, builder::addClaims);
    Narrative narrative = build(titleSpan.getLineIndex(), titleSpan.getColumnIndex(), "narrative", builder::build);
    for (Problem problem : NarrativeValidator.validate(narrative).problems()) {
      if (STRUCTURAL.contains(problem.code())) {
        int[] at = locate(problem.path());
        throw new NarrativeFormatException(MarkdownErrors.FORMAT, problem.message(), at[0] + 1, at[1] + 1,
            problem.path(), null);
      }
    }
    return narrative;
  }

  /**
   * Fails where commonmark-java would have flattened deeper nesting into text. In a tree from
   * {@link ValueInlineParser} nothing below a paragraph, heading or table is more than
   * {@link #LEAF_HEIGHT} levels deeper than it, so a shallow one need not be walked.
   */
  private static void checkDepth(Node node, int depth, boolean fast) {
    if (depth >= MAX_DEPTH) {
      throw MarkdownSource.errorAt(node, "elements are nested more than " + MAX_DEPTH
          + " levels deep; the dialect never nests that deep, and deeper levels would be read as plain text");
    }
    if (fast && depth + LEAF_HEIGHT < MAX_DEPTH
        && (node instanceof Paragraph || node instanceof Heading || node instanceof TableBlock)) {
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      checkDepth(child, depth + 1, fast);
    }
  }

  private <T> void register(String field, List<Draft<T>> drafts, java.util.function.Consumer<T> add) {
    for (int i = 0; i < drafts.size(); i++) {
      add.accept(drafts.get(i).value);
    }
    registered.put(field, drafts);
  }

  /** The recorded place of a validator path, or of its nearest enclosing path. */
  private int[] locate(String path) {
    // Built only for an error: the path of every recorded place.
    Map<String, int[]> where = new HashMap<>();
    registered.forEach((field, drafts) -> {
      for (int i = 0; i < drafts.size(); i++) {
        Draft<?> draft = drafts.get(i);
        String prefix = field + "[" + i + "]";
        where.put(prefix, new int[] {draft.line, draft.column});
        draft.where.forEach((p, at) -> where.put(prefix + "." + p, at));
      }
    });
    String p = path;
    while (!p.isEmpty()) {
      int[] at = where.get(p);
      if (at != null) {
        return at;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return new int[] {0, -1};
  }

  /** Data-set order: document order, or the explicit positions when they are given. */
  private static <T> List<Draft<T>> ordered(List<Draft<T>> drafts, String what) {
    boolean any = drafts.stream().anyMatch(d -> d.position != null);
    if (!any) {
      return drafts;
    }
    List<Draft<T>> result = new ArrayList<>(java.util.Collections.nCopies(drafts.size(), null));
    for (Draft<T> draft : drafts) {
      if (draft.position == null) {
        throw MarkdownErrors.at(draft.line, draft.column, "this " + what + " has no Position, but others do; "
            + "give every " + what + " a Position or none");
      }
      int index = draft.position - 1;
      if (index >= drafts.size()) {
        throw MarkdownErrors.at(draft.line, draft.column, what + " Position " + draft.position
            + " is out of range; expected 1 to " + drafts.size());
      }
      if (result.get(index) != null) {
        throw MarkdownErrors.at(draft.line, draft.column, "two of the " + what + "s have Position " + draft.position
            + "; expected each position once");
      }
      result.set(index, draft);
    }
    return result;
  }

  private static <T> T build(int line, int column, String what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw MarkdownErrors.at(line, column, "invalid " + what + ": " + e.getMessage(), e);
    }
  }

  private static List<ListItem> items(Node list) {
    List<ListItem> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      items.add((ListItem) item);
    }
    return items;
  }

  // ---- sections ----

  private void section(String name, Heading heading, List<Node> blocks) {
    switch (name) {
      case MarkdownWriter.SOURCES:
        sources(blocks);
        break;
      case MarkdownWriter.TIMELINE:
        for (Node block : blocks) {
          if (!(block instanceof FencedCodeBlock) || !"mermaid".equals(((FencedCodeBlock) block).getInfo())) {
            throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block)
                + " in the Timeline section; expected only a ```mermaid code block (it is derived and ignored)");
          }
        }
        break;
      case MarkdownWriter.ERAS:
        entities(blocks, true);
        break;
      case MarkdownWriter.LINES_WITHOUT_ERA:
        entities(blocks, false);
        break;
      case MarkdownWriter.SECTORS:
        for (Node block : blocks) {
          if (!(block instanceof BulletList)) {
            throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block)
                + " in the Sectors section; expected a bullet list of sectors '- id: Name'");
          }
          sectorList(items(block), null, 0);
        }
        break;
      default:
        for (Node block : blocks) {
          if (!(block instanceof BlockQuote)) {
            throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block)
                + " in the section '" + name + "'; expected claims as block quotes");
          }
          claim((BlockQuote) block, null);
        }
    }
  }

  private void sources(List<Node> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      Node block = blocks.get(i);
      if (!(block instanceof Heading) || ((Heading) block).getLevel() != 3) {
        throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block)
            + " in the Sources section; expected a source heading '### id' or '### id: Title'");
      }
      Heading heading = (Heading) block;
      MarkdownSource.Value text = source.heading(heading);
      String id;
      Optional<String> title;
      Matcher m = ENTITY_HEADING.matcher(text.text);
      if (m.matches()) {
        id = m.group(1);
        title = Optional.of(m.group(2));
      } else if (SLUG.matcher(text.text).matches()) {
        id = text.text;
        title = Optional.empty();
      } else {
        throw MarkdownSource.errorAt(heading, "expected a source heading '### id' or '### id: Title' with a slug id "
            + "such as dprk-portal, found '" + text.text + "'");
      }
      i++;
      int[] at = position(heading);
      Fields fields = Fields.none(at[0], at[1]);
      if (i < blocks.size() && blocks.get(i) instanceof BulletList) {
        fields = Fields.of(items(blocks.get(i)), source, at[0], at[1]);
        i++;
      }
      String owner = "source '" + id + "'";
      Source.Builder b = Source.builder().id(id);
      title.ifPresent(b::title);
      fields.optional("Publisher").ifPresent(f -> b.publisher(f.value));
      fields.optional("Published").ifPresent(f -> b.published(f.as(Values::parseDate)));
      fields.optional("URL").ifPresent(f -> b.url(f.value));
      fields.optional("Language").ifPresent(f -> b.language(f.value));
      fields.optional("SHA-256").ifPresent(f -> b.sha256(f.value));
      fields.optional("Note").ifPresent(f -> b.note(f.value));
      fields.finish(owner);
      sources.add(new Draft<>(build(at[0], at[1], owner, b::build), null, at[0], at[1], new HashMap<>()));
    }
  }

  private static int[] position(Node node) {
    SourceSpan span = node.getSourceSpans().get(0);
    return new int[] {span.getLineIndex(), span.getColumnIndex()};
  }

  /** An era or a policy line being read: its heading, then its blocks. */
  private final class Entity {
    final Heading heading;
    final String id;
    final String name;
    final String eraId;
    BulletList fields;
    TableBlock table;
    final List<BlockQuote> quotes = new ArrayList<>();

    Entity(Heading heading, String id, String name, String eraId) {
      this.heading = heading;
      this.id = id;
      this.name = name;
      this.eraId = eraId;
    }
  }

  private Entity entityHeading(Heading heading, String kind, String eraId) {
    String text = source.heading(heading).text;
    Matcher m = ENTITY_HEADING.matcher(text);
    if (!m.matches()) {
      throw MarkdownSource.errorAt(heading, "expected " + kind + " heading 'id: Name' with a slug id such as "
          + "post-war, found '" + text + "'");
    }
    return new Entity(heading, m.group(1), m.group(2), eraId);
  }

  /** The Eras section (eras at level 3, their policy lines at level 4) or the lines without an era (level 3). */
  private void entities(List<Node> blocks, boolean withEras) {
    Entity era = null;
    Entity line = null;
    List<Entity> pending = new ArrayList<>();
    for (Node block : blocks) {
      if (block instanceof Heading && ((Heading) block).getLevel() == 3 && withEras) {
        era = entityHeading((Heading) block, "an era", null);
        line = null;
        pending.add(era);
      } else if (block instanceof Heading && ((Heading) block).getLevel() == (withEras ? 4 : 3)) {
        if (withEras && era == null) {
          throw MarkdownSource.errorAt(block, "a policy line heading must follow an era heading '### id: Name'");
        }
        line = entityHeading((Heading) block, "a policy line", withEras ? era.id : null);
        pending.add(line);
      } else {
        Entity current = line != null ? line : era;
        if (current == null) {
          throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block) + "; expected "
              + (withEras ? "an era heading '### id: Name'" : "a policy line heading '### id: Name'"));
        }
        if (block instanceof BulletList && current.fields == null && current.table == null && current.quotes.isEmpty()) {
          current.fields = (BulletList) block;
        } else if (block instanceof TableBlock && current == line && current.table == null && current.quotes.isEmpty()) {
          current.table = (TableBlock) block;
        } else if (block instanceof BlockQuote) {
          current.quotes.add((BlockQuote) block);
        } else {
          String expected = current == line
              ? "the policy line's fields, then its priorities table, then its claims as block quotes"
              : "the era's fields, then its claims as block quotes, then its policy lines as '#### id: Name'";
          throw MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block) + "; expected " + expected);
        }
      }
    }
    for (Entity entity : pending) {
      if (withEras && entity.eraId == null) {
        era(entity);
      } else {
        policyLine(entity);
      }
    }
  }

  private void era(Entity entity) {
    int[] at = position(entity.heading);
    Fields fields = entity.fields == null ? Fields.none(at[0], at[1])
        : Fields.of(items(entity.fields), source, at[0], at[1]);
    String owner = "era '" + entity.id + "'";
    Map<String, int[]> places = new HashMap<>();
    Era.Builder b = Era.builder().id(entity.id).name(entity.name);
    Integer position = position(fields);
    b.period(period(fields, "Period", owner).orElseThrow(() -> MarkdownErrors.at(at[0], at[1],
        owner + " has no field 'Period'; expected a line '- **Period:** 1953/1960'")));
    for (Fields.Field label : fields.prefixed("Label ")) {
      b.putLabels(label.key.substring("Label ".length()).strip(), label.value);
    }
    fields.repeated("Also called").forEach(f -> b.addAlternativeNames(f.value));
    fields.optional("Summary").ifPresent(f -> b.summary(f.value));
    fields.optional("Source").ifPresent(f -> {
      b.source(f.value);
      places.put("source", new int[] {f.line, f.column});
    });
    fields.finish(owner);
    eras.add(new Draft<>(build(at[0], at[1], owner, b::build), position, at[0], at[1], places));
    for (BlockQuote quote : entity.quotes) {
      claim(quote, EntityRef.era(entity.id));
    }
  }

  private static Integer position(Fields fields) {
    return fields.optional("Position").map(f -> f.as(v -> Values.parsePositive(v, "a position"))).orElse(null);
  }

  private Optional<Period> period(Fields fields, String key, String owner) {
    Optional<Fields.Field> field = fields.optionalNested(key);
    if (field.isEmpty()) {
      return Optional.empty();
    }
    Fields.Field f = field.get();
    if (f.nested == null) {
      return Optional.of(f.as(Period::parse));
    }
    if (!f.value.isEmpty() || !(f.nested instanceof BulletList)) {
      throw MarkdownErrors.at(f.line, f.column, "field '" + key + "' takes either a period such as 1953/1960 or a "
          + "nested list with From and To, not both");
    }
    Fields ends = Fields.of(items(f.nested), source, f.keyLine, f.keyColumn);
    Optional<Fields.Field> from = ends.optional("From");
    Optional<Fields.Field> to = ends.optional("To");
    ends.finish("the " + key + " of " + owner);
    // An end left out is open; an end given with no value is unknown (EDTF's 1985/).
    boolean fromUnknown = from.isPresent() && from.get().value.isEmpty();
    boolean toUnknown = to.isPresent() && to.get().value.isEmpty();
    try {
      HistoricalDate start = from.isPresent() && !fromUnknown ? from.get().as(Values::parseDate) : null;
      HistoricalDate end = to.isPresent() && !toUnknown ? to.get().as(Values::parseDate) : null;
      if (start != null && end != null) {
        return Optional.of(Period.between(start, end));
      }
      if (start != null) {
        return Optional.of(toUnknown ? Period.withUnknownEnd(start) : Period.from(start));
      }
      if (end != null) {
        return Optional.of(fromUnknown ? Period.withUnknownStart(end) : Period.until(end));
      }
    } catch (IllegalArgumentException e) {
      throw MarkdownErrors.at(f.keyLine, f.keyColumn, "field '" + key + "': " + e.getMessage(), e);
    }
    throw MarkdownErrors.at(f.keyLine, f.keyColumn, "field '" + key + "' has neither From nor To with a date; "
        + "expected at least one (an empty one is an unknown end)");
  }

  private void policyLine(Entity entity) {
    int[] at = position(entity.heading);
    Fields fields = entity.fields == null ? Fields.none(at[0], at[1])
        : Fields.of(items(entity.fields), source, at[0], at[1]);
    String owner = "policy line '" + entity.id + "'";
    Map<String, int[]> places = new HashMap<>();
    PolicyLine.Builder b = PolicyLine.builder().id(entity.id).name(entity.name);
    Integer position = position(fields);
    fields.optional("Statement").ifPresent(f -> b.statement(f.value));
    fields.optional("Adopted").ifPresent(f -> b.adopted(f.as(Values::parseDate)));
    fields.optional("Adopted by").ifPresent(f -> b.adoptedBy(f.value));
    fields.optional("Adopted at").ifPresent(f -> b.adoptedAt(f.value));
    Optional<Fields.Field> erasField = fields.optional("Eras");
    if (erasField.isPresent()) {
      List<String> ids = erasField.get().as(Values::parseIds);
      if (entity.eraId != null && !ids.contains(entity.eraId)) {
        throw MarkdownErrors.at(erasField.get().line, erasField.get().column, owner + " stands under era '"
            + entity.eraId + "' but its Eras field does not list it; expected it among: " + String.join(", ", ids));
      }
      b.addAllEras(ids);
      places.put("eras", new int[] {erasField.get().line, erasField.get().column});
    } else if (entity.eraId != null) {
      b.addEras(entity.eraId);
      places.put("eras", at);
    }
    fields.optional("Durability").ifPresent(f -> b.durability(f.as(Durability::fromCode)));
    fields.optional("Supersedes").ifPresent(f -> {
      b.supersedes(f.value);
      places.put("supersedes", new int[] {f.line, f.column});
    });
    fields.optional("Continues").ifPresent(f -> {
      b.continues(f.value);
      places.put("continues", new int[] {f.line, f.column});
    });
    fields.finish(owner);
    if (entity.table != null) {
      priorities(entity.table, b, places);
    }
    lines.add(new Draft<>(build(at[0], at[1], owner, b::build), position, at[0], at[1], places));
    for (BlockQuote quote : entity.quotes) {
      claim(quote, EntityRef.policyLine(entity.id));
    }
  }

  private static final List<String> PRIORITY_COLUMNS = List.of("Sector", "Mode", "Rank", "Wording");
  private static final List<String> MAPPING_COLUMNS = List.of("Scheme", "Code", "Relation");

  /** The rows of a table with exactly the expected columns, each row as its cells' values. */
  private List<List<MarkdownSource.Value>> table(TableBlock table, List<String> columns, String what) {
    TableHead head = (TableHead) table.getFirstChild();
    TableRow header = (TableRow) head.getFirstChild();
    int headerLine = position(header)[0];
    List<String> names = new ArrayList<>();
    for (Node cell = header.getFirstChild(); cell != null; cell = cell.getNext()) {
      names.add(source.cell((TableCell) cell, headerLine).text.strip());
    }
    if (!names.equals(columns)) {
      List<String> missing = new ArrayList<>(columns);
      missing.removeAll(names);
      throw MarkdownSource.errorAt(header, what + " has the columns " + String.join(" | ", names)
          + (missing.isEmpty() ? "" : ", missing " + String.join(", ", missing))
          + "; expected exactly " + String.join(" | ", columns));
    }
    List<List<MarkdownSource.Value>> rows = new ArrayList<>();
    Node body = head.getNext();
    if (!(body instanceof TableBody)) {
      return rows;
    }
    for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
      int rowLine = position(row)[0];
      int cells = countCells(source.line(rowLine), position(row)[1]);
      if (cells > columns.size()) {
        throw MarkdownSource.errorAt(row, "this row of " + what + " has " + cells + " cells; expected "
            + columns.size() + " (" + String.join(" | ", columns) + "); escape a '|' inside a value as \\|");
      }
      List<MarkdownSource.Value> values = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        values.add(source.cell((TableCell) cell, rowLine));
      }
      rows.add(values);
    }
    return rows;
  }

  /** Counts a row's cells the way the GFM table parser splits them (it drops cells beyond the header's). */
  private static int countCells(String line, int from) {
    String row = line.substring(from).strip();
    if (row.startsWith("|")) {
      row = row.substring(1);
    }
    if (row.endsWith("|") && !row.endsWith("\\|")) {
      row = row.substring(0, row.length() - 1);
    }
    int cells = 1;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
        i++;
      } else if (row.charAt(i) == '|') {
        cells++;
      }
    }
    return cells;
  }

  private void priorities(TableBlock table, PolicyLine.Builder b, Map<String, int[]> places) {
    List<List<MarkdownSource.Value>> rows = table(table, PRIORITY_COLUMNS, "the priorities table");
    for (int r = 0; r < rows.size(); r++) {
      List<MarkdownSource.Value> row = rows.get(r);
      MarkdownSource.Value sector = row.get(0);
      MarkdownSource.Value mode = row.get(1);
      MarkdownSource.Value rank = row.get(2);
      MarkdownSource.Value wording = row.get(3);
      SectorPriority.Builder p = SectorPriority.builder();
      p.sector(sector.text);
      p.mode(cellAs(mode, "Mode", PriorityMode::fromCode));
      if (!rank.text.isEmpty()) {
        int value = cellAs(rank, "Rank", v -> Values.parsePositive(v, "a rank"));
        p.rank(value);
      }
      if (!wording.text.isEmpty()) {
        p.wording(wording.text);
      }
      b.addPriorities(build(sector.line, sector.column, "sector priority", p::build));
      places.put("priorities[" + r + "].sector", new int[] {sector.line, sector.column});
    }
  }

  private static <T> T cellAs(MarkdownSource.Value cell, String column, java.util.function.Function<String, T> parse) {
    try {
      return parse.apply(cell.text);
    } catch (IllegalArgumentException e) {
      throw MarkdownErrors.at(cell.line, cell.column, "column '" + column + "': " + e.getMessage(), e);
    }
  }

  // ---- claims ----

  private void claim(BlockQuote quote, EntityRef placedUnder) {
    Node first = quote.getFirstChild();
    if (!(first instanceof Paragraph)) {
      throw MarkdownSource.errorAt(first == null ? quote : first, "expected the claim's statement as the first "
          + "paragraph of the block quote, found a " + (first == null ? "empty quote" : MarkdownSource.describe(first)));
    }
    Node list = first.getNext();
    if (!(list instanceof BulletList)) {
      throw MarkdownSource.errorAt(list == null ? first : list, "expected the claim's fields as a bullet list after "
          + "its statement ('> - **Id:** ...')" + (list == null ? "" : ", found a " + MarkdownSource.describe(list)));
    }
    if (list.getNext() != null) {
      throw MarkdownSource.errorAt(list.getNext(), "unexpected " + MarkdownSource.describe(list.getNext())
          + " in a claim; expected only its statement and its fields");
    }
    MarkdownSource.Value statement = source.valueAfter((Paragraph) first, null);
    int[] at = position(quote);
    Fields fields = Fields.of(items(list), source, at[0], at[1]);
    String id = fields.required("Id", "a claim").value;
    String owner = "claim '" + id + "'";
    Map<String, int[]> places = new HashMap<>();
    Claim.Builder b = Claim.builder().id(id).statement(statement.text);
    Integer position = position(fields);
    b.kind(fields.required("Kind", owner).as(ClaimKind::fromCode));
    b.assertedBy(fields.required("Asserted by", owner).value);
    fields.optional("Extracted by").ifPresent(f -> b.extractedBy(f.value));
    Optional<Fields.Field> about = fields.optional("About");
    if (about.isPresent()) {
      List<EntityRef> refs = about.get().as(Values::parseRefs);
      if (placedUnder != null && !refs.contains(placedUnder)) {
        throw MarkdownErrors.at(about.get().line, about.get().column, owner + " stands under "
            + placedUnder + " but its About field does not list it; expected it among: " + Values.refs(refs));
      }
      b.addAllAbout(refs);
      places.put("about", new int[] {about.get().line, about.get().column});
    } else if (placedUnder != null) {
      b.addAbout(placedUnder);
      places.put("about", at);
    }
    fields.optional("Causes").ifPresent(f -> {
      b.addAllCauses(f.as(Values::parseRefs));
      places.put("causes", new int[] {f.line, f.column});
    });
    fields.optional("Effects").ifPresent(f -> {
      b.addAllEffects(f.as(Values::parseRefs));
      places.put("effects", new int[] {f.line, f.column});
    });
    period(fields, "Refers to", owner).ifPresent(b::refersTo);
    Fields.Field anchorField = fields.optionalNested("Anchor").orElseThrow(() -> MarkdownErrors.at(at[0], at[1],
        owner + " has no field 'Anchor'; expected '- **Anchor:**' with a nested list of Source and Quote"));
    b.anchor(anchor(anchorField, owner, places));
    for (Fields.Field f : fields.repeatedNested("Assessment")) {
      b.addAssessments(assessment(f, owner));
    }
    fields.finish(owner);
    claims.add(new Draft<>(build(at[0], at[1], owner, b::build), position, at[0], at[1], places));
  }

  private Fields nested(Fields.Field field, String owner) {
    if (!field.value.isEmpty() || !(field.nested instanceof BulletList)) {
      throw MarkdownErrors.at(field.keyLine, field.keyColumn, "field '" + field.key + "' of " + owner
          + " takes a nested list of fields, not a value");
    }
    return Fields.of(items(field.nested), source, field.keyLine, field.keyColumn);
  }

  private Anchor anchor(Fields.Field field, String owner, Map<String, int[]> places) {
    Fields fields = nested(field, owner);
    String what = "the anchor of " + owner;
    Anchor.Builder b = Anchor.builder();
    Fields.Field sourceField = fields.required("Source", what);
    b.source(sourceField.value);
    places.put("anchor.source", new int[] {sourceField.line, sourceField.column});
    b.exact(fields.required("Quote", what).value);
    fields.optional("Before").ifPresent(f -> b.prefix(f.value));
    fields.optional("After").ifPresent(f -> b.suffix(f.value));
    fields.optional("Offsets").ifPresent(f -> {
      int dots = offsetsDots(f.value);
      if (dots < 0) {
        throw MarkdownErrors.at(f.line, f.column, "field 'Offsets': expected START..END in code points, such as 120..164");
      }
      long start = Long.parseLong(f.value, 0, dots, 10);
      long end = Long.parseLong(f.value, dots + 2, f.value.length(), 10);
      if (start > Integer.MAX_VALUE || end > Integer.MAX_VALUE) {
        throw MarkdownErrors.at(f.line, f.column, "field 'Offsets': offsets must be at most " + Integer.MAX_VALUE);
      }
      b.start((int) start).end((int) end);
    });
    fields.finish(what);
    return build(field.keyLine, field.keyColumn, what, b::build);
  }

  /** The index of ".." in offsets written as 1 to 10 ASCII digits, "..", 1 to 10 ASCII digits; -1 otherwise. */
  static int offsetsDots(String value) {
    int dots = value.indexOf("..");
    return dots >= 0 && isDigits(value, 0, dots) && isDigits(value, dots + 2, value.length()) ? dots : -1;
  }

  private static boolean isDigits(String value, int from, int to) {
    if (to - from < 1 || to - from > 10) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private Assessment assessment(Fields.Field field, String owner) {
    Fields fields = nested(field, owner);
    String what = "an assessment of " + owner;
    Assessment.Builder b = Assessment.builder();
    b.assessor(fields.required("Assessor", what).value);
    b.verdict(fields.required("Verdict", what).as(Verdict::fromCode));
    fields.optional("Rating").ifPresent(f -> b.ratingLabel(f.value));
    fields.optional("Date").ifPresent(f -> b.date(f.as(Values::parseDate)));
    fields.optional("Note").ifPresent(f -> b.note(f.value));
    fields.repeated("Reference").forEach(f -> b.addReferences(f.value));
    fields.finish(what);
    return build(field.keyLine, field.keyColumn, what, b::build);
  }

  // ---- sectors ----

  private void sectorList(List<ListItem> items, String broader, int depth) {
    for (ListItem item : items) {
      sector(item, broader, depth);
    }
  }

  private void sector(ListItem item, String broader, int depth) {
    Node first = item.getFirstChild();
    if (!(first instanceof Paragraph) || Fields.isField(item)) {
      throw MarkdownSource.errorAt(first == null ? item : first, "expected a sector written as '- id: Name'"
          + (broader == null ? "" : ", or a field of sector '" + broader + "'"));
    }
    MarkdownSource.Value text = source.valueAfter((Paragraph) first, null);
    Matcher m = ENTITY_HEADING.matcher(text.text);
    if (!m.matches()) {
      throw MarkdownErrors.at(text.line, text.column, "expected a sector written as '- id: Name' with a slug id "
          + "such as heavy-industry, found '" + text.text + "'");
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
    List<ListItem> children = new ArrayList<>();
    if (nested != null) {
      for (ListItem child : items(nested)) {
        (Fields.isField(child) ? fieldItems : children).add(child);
      }
    }
    int[] at = {text.line, text.column};
    Fields fields = Fields.of(fieldItems, source, at[0], at[1]);
    Map<String, int[]> places = new HashMap<>();
    Sector.Builder b = Sector.builder().id(id).name(m.group(2));
    Integer position = position(fields);
    Optional<Fields.Field> explicit = fields.optional("Broader");
    if (explicit.isPresent()) {
      if (broader != null) {
        throw MarkdownErrors.at(explicit.get().keyLine, explicit.get().keyColumn, owner + " is nested under '"
            + broader + "', which makes it its broader sector; expected no Broader field here");
      }
      b.broader(explicit.get().value);
      places.put("broader", new int[] {explicit.get().line, explicit.get().column});
    } else if (broader != null) {
      b.broader(broader);
      places.put("broader", at);
    }
    for (Fields.Field label : fields.prefixed("Label ")) {
      b.putLabels(label.key.substring("Label ".length()).strip(), label.value);
    }
    fields.optional("Description").ifPresent(f -> b.description(f.value));
    Optional<Fields.Field> mappings = fields.optionalNested("Mappings");
    if (mappings.isPresent()) {
      Fields.Field f = mappings.get();
      if (!f.value.isEmpty() || !(f.nested instanceof TableBlock)) {
        throw MarkdownErrors.at(f.keyLine, f.keyColumn, "field 'Mappings' of " + owner
            + " takes a table | Scheme | Code | Relation | below it (after a blank line)");
      }
      for (List<MarkdownSource.Value> row : table((TableBlock) f.nested, MAPPING_COLUMNS, "the mappings table")) {
        MappingRelation relation = cellAs(row.get(2), "Relation", MappingRelation::fromCode);
        b.addMappings(build(row.get(0).line, row.get(0).column, "sector mapping",
            () -> SectorMapping.of(row.get(0).text, row.get(1).text, relation)));
      }
    }
    fields.finish(owner);
    sectors.add(new Draft<>(build(at[0], at[1], owner, b::build), position, at[0], at[1], places));
    sectorList(children, id, depth + 1);
  }
}
