package org.policynarrative.markdown;

import java.util.ArrayList;
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
 * The Markdown writer as it was before it wrote into a buffer without a folding pass (commit
 * a0d9f5d), kept as the plain algorithm the fast one must match byte for byte. Its escape is the
 * character-by-character one, without the pre-scan.
 */
final class ReferenceMarkdownWriter {

  /** Sectors nested deeper than this are written at the top level with an explicit Broader field. */
  static final int MAX_SECTOR_DEPTH = 16;

  static final String SOURCES = "Sources";
  static final String TIMELINE = "Timeline";
  static final String ERAS = "Eras";
  static final String LINES_WITHOUT_ERA = "Policy lines without an era";
  static final String SECTORS = "Sectors";
  static final String FURTHER_CLAIMS = "Further claims";

  private final Narrative narrative;
  private final StringBuilder out = new StringBuilder(4096);

  private final List<Integer> eraOrder = new ArrayList<>();
  private final Map<Integer, List<Integer>> linesByEra = new HashMap<>();
  private final List<Integer> linesWithoutEra = new ArrayList<>();
  private final Map<Integer, List<Integer>> claimsByEra = new HashMap<>();
  private final Map<Integer, List<Integer>> claimsByLine = new HashMap<>();
  private final List<Integer> furtherClaims = new ArrayList<>();
  private final Map<Integer, List<Integer>> sectorChildren = new HashMap<>();
  private final List<Integer> sectorRoots = new ArrayList<>();
  private final boolean[] sectorNested;
  private boolean eraPositions;
  private boolean linePositions;
  private boolean claimPositions;
  private boolean sectorPositions;

  private ReferenceMarkdownWriter(Narrative narrative) {
    this.narrative = narrative;
    this.sectorNested = new boolean[narrative.sectors().size()];
  }

  /** The narrative as a Markdown document, lines ending in {@code \n}. */
  static String write(Narrative narrative) {
    ReferenceMarkdownWriter writer = new ReferenceMarkdownWriter(narrative);
    writer.layOut();
    writer.document();
    return tidy(writer.out);
  }

