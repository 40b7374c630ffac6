package org.policynarrative.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The codes one field of the model takes, each with a label and a one-line definition: the open
 * vocabularies ({@link ClaimKind}, {@link PriorityMode}, {@link RelationType}), which a narrative
 * may extend in {@link Narrative#vocabulary()}, and the closed enumerations ({@link Verdict},
 * {@link CalendarModel}, {@link ActorKind}, ...). One source for the {@code codes} command, the
 * dialect reference and the model guide, so that they cannot drift apart.
 *
 * <pre>{@code
 * for (CodeList list : CodeList.of(narrative)) {
 *   list.entries().forEach(e -> System.out.println(list.name() + " " + e.code() + ": " + e.definition()));
 * }
 * }</pre>
 */
public final class CodeList {

  /**
   * One code of a list.
   *
   * @param code the code every format writes, such as {@code achievement}
   * @param label its label, such as "Achievement"
   * @param definition its one-line definition; empty when a narrative declares the code without one
   * @param declared true for a code the narrative declares, false for a built-in one
   */
  public record Entry(String code, String label, String definition, boolean declared) {

    /**
     * Checks that no component is null.
     *
     * @param code the code every format writes
     * @param label its label
     * @param definition its one-line definition, or empty
     * @param declared true for a code the narrative declares
     */
    public Entry {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(definition, "definition");
    }
  }

  private final String name;
  private final String title;
  private final String field;
  private final boolean open;
  private final List<Entry> entries;

  private CodeList(String name, String title, String field, boolean open, List<Entry> entries) {
    this.name = name;
    this.title = title;
    this.field = field;
    this.open = open;
    this.entries = List.copyOf(entries);
  }

  /** {@return the list's stable name, such as {@code claim-kind} or {@code verdict}} */
  public String name() {
    return name;
  }

  /** {@return a heading for the list, such as "Claim kinds"} */
  public String title() {
    return title;
  }

  /** {@return the model's field that takes the codes, such as {@code Claim.kind}} */
  public String field() {
    return field;
  }

  /** {@return true for an open vocabulary, which a narrative may extend with codes of its own} */
  public boolean isOpen() {
    return open;
  }

  /** {@return the codes: the built-in ones in their documented order, then any a narrative declares} */
  public List<Entry> entries() {
    return entries;
  }

  /** {@return every list of codes the library knows, in a fixed order: the open vocabularies first} */
  public static List<CodeList> builtIn() {
    return List.of(
        open(CodeScheme.CLAIM_KIND, "Claim kinds", "Claim.kind"),
        closed("verdict", "Verdicts", "Assessment.verdict", Verdict.values(), Verdict::code, Verdict::definition),
        open(CodeScheme.PRIORITY_MODE, "Priority modes", "SectorPriority.mode"),
        open(CodeScheme.RELATION_TYPE, "Relation types", "ClaimRelation.type"),
        closed("calendar", "Calendars", "HistoricalDate.calendar", CalendarModel.values(), CalendarModel::code,
            CalendarModel::definition),
        closed("actor-kind", "Actor kinds", "Actor.kind", ActorKind.values(), ActorKind::code,
            ActorKind::definition),
        closed("actor-role", "Line roles", "LineRole.role", ActorRole.values(), ActorRole::code,
            ActorRole::definition),
        closed("figure-status", "Figure status", "Figure.status", FigureStatus.values(), FigureStatus::code,
            FigureStatus::definition),
        closed("stated-as", "Stated as", "Figure.statedAs", StatedAs.values(), StatedAs::code,
            StatedAs::definition),
        closed("durability", "Durability", "PolicyLine.durability", Durability.values(), Durability::code,
            Durability::definition),
        closed("mapping-relation", "Mapping relations", "SectorMapping.relation", MappingRelation.values(),
            MappingRelation::code, MappingRelation::definition));
  }

  /**
   * {@return every list of codes a narrative may use: {@link #builtIn()}, with the codes the
   * narrative declares in its vocabulary after the built-in ones of their scheme}
   *
   * @param narrative the narrative whose {@link Narrative#vocabulary()} extends the open lists
   */
  public static List<CodeList> of(Narrative narrative) {
    List<CodeList> lists = new ArrayList<>();
    Vocabulary vocabulary = Vocabulary.of(narrative);
    for (CodeList list : builtIn()) {
      if (!list.open) {
        lists.add(list);
        continue;
      }
      CodeScheme scheme = CodeScheme.fromCode(list.name);
      List<Entry> entries = new ArrayList<>(list.entries);
      for (CodeDefinition code : vocabulary.codes(scheme)) {
        if (vocabulary.declaration(scheme, code.code()).isPresent() && !isBuiltIn(list, code.code())) {
          String definition = code.definition().orElse("")
              + code.broader().map(b -> (code.definition().isPresent() ? " " : "") + "Narrows " + b + ".").orElse("");
          entries.add(new Entry(code.code(), code.label(), definition, true));
        }
      }
      lists.add(new CodeList(list.name, list.title, list.field, true, entries));
    }
    return List.copyOf(lists);
  }

  /**
   * {@return the list with a name}
   *
   * @param name the list's {@link #name()}
   */
  public static Optional<CodeList> named(String name) {
    return builtIn().stream().filter(list -> list.name.equals(name)).findFirst();
  }

  private static boolean isBuiltIn(CodeList list, String code) {
    return list.entries.stream().anyMatch(e -> e.code().equals(code));
  }

  private static CodeList open(CodeScheme scheme, String title, String field) {
    List<Entry> entries = new ArrayList<>();
    for (VocabularyCode code : scheme.builtIns()) {
      entries.add(new Entry(code.code(), code.builtInLabel().orElseThrow(), code.builtInDefinition().orElseThrow(),
          false));
    }
    return new CodeList(scheme.code(), title, field, true, entries);
  }

  private static <E> CodeList closed(String name, String title, String field, E[] values, Function<E, String> code,
      Function<E, String> definition) {
    List<Entry> entries = new ArrayList<>();
    for (E value : values) {
      String c = code.apply(value);
      entries.add(new Entry(c, label(c), definition.apply(value), false));
    }
    return new CodeList(name, title, field, false, entries);
  }

  /** "at-least" is labelled "At least", as the built-in vocabulary codes are. */
  private static String label(String code) {
    String words = code.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
