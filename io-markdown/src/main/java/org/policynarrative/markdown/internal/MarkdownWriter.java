package org.policynarrative.markdown.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.TimelineEntry;

/**
 * Writes a narrative as a Markdown article in the dialect described in the module's README. The
 * output depends only on the narrative, so writing what was read gives identical bytes.
 */
final class MarkdownWriter {

  /** Sectors nested deeper than this are written at the top level with an explicit Broader field. */
  static final int MAX_SECTOR_DEPTH = 16;

  /** The most distinct dates, and periods, whose written form one write remembers. */
  private static final int MEMO_SIZE = 4096;

  static final String SOURCES = "Sources";
  static final String TIMELINE = "Timeline";
  static final String ERAS = "Eras";
  static final String LINES_WITHOUT_ERA = "Policy lines without an era";
  static final String SECTORS = "Sectors";
  static final String FURTHER_CLAIMS = "Further claims";

  private final Narrative narrative;
  private final MarkdownOutput out;

  private final List<Integer> eraOrder = new ArrayList<>();
  private final Map<Integer, List<Integer>> linesByEra = new HashMap<>();
  private final List<Integer> linesWithoutEra = new ArrayList<>();
  /**
   * The claims grouped by where they are written, each group in data-set order: group {@code e}
   * holds the claims under era {@code e}, group {@code eras + l} those under policy line {@code l},
   * and the last group the further claims. Group {@code g} is {@code groupedClaims[groupStart[g]]}
   * up to {@code groupStart[g + 1]}: two int arrays however many claims there are.
   */
  private int[] groupStart;
  private int[] groupedClaims;
  private int furtherGroup;
  private final Map<Integer, List<Integer>> sectorChildren = new HashMap<>();
  private final List<Integer> sectorRoots = new ArrayList<>();
  private final boolean[] sectorNested;
  /**
   * Dates and periods recur across claims, and deciding how to write one parses its text back:
   * each distinct one is decided once, up to {@link #MEMO_SIZE} of them.
   */
  private final Map<HistoricalDate, String> dateTexts = new HashMap<>();
  private final Map<Period, Boolean> plainPeriods = new HashMap<>();
  private boolean eraPositions;
  private boolean linePositions;
  private boolean claimPositions;
  private boolean sectorPositions;

  private MarkdownWriter(Narrative narrative, MarkdownOutput out) {
    this.narrative = narrative;
    this.out = out;
    this.sectorNested = new boolean[narrative.sectors().size()];
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
    write(narrative, new MarkdownOutput.Utf8(out));
  }

  /** Writes the document; neither flushes nor closes the writer. */
  static void write(Narrative narrative, Writer out) throws IOException {
    write(narrative, new MarkdownOutput.Chars(out));
  }