  /**
   * The document with every run of three or more line breaks folded into two (one blank line) and
   * white space stripped from both ends, then one closing line break: one pass, one copy. Blocks
   * each open with a blank line; values never hold a raw line break, so folding cannot touch a value.
   */
  static String tidy(CharSequence text) {
    int from = 0;
    int to = text.length();
    // No supplementary code point is white space, so looking at chars is the same as String.strip().
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    StringBuilder tidy = new StringBuilder(to - from + 1);
    int breaks = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (++breaks <= 2) {
          tidy.append(c);
        }
      } else {
        breaks = 0;
        tidy.append(c);
      }
    }
    return tidy.append('\n').toString();
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
    Map<Integer, Integer> lineHome = new HashMap<>();
    List<PolicyLine> lines = narrative.policyLines();
    for (int i = 0; i < lines.size(); i++) {
      Integer home = lines.get(i).eras().stream().map(eraIndex::get).filter(e -> e != null).findFirst().orElse(null);
      if (home == null) {
        linesWithoutEra.add(i);
      } else {
        linesByEra.computeIfAbsent(home, k -> new ArrayList<>()).add(i);
        lineHome.put(i, home);
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
    for (int i = 0; i < claims.size(); i++) {
      boolean placed = false;
      for (EntityRef ref : claims.get(i).about()) {
        if (ref.kind() == EntityKind.ERA && eraIndex.containsKey(ref.id())) {
          claimsByEra.computeIfAbsent(eraIndex.get(ref.id()), k -> new ArrayList<>()).add(i);
          placed = true;
        } else if (ref.kind() == EntityKind.POLICY_LINE && lineIndex.containsKey(ref.id())) {
          claimsByLine.computeIfAbsent(lineIndex.get(ref.id()), k -> new ArrayList<>()).add(i);
          placed = true;
        }
        if (placed) {
          break;
        }
      }
      if (!placed) {
        furtherClaims.add(i);
      }
    }
    List<Integer> claimAppearance = new ArrayList<>();
    for (int era : eraOrder) {
      claimAppearance.addAll(claimsByEra.getOrDefault(era, List.of()));
      for (int line : linesByEra.getOrDefault(era, List.of())) {
        claimAppearance.addAll(claimsByLine.getOrDefault(line, List.of()));
      }
    }
    for (int line : linesWithoutEra) {
      claimAppearance.addAll(claimsByLine.getOrDefault(line, List.of()));
    }
    claimAppearance.addAll(furtherClaims);
    claimPositions = !isIdentity(claimAppearance);

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
    java.util.Arrays.fill(depth, -1);
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

  private void document() {
    out.append("# ").append(escape(narrative.title())).append("\n\n");
    field("", "Id", narrative.id());
    field("", "Language", narrative.language());
    field("", "Version", narrative.version());
    narrative.description().ifPresent(d -> field("", "Description", d));

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
      out.append('\n');
      for (int root : sectorRoots) {
        sector(root, "");
      }
    }
    if (!furtherClaims.isEmpty()) {
      section(FURTHER_CLAIMS);
      for (int claim : furtherClaims) {
        claim(claim);
      }
    }
  }

  private void section(String name) {
    out.append("\n## ").append(name).append("\n\n");
  }

  private void heading(String level, String id, Optional<String> name) {
    out.append('\n').append(level).append(' ').append(id);
    name.ifPresent(n -> out.append(": ").append(escape(n)));
    out.append("\n\n");
  }

  /** Ends a field list (if one was written) with the blank line that separates blocks. */
  private void endFields(int before) {
    if (out.length() == before) {
      return;
    }
    out.append('\n');
  }

  private void field(String prefix, String key, String value) {
    String escaped = escape(value);
    out.append(prefix).append("- **").append(key).append(":**");
    if (!escaped.isEmpty()) {
      out.append(' ').append(escaped);
    }
    out.append('\n');
  }

  private void dateField(String prefix, String key, HistoricalDate date) {
    field(prefix, key, date(date));
  }

  private void periodField(String prefix, String key, Period period) {
    if (isPlain(period)) {
      field(prefix, key, period.text());
      return;
    }
    out.append(prefix).append("- **").append(key).append(":**\n");
    // An open end is left out; an unknown end is a field with no value.
    if (period.start().isPresent() || period.isStartUnknown()) {
      field(prefix + "  ", "From", period.start().map(ReferenceMarkdownWriter::date).orElse(""));
    }
    if (period.end().isPresent() || period.isEndUnknown()) {
      field(prefix + "  ", "To", period.end().map(ReferenceMarkdownWriter::date).orElse(""));
    }
  }

  private void position(String prefix, boolean needed, int index) {
    if (needed) {
      field(prefix, "Position", Integer.toString(index + 1));
    }
  }

  private void source(Source source) {
    heading("###", source.id(), source.title());
    int before = out.length();
    source.publisher().ifPresent(v -> field("", "Publisher", v));
    source.published().ifPresent(v -> dateField("", "Published", v));
    source.url().ifPresent(v -> field("", "URL", v));
    source.language().ifPresent(v -> field("", "Language", v));
    source.sha256().ifPresent(v -> field("", "SHA-256", v));
    source.note().ifPresent(v -> field("", "Note", v));
    endFields(before);
  }

  private void timeline(List<TimelineEntry> entries) {
    out.append("\n```mermaid\ntimeline\n    title ").append(mermaidText(narrative.title(), narrative.id())).append('\n');
    for (TimelineEntry entry : entries) {
      String when = entry.when().toEdtf().replace('%', '~');
      String name = mermaidText(entry.name(), entry.ref().id());
      out.append("    ").append(when).append(" : ").append(name);
      if (entry.ref().kind() == EntityKind.POLICY_LINE) {
        out.append(" (policy line)");
      }
      out.append('\n');
    }
    out.append("```\n");
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
    periodField("", "Period", era.period());
    era.labels().forEach((tag, label) -> field("", "Label " + tag, label));
    era.alternativeNames().forEach(name -> field("", "Also called", name));
    era.summary().ifPresent(v -> field("", "Summary", v));
    era.source().ifPresent(v -> field("", "Source", v));
    out.append('\n');
    for (int claim : claimsByEra.getOrDefault(index, List.of())) {
      claim(claim);
    }
    for (int line : linesByEra.getOrDefault(index, List.of())) {
      policyLine(line, "####");
    }
  }

  private void policyLine(int index, String level) {
    PolicyLine line = narrative.policyLines().get(index);
    heading(level, line.id(), Optional.of(line.name()));
    position("", linePositions, index);
    line.statement().ifPresent(v -> field("", "Statement", v));
    line.adopted().ifPresent(v -> dateField("", "Adopted", v));
    line.adoptedBy().ifPresent(v -> field("", "Adopted by", v));
    line.adoptedAt().ifPresent(v -> field("", "Adopted at", v));
    if (!line.eras().isEmpty()) {
      field("", "Eras", String.join(", ", line.eras()));
    }
    field("", "Durability", line.durability().code());
    line.supersedes().ifPresent(v -> field("", "Supersedes", v));
    line.continues().ifPresent(v -> field("", "Continues", v));
    out.append('\n');
    if (!line.priorities().isEmpty()) {
      out.append("| Sector | Mode | Rank | Wording |\n| --- | --- | --- | --- |\n");
      for (SectorPriority priority : line.priorities()) {
        out.append("| ").append(escape(priority.sector()))
            .append(" | ").append(priority.mode().code())
            .append(" | ").append(priority.rank().map(String::valueOf).orElse(""))
            .append(" | ").append(priority.wording().map(ReferenceMarkdownWriter::escape).orElse(""))
            .append(" |\n");
      }
      out.append('\n');
    }
    for (int claim : claimsByLine.getOrDefault(index, List.of())) {
      claim(claim);
    }
  }

  private void claim(int index) {
    Claim claim = narrative.claims().get(index);
    String q = "> ";
    out.append(q).append(escape(claim.statement(), true)).append("\n>\n");
    field(q, "Id", claim.id());
    position(q, claimPositions, index);
    field(q, "Kind", claim.kind().code());
    field(q, "Asserted by", claim.assertedBy());
    claim.extractedBy().ifPresent(v -> field(q, "Extracted by", v));
    if (!claim.about().isEmpty()) {
      field(q, "About", refs(claim.about()));
    }
    if (!claim.causes().isEmpty()) {
      field(q, "Causes", refs(claim.causes()));
    }
    if (!claim.effects().isEmpty()) {
      field(q, "Effects", refs(claim.effects()));
    }
    claim.refersTo().ifPresent(p -> periodField(q, "Refers to", p));
    Anchor anchor = claim.anchor();
    String sub = q + "  ";
    out.append(q).append("- **Anchor:**\n");
    field(sub, "Source", anchor.source());
    field(sub, "Quote", anchor.exact());
    anchor.prefix().ifPresent(v -> field(sub, "Before", v));
    anchor.suffix().ifPresent(v -> field(sub, "After", v));
    if (anchor.start().isPresent() && anchor.end().isPresent()) {
      field(sub, "Offsets", anchor.start().get() + ".." + anchor.end().get());
    }
    for (Assessment assessment : claim.assessments()) {
      out.append(q).append("- **Assessment:**\n");
      field(sub, "Assessor", assessment.assessor());
      field(sub, "Verdict", assessment.verdict().code());
      assessment.ratingLabel().ifPresent(v -> field(sub, "Rating", v));
      assessment.date().ifPresent(v -> dateField(sub, "Date", v));
      assessment.note().ifPresent(v -> field(sub, "Note", v));
      assessment.references().forEach(v -> field(sub, "Reference", v));
    }
    out.append('\n');
  }

  private void sector(int index, String indent) {
    Sector sector = narrative.sectors().get(index);
    out.append(indent).append("- ").append(sector.id()).append(": ").append(escape(sector.name())).append('\n');
    String sub = indent + "  ";
    position(sub, sectorPositions, index);
    if (!sectorNested[index]) {
      sector.broader().ifPresent(b -> field(sub, "Broader", b));
    }
    sector.labels().forEach((tag, label) -> field(sub, "Label " + tag, label));
    sector.description().ifPresent(v -> field(sub, "Description", v));
    if (!sector.mappings().isEmpty()) {
      out.append(sub).append("- **Mappings:**\n\n");
      String table = sub + "  ";
      out.append(table).append("| Scheme | Code | Relation |\n").append(table).append("| --- | --- | --- |\n");
      for (SectorMapping mapping : sector.mappings()) {
        out.append(table).append("| ").append(escape(mapping.scheme()))
            .append(" | ").append(escape(mapping.code()))
            .append(" | ").append(mapping.relation().code()).append(" |\n");
      }
      out.append('\n');
    }
    for (int child : sectorChildren.getOrDefault(index, List.of())) {
      sector(child, sub);
    }
  }

  // ---- Values, as it was ----

  static String date(HistoricalDate date) {
    if (isPlain(date)) {
      return date.text();
    }
    return date.toEdtf() + " as written \"" + date.asWritten().orElse("") + "\" in the "
        + date.calendar().code() + " calendar";
  }

  private static boolean isPlain(HistoricalDate date) {
    try {
      return HistoricalDate.parse(date.text()).equals(date);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static boolean isPlain(Period period) {
    try {
      return Period.parse(period.text()).equals(period);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String refs(List<EntityRef> refs) {
    StringBuilder out = new StringBuilder();
    for (EntityRef ref : refs) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(ref);
    }
    return out.toString();
  }

  // ---- MarkdownText's escape, as it was ----

  /** Escaped with a backslash wherever they stand. */
  private static final String ALWAYS_ESCAPED = "\\`*_[]<>#|~$";
  /** {@link #ALWAYS_ESCAPED} as a table indexed by ASCII character. */
  private static final boolean[] ESCAPED = new boolean[128];
  /** ASCII characters that {@link #escape} may change: escaped ones, controls and '&amp;'. */
  private static final boolean[] MAY_CHANGE = new boolean[128];

  static {
    for (int i = 0; i < ALWAYS_ESCAPED.length(); i++) {
      ESCAPED[ALWAYS_ESCAPED.charAt(i)] = true;
      MAY_CHANGE[ALWAYS_ESCAPED.charAt(i)] = true;
    }
    for (int c = 0; c < 0x20; c++) {
      MAY_CHANGE[c] = true;
    }
    MAY_CHANGE[0x7F] = true;
    MAY_CHANGE['&'] = true;
  }

  /** The value as Markdown inline text on a single line, somewhere after the line's start. */
  static String escape(String value) {
    return escape(value, false);
  }

  /**
   * The value as Markdown inline text on a single line; {@code blockStart} when the value opens a
   * paragraph, where a leading "-", "+", "=" or "1." would start a list or an underline.
   */
  static String escape(String value, boolean blockStart) {
    if (isVerbatim(value, blockStart)) {
      return value;
    }
    int n = value.length();
    StringBuilder out = new StringBuilder(n + 16);
    int ordinalMark = blockStart ? ordinalMarkIndex(value) : -1;
    int i = 0;
    while (i < n) {
      int cp = value.codePointAt(i);
      int width = Character.charCount(cp);
      boolean atEdge = i == 0 || i + width == n;
      if (needsReference(cp) || (atEdge && isSpaceLike(cp))) {
        out.append("&#").append(cp).append(';');
      } else if (cp < 128 && ESCAPED[cp]) {
        out.append('\\').append((char) cp);
      } else if (blockStart && i == 0 && (cp == '-' || cp == '+' || cp == '=')) {
        out.append('\\').append((char) cp);
      } else if (i == ordinalMark) {
        out.append('\\').append((char) cp);
      } else if (cp == '&' && referenceLength(value, i) > 0) {
        out.append("\\&");
      } else {
        out.appendCodePoint(cp);
      }
      i += width;
    }
    return out.toString();
  }

  /**
   * Whether {@link #escape(String, boolean)} would return the value as it is: a cheap scan that
   * lets most values skip the copy. Any surrogate sends the value the slow way.
   */
  private static boolean isVerbatim(String value, boolean blockStart) {
    int n = value.length();
    if (n == 0) {
      return true;
    }
    if (isSpaceLike(value.charAt(0)) || isSpaceLike(value.charAt(n - 1))) {
      return false;
    }
    if (blockStart) {
      char first = value.charAt(0);
      if (first == '-' || first == '+' || first == '=' || ordinalMarkIndex(value) >= 0) {
        return false;
      }
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 128) {
        if (MAY_CHANGE[c] && (c != '&' || referenceLength(value, i) > 0)) {
          return false;
        }
      } else if (needsReference(c)) {
        return false;
      }
    }
    return true;
  }

  /** The index of the '.' or ')' in a leading "1." or "1)", which would start an ordered list. */
  private static int ordinalMarkIndex(String value) {
    int i = 0;
    while (i < value.length() && i < 10 && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
      i++;
    }
    if (i > 0 && i < value.length() && (value.charAt(i) == '.' || value.charAt(i) == ')')) {
      return i;
    }
    return -1;
  }

  private static boolean needsReference(int cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029
        || cp == 0xFEFF || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
  }

  private static boolean isSpaceLike(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /**
   * The length of the character reference that starts at {@code i} ({@code &#10;},
   * {@code &#x1F600;}, {@code &amp;}), with CommonMark's limits, or 0 when there is none.
   */
  static int referenceLength(CharSequence s, int i) {
    return referenceLength(s, i, s.length());
  }

  /** As {@link #referenceLength(CharSequence, int)}, looking only at characters before {@code n}. */
  static int referenceLength(CharSequence s, int i, int n) {
    int j = i + 1;
    if (j < n && s.charAt(j) == '#') {
      j++;
      boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
      if (hex) {
        j++;
      }
      int start = j;
      int max = hex ? 6 : 7;
      while (j < n && j - start < max && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0
          && s.charAt(j) < 128) {
        j++;
      }
      return j > start && j < n && s.charAt(j) == ';' ? j + 1 - i : 0;
    }
    int start = j;
    if (j < n && isAsciiLetter(s.charAt(j))) {
      j++;
      while (j < n && j - start < 32 && (isAsciiLetter(s.charAt(j)) || isAsciiDigit(s.charAt(j)))) {
        j++;
      }
    }
    return j - start >= 2 && j < n && s.charAt(j) == ';' ? j + 1 - i : 0;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

}