  private static void write(Narrative narrative, MarkdownOutput out) throws IOException {
    MarkdownWriter writer = new MarkdownWriter(narrative, out);
    writer.layOut();
    try {
      writer.document();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.finish();
  }

  // ---- layout: where each entity goes, and whether data-set order needs explicit positions ----

  private void layOut() {
    List<Era> eras = narrative.eras();
    for (int i = 0; i < eras.size(); i++) {
      eraOrder.add(i);
    }
    eraOrder.sort(Comparator.comparing((Integer i) -> eras.get(i).period(), Period.CHRONOLOGICAL));
    eraPositions = !isIdentity(eraOrder);

    Map<String, Integer> eraIndex = firstIndex(eras.stream().map(Era::id).toList());
    List<PolicyLine> lines = narrative.policyLines();
    for (int i = 0; i < lines.size(); i++) {
      Integer home = lines.get(i).eras().stream().map(eraIndex::get).filter(e -> e != null).findFirst().orElse(null);
      if (home == null) {
        linesWithoutEra.add(i);
      } else {
        linesByEra.computeIfAbsent(home, k -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> lineAppearance = new ArrayList<>();
    for (int era : eraOrder) {
      lineAppearance.addAll(linesByEra.getOrDefault(era, List.of()));
    }
    lineAppearance.addAll(linesWithoutEra);
    linePositions = !isIdentity(lineAppearance);

    Map<String, Integer> lineIndex = firstIndex(lines.stream().map(PolicyLine::id).toList());
    List<Claim> claims = narrative.claims();
    int lineGroups = eras.size();
    furtherGroup = eras.size() + lines.size();
    int[] group = new int[claims.size()];
    groupStart = new int[furtherGroup + 2];
    for (int i = 0; i < claims.size(); i++) {
      int home = furtherGroup;
      for (EntityRef ref : claims.get(i).about()) {
        if (ref.kind() == EntityKind.ERA) {
          Integer era = eraIndex.get(ref.id());
          if (era != null) {
            home = era;
            break;
          }
        } else if (ref.kind() == EntityKind.POLICY_LINE) {
          Integer line = lineIndex.get(ref.id());
          if (line != null) {
            home = lineGroups + line;
            break;
          }
        }
      }
      group[i] = home;
      groupStart[home + 1]++;
    }
    for (int g = 0; g <= furtherGroup; g++) {
      groupStart[g + 1] += groupStart[g];
    }
    groupedClaims = new int[claims.size()];
    int[] next = Arrays.copyOf(groupStart, furtherGroup + 1);
    for (int i = 0; i < claims.size(); i++) {
      groupedClaims[next[group[i]]++] = i;
    }
    int appearance = 0;
    for (int era : eraOrder) {
      appearance = followOn(era, appearance);
      for (int line : linesByEra.getOrDefault(era, List.of())) {
        appearance = followOn(lineGroups + line, appearance);
      }
    }
    for (int line : linesWithoutEra) {
      appearance = followOn(lineGroups + line, appearance);
    }
    appearance = followOn(furtherGroup, appearance);
    claimPositions = appearance < 0;

    layOutSectors();
  }

  private void layOutSectors() {
    List<Sector> sectors = narrative.sectors();
    Map<String, Integer> index = firstIndex(sectors.stream().map(Sector::id).toList());
    int n = sectors.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      Integer p = sectors.get(i).broader().map(index::get).orElse(null);
      parent[i] = p == null || p == i ? -1 : p;
    }
    // A sector on a cycle of broader links has no root above it: it is written at the top level.
    boolean[] cyclic = new boolean[n];
    int[] state = new int[n]; // 0 unvisited, 1 on the current walk, 2 done
    for (int i = 0; i < n; i++) {
      List<Integer> walk = new ArrayList<>();
      int current = i;
      while (current >= 0 && state[current] == 0) {
        state[current] = 1;
        walk.add(current);
        current = parent[current];
      }
      if (current >= 0 && state[current] == 1) {
        for (int k = walk.indexOf(current); k < walk.size(); k++) {
          cyclic[walk.get(k)] = true;
        }
      }
      for (int node : walk) {
        state[node] = 2;
      }
    }
    int[] depth = new int[n];
    Arrays.fill(depth, -1);
    for (int i = 0; i < n; i++) {
      List<Integer> walk = new ArrayList<>();
      int current = i;
      while (depth[current] < 0 && parent[current] >= 0 && !cyclic[current]) {
        walk.add(current);
        current = parent[current];
      }
      if (depth[current] < 0) {
        depth[current] = 0;
      }
      int d = depth[current];
      for (int k = walk.size() - 1; k >= 0; k--) {
        d = d + 1 > MAX_SECTOR_DEPTH ? 0 : d + 1;
        depth[walk.get(k)] = d;
      }
    }
    for (int i = 0; i < n; i++) {
      if (depth[i] > 0) {
        sectorNested[i] = true;
        sectorChildren.computeIfAbsent(parent[i], k -> new ArrayList<>()).add(i);
      } else {
        sectorRoots.add(i);
      }
    }
    List<Integer> appearance = new ArrayList<>();
    List<Integer> stack = new ArrayList<>();
    for (int k = sectorRoots.size() - 1; k >= 0; k--) {
      stack.add(sectorRoots.get(k));
    }
    while (!stack.isEmpty()) {
      int node = stack.remove(stack.size() - 1);
      appearance.add(node);
      List<Integer> children = sectorChildren.getOrDefault(node, List.of());
      for (int k = children.size() - 1; k >= 0; k--) {
        stack.add(children.get(k));
      }
    }
    sectorPositions = !isIdentity(appearance);
  }

  /**
   * The claim index that follows group {@code g} when the claims written so far were the data set's
   * first {@code appearance} in order; -1 once the written order has left the data-set order.
   */
  private int followOn(int g, int appearance) {
    if (appearance < 0) {
      return -1;
    }
    for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
      if (groupedClaims[k] != appearance++) {
        return -1;
      }
    }
    return appearance;
  }

  /** Writes the claims of group {@code g}. */
  private void claims(int g) {
    for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
      claim(groupedClaims[k]);
    }
  }

  private static Map<String, Integer> firstIndex(List<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.putIfAbsent(ids.get(i), i);
    }
    return index;
  }

  private static boolean isIdentity(List<Integer> order) {
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i) != i) {
        return false;
      }
    }
    return true;
  }

  // ---- the document ----
  // Line breaks go through out.newline(), which writes at most two in a row: each block opens
  // with a blank line without looking at what came before.

  private static final String QUOTE = "> ";
  private static final String QUOTE_SUB = ">   ";

  private void document() {
    out.append("# ").escaped(narrative.title()).newline().newline();
    field("", "- **Id:**", narrative.id());
    field("", "- **Language:**", narrative.language());
    field("", "- **Version:**", narrative.version());
    narrative.description().ifPresent(d -> field("", "- **Description:**", d));

    if (!narrative.sources().isEmpty()) {
      section(SOURCES);
      for (Source source : narrative.sources()) {
        source(source);
      }
    }
    List<TimelineEntry> entries = Timeline.of(narrative).entries();
    if (!entries.isEmpty()) {
      section(TIMELINE);
      timeline(entries);
    }
    if (!eraOrder.isEmpty()) {
      section(ERAS);
      for (int era : eraOrder) {
        era(era);
      }
    }
    if (!linesWithoutEra.isEmpty()) {
      section(LINES_WITHOUT_ERA);
      for (int line : linesWithoutEra) {
        policyLine(line, "###");
      }
    }
    if (!sectorRoots.isEmpty()) {
      section(SECTORS);
      for (int root : sectorRoots) {
        sector(root, "");
      }
    }
    if (groupStart[furtherGroup + 1] > groupStart[furtherGroup]) {
      section(FURTHER_CLAIMS);
      claims(furtherGroup);
    }
  }

  private void section(String name) {
    out.newline().append("## ").append(name).newline().newline();
  }

  private void heading(String level, String id, Optional<String> name) {
    out.newline().append(level).append(' ').append(id);
    if (name.isPresent()) {
      out.append(": ").escaped(name.get());
    }
    out.newline().newline();
  }

  /** A field: {@code label} is the whole "- **Key:**". */
  private void field(String prefix, String label, String value) {
    out.append(prefix).append(label);
    if (!value.isEmpty()) {
      out.append(' ').escaped(value);
    }
    out.newline();
  }

  /** A field whose value needs no escape and is not empty: a number, a code, references or slugs. */
  private void plainField(String prefix, String label) {
    out.append(prefix).append(label).append(' ');
  }

  private void labelField(String prefix, String tag, String label) {
    out.append(prefix).append("- **Label ").append(tag).append(":**");
    if (!label.isEmpty()) {
      out.append(' ').escaped(label);
    }
    out.newline();
  }

  private void dateField(String prefix, String label, HistoricalDate date) {
    String text = dateTexts.get(date);
    if (text == null) {
      text = Values.date(date);
      if (dateTexts.size() < MEMO_SIZE) {
        dateTexts.put(date, text);
      }
    }
    field(prefix, label, text);
  }

  private void periodField(String prefix, String label, Period period) {
    Boolean plain = plainPeriods.get(period);
    if (plain == null) {
      plain = Values.isPlain(period);
      if (plainPeriods.size() < MEMO_SIZE) {
        plainPeriods.put(period, plain);
      }
    }
    if (plain) {
      field(prefix, label, period.text());
      return;
    }
    out.append(prefix).append(label).newline();
    String sub = prefix + "  ";
    // An open end is left out; an unknown end is written with no value.
    period.start().ifPresentOrElse(d -> dateField(sub, "- **From:**", d), () -> {
      if (period.isStartUnknown()) {
        field(sub, "- **From:**", "");
      }
    });
    period.end().ifPresentOrElse(d -> dateField(sub, "- **To:**", d), () -> {
      if (period.isEndUnknown()) {
        field(sub, "- **To:**", "");
      }
    });
  }

  private void position(String prefix, boolean needed, int index) {
    if (needed) {
      plainField(prefix, "- **Position:**");
      out.append(index + 1).newline();
    }
  }

  private void refs(String prefix, String label, List<EntityRef> refs) {
    if (refs.isEmpty()) {
      return;
    }
    plainField(prefix, label);
    for (int i = 0; i < refs.size(); i++) {
      EntityRef ref = refs.get(i);
      if (i > 0) {
        out.append(", ");
      }
      out.append(ref.kind().code()).append(':').append(ref.id());
    }
    out.newline();
  }

  private void source(Source source) {
    heading("###", source.id(), source.title());
    source.publisher().ifPresent(v -> field("", "- **Publisher:**", v));
    source.published().ifPresent(v -> dateField("", "- **Published:**", v));
    source.url().ifPresent(v -> field("", "- **URL:**", v));
    source.language().ifPresent(v -> field("", "- **Language:**", v));
    source.sha256().ifPresent(v -> field("", "- **SHA-256:**", v));
    source.note().ifPresent(v -> field("", "- **Note:**", v));
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
    position("", eraPositions, index);
    periodField("", "- **Period:**", era.period());
    era.labels().forEach((tag, label) -> labelField("", tag, label));
    era.alternativeNames().forEach(name -> field("", "- **Also called:**", name));
    era.summary().ifPresent(v -> field("", "- **Summary:**", v));
    era.source().ifPresent(v -> field("", "- **Source:**", v));
    out.newline();
    claims(index);
    for (int line : linesByEra.getOrDefault(index, List.of())) {
      policyLine(line, "####");
    }
  }

  private void policyLine(int index, String level) {
    PolicyLine line = narrative.policyLines().get(index);
    heading(level, line.id(), Optional.of(line.name()));
    position("", linePositions, index);
    line.statement().ifPresent(v -> field("", "- **Statement:**", v));
    line.adopted().ifPresent(v -> dateField("", "- **Adopted:**", v));
    line.adoptedBy().ifPresent(v -> field("", "- **Adopted by:**", v));
    line.adoptedAt().ifPresent(v -> field("", "- **Adopted at:**", v));
    List<String> eras = line.eras();
    if (!eras.isEmpty()) {
      plainField("", "- **Eras:**");
      for (int i = 0; i < eras.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        out.append(eras.get(i));
      }
      out.newline();
    }
    plainField("", "- **Durability:**");
    out.append(line.durability().code()).newline();
    line.supersedes().ifPresent(v -> field("", "- **Supersedes:**", v));
    line.continues().ifPresent(v -> field("", "- **Continues:**", v));
    out.newline();
    if (!line.priorities().isEmpty()) {
      out.append("| Sector | Mode | Rank | Wording |").newline().append("| --- | --- | --- | --- |").newline();
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
    claims(narrative.eras().size() + index);
  }

  private void claim(int index) {
    Claim claim = narrative.claims().get(index);
    String q = QUOTE;
    out.append(q).escaped(claim.statement(), true).newline().append('>').newline();
    field(q, "- **Id:**", claim.id());
    position(q, claimPositions, index);
    plainField(q, "- **Kind:**");
    out.append(claim.kind().code()).newline();
    field(q, "- **Asserted by:**", claim.assertedBy());
    claim.extractedBy().ifPresent(v -> field(q, "- **Extracted by:**", v));
    refs(q, "- **About:**", claim.about());
    refs(q, "- **Causes:**", claim.causes());
    refs(q, "- **Effects:**", claim.effects());
    claim.refersTo().ifPresent(p -> periodField(q, "- **Refers to:**", p));
    Anchor anchor = claim.anchor();
    String sub = QUOTE_SUB;
    out.append(q).append("- **Anchor:**").newline();
    field(sub, "- **Source:**", anchor.source());
    field(sub, "- **Quote:**", anchor.exact());
    anchor.prefix().ifPresent(v -> field(sub, "- **Before:**", v));
    anchor.suffix().ifPresent(v -> field(sub, "- **After:**", v));
    if (anchor.start().isPresent() && anchor.end().isPresent()) {
      plainField(sub, "- **Offsets:**");
      out.append(anchor.start().get().intValue()).append("..").append(anchor.end().get().intValue()).newline();
    }
    for (Assessment assessment : claim.assessments()) {
      out.append(q).append("- **Assessment:**").newline();
      field(sub, "- **Assessor:**", assessment.assessor());
      plainField(sub, "- **Verdict:**");
      out.append(assessment.verdict().code()).newline();
      assessment.ratingLabel().ifPresent(v -> field(sub, "- **Rating:**", v));
      assessment.date().ifPresent(v -> dateField(sub, "- **Date:**", v));
      assessment.note().ifPresent(v -> field(sub, "- **Note:**", v));
      assessment.references().forEach(v -> field(sub, "- **Reference:**", v));
    }
    out.newline();
  }

  private void sector(int index, String indent) {
    Sector sector = narrative.sectors().get(index);
    out.append(indent).append("- ").append(sector.id()).append(": ").escaped(sector.name()).newline();
    String sub = indent + "  ";
    position(sub, sectorPositions, index);
    if (!sectorNested[index]) {
      sector.broader().ifPresent(b -> field(sub, "- **Broader:**", b));
    }
    sector.labels().forEach((tag, label) -> labelField(sub, tag, label));
    sector.description().ifPresent(v -> field(sub, "- **Description:**", v));
    if (!sector.mappings().isEmpty()) {
      out.append(sub).append("- **Mappings:**").newline().newline();
      String table = sub + "  ";
      out.append(table).append("| Scheme | Code | Relation |").newline()
          .append(table).append("| --- | --- | --- |").newline();
      for (SectorMapping mapping : sector.mappings()) {
        out.append(table).append("| ").escaped(mapping.scheme())
            .append(" | ").escaped(mapping.code())
            .append(" | ").append(mapping.relation().code()).append(" |").newline();
      }
      out.newline();
    }
    for (int child : sectorChildren.getOrDefault(index, List.of())) {
      sector(child, sub);
    }
  }
}
