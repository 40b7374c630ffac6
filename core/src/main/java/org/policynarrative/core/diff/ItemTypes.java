package org.policynarrative.core.diff;

import static org.policynarrative.core.diff.Shape.ENTITY_REF;
import static org.policynarrative.core.diff.Shape.VALUE;
import static org.policynarrative.core.diff.Shape.list;
import static org.policynarrative.core.diff.Shape.map;
import static org.policynarrative.core.diff.Shape.optional;
import static org.policynarrative.core.diff.Shape.ref;

import java.util.List;
import org.policynarrative.core.Actor;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.diff.ItemType.RenameKey;

/**
 * The attribute table of every model type the diff walks, each attribute under the model's own
 * name and in the model's order, and one {@link ItemType} per {@link ItemKind}. A new attribute of
 * the model is one line here ({@code DiffFieldsTest} fails until it is added).
 */
final class ItemTypes {

  private ItemTypes() {}

  static final Shape NOTES = list(VALUE);

  /** The narrative's own attributes; its lists are the items of {@link #ALL}. */
  static final Fields<Narrative> NARRATIVE = Fields.<Narrative>builder()
      .value("id", Narrative::id)
      .value("title", Narrative::title)
      .value("language", Narrative::language)
      .value("version", Narrative::version)
      .optional("description", Narrative::description)
      .build();

  static final Fields<Source> SOURCE_FIELDS = Fields.<Source>builder()
      .value("id", Source::id)
      .optional("title", Source::title)
      .optional("publisher", Source::publisher)
      .optional("published", Source::published)
      .optional("url", Source::url)
      .optional("language", Source::language)
      .optional("sha256", Source::sha256)
      .optional("note", Source::note)
      .add("translationOf", Source::translationOf, optional(ref(ItemKind.SOURCE)))
      .add("encoderNotes", Source::encoderNotes, NOTES)
      .build();

  static final Fields<Era> ERA_FIELDS = Fields.<Era>builder()
      .value("id", Era::id)
      .value("name", Era::name)
      .add("labels", Era::labels, map(VALUE))
      .values("alternativeNames", Era::alternativeNames)
      .value("period", Era::period)
      .optional("summary", Era::summary)
      .add("source", Era::source, optional(ref(ItemKind.SOURCE)))
      .values("identifiers", Era::identifiers)
      .add("encoderNotes", Era::encoderNotes, NOTES)
      .build();

  static final Fields<Sector> SECTOR_FIELDS = Fields.<Sector>builder()
      .value("id", Sector::id)
      .value("name", Sector::name)
      .add("labels", Sector::labels, map(VALUE))
      .add("broader", Sector::broader, optional(ref(ItemKind.SECTOR)))
      .add("mappings", Sector::mappings,
          list(VALUE, (SectorMapping m) -> m.scheme() + " " + m.code(), null))
      .optional("description", Sector::description)
      .values("identifiers", Sector::identifiers)
      .add("encoderNotes", Sector::encoderNotes, NOTES)
      .build();

  static final Fields<SectorPriority> PRIORITY_FIELDS = Fields.<SectorPriority>builder()
      .add("sector", SectorPriority::sector, ref(ItemKind.SECTOR))
      .value("mode", SectorPriority::mode)
      .optional("rank", SectorPriority::rank)
      .optional("wording", SectorPriority::wording)
      .build();

  static final Fields<PolicyLine> LINE_FIELDS = Fields.<PolicyLine>builder()
      .value("id", PolicyLine::id)
      .value("name", PolicyLine::name)
      .add("labels", PolicyLine::labels, map(VALUE))
      .optional("statement", PolicyLine::statement)
      .optional("adopted", PolicyLine::adopted)
      .optional("adoptedBy", PolicyLine::adoptedBy)
      .optional("adoptedAt", PolicyLine::adoptedAt)
      .add("adoptedAtEvent", PolicyLine::adoptedAtEvent, optional(ref(ItemKind.EVENT)))
      .add("roles", PolicyLine::roles, list(new LineRoleShape()))
      .optional("inForce", PolicyLine::inForce)
      .add("eras", PolicyLine::eras, list(ref(ItemKind.ERA)))
      .add("priorities", PolicyLine::priorities, list(PRIORITY_FIELDS, SectorPriority::sector, ItemKind.SECTOR))
      .value("durability", PolicyLine::durability)
      .add("supersedes", PolicyLine::supersedes, optional(ref(ItemKind.POLICY_LINE)))
      .add("continues", PolicyLine::continues, optional(ref(ItemKind.POLICY_LINE)))
      .add("amends", PolicyLine::amends, optional(ref(ItemKind.POLICY_LINE)))
      .values("identifiers", PolicyLine::identifiers)
      .add("encoderNotes", PolicyLine::encoderNotes, NOTES)
      .build();

  static final Fields<Figure> FIGURE_FIELDS = Fields.<Figure>builder()
      .value("indicator", Figure::indicator)
      .add("sector", Figure::sector, optional(ref(ItemKind.SECTOR)))
      .value("wording", Figure::wording)
      .value("statedAs", Figure::statedAs)
      .optional("amount", Figure::amount)
      .optional("upTo", Figure::upTo)
      .optional("unit", Figure::unit)
      .optional("ucum", Figure::ucum)
      .optional("period", Figure::period)
      .optional("baselinePeriod", Figure::baselinePeriod)
      .optional("baselineAmount", Figure::baselineAmount)
      .value("status", Figure::status)
      .build();

  static final Fields<Assessment> ASSESSMENT_FIELDS = Fields.<Assessment>builder()
      .value("assessor", Assessment::assessor)
      .value("verdict", Assessment::verdict)
      .optional("ratingLabel", Assessment::ratingLabel)
      .optional("date", Assessment::date)
      .optional("note", Assessment::note)
      .values("references", Assessment::references)
      .build();

  static final Shape ANCHOR = new AnchorShape();

  static final Fields<Claim> CLAIM_FIELDS = Fields.<Claim>builder()
      .value("id", Claim::id)
      .optional("statement", Claim::statement)
      .optional("kind", Claim::kind)
      .add("about", Claim::about, list(ENTITY_REF))
      .add("causes", Claim::causes, list(ENTITY_REF))
      .add("effects", Claim::effects, list(ENTITY_REF))
      .add("justifies", Claim::justifies, list(ENTITY_REF))
      .optional("assertedBy", Claim::assertedBy)
      .optional("extractedBy", Claim::extractedBy)
      .optional("refersTo", Claim::refersTo)
      .add("anchor", Claim::anchor, ANCHOR)
      .add("otherAnchors", Claim::otherAnchors, list(ANCHOR, Anchor::source, ItemKind.SOURCE))
      .add("figures", Claim::figures, list(FIGURE_FIELDS, Figure::indicator, null))
      .values("relations", Claim::relations)
      .add("encoderNotes", Claim::encoderNotes, NOTES)
      .add("assessments", Claim::assessments, list(ASSESSMENT_FIELDS, Assessment::assessor, null))
      .build();

  static final Fields<Actor> ACTOR_FIELDS = Fields.<Actor>builder()
      .value("id", Actor::id)
      .value("name", Actor::name)
      .add("labels", Actor::labels, map(VALUE))
      .value("kind", Actor::kind)
      .values("alternativeNames", Actor::alternativeNames)
      .optional("description", Actor::description)
      .values("identifiers", Actor::identifiers)
      .add("encoderNotes", Actor::encoderNotes, NOTES)
      .build();

  static final Fields<Event> EVENT_FIELDS = Fields.<Event>builder()
      .value("id", Event::id)
      .value("name", Event::name)
      .add("labels", Event::labels, map(VALUE))
      .optional("when", Event::when)
      .optional("place", Event::place)
      .add("participants", Event::participants, list(ref(ItemKind.ACTOR)))
      .optional("summary", Event::summary)
      .values("identifiers", Event::identifiers)
      .add("encoderNotes", Event::encoderNotes, NOTES)
      .build();

  static final Fields<CodeDefinition> CODE_FIELDS = Fields.<CodeDefinition>builder()
      .value("scheme", CodeDefinition::scheme)
      .value("code", CodeDefinition::code)
      .value("label", CodeDefinition::label)
      .optional("definition", CodeDefinition::definition)
      .optional("broader", CodeDefinition::broader)
      .build();

  static final ItemType<Source> SOURCES = new ItemType<>(ItemKind.SOURCE, Narrative::sources, Source::id,
      s -> s.title().orElse(s.id()), s -> List.of(), SOURCE_FIELDS,
      List.of(new RenameKey<>("same title", s -> s.title().orElse(null)),
          new RenameKey<>("same text", s -> s.sha256().orElse(null))));

  static final ItemType<Era> ERAS = new ItemType<>(ItemKind.ERA, Narrative::eras, Era::id, Era::name,
      Era::identifiers, ERA_FIELDS,
      List.of(new RenameKey<>("same name", Era::name), new RenameKey<>("same period", Era::period)));

  static final ItemType<Sector> SECTORS = new ItemType<>(ItemKind.SECTOR, Narrative::sectors, Sector::id,
      Sector::name, Sector::identifiers, SECTOR_FIELDS,
      List.of(new RenameKey<>("same name", Sector::name)));

  static final ItemType<PolicyLine> LINES = new ItemType<>(ItemKind.POLICY_LINE, Narrative::policyLines,
      PolicyLine::id, PolicyLine::name, PolicyLine::identifiers, LINE_FIELDS,
      List.of(new RenameKey<>("same name", PolicyLine::name),
          new RenameKey<>("same statement", l -> l.statement().orElse(null))));

  static final ItemType<Claim> CLAIMS = new ItemType<>(ItemKind.CLAIM, Narrative::claims, Claim::id,
      Claim::statementOrQuote, c -> List.of(), CLAIM_FIELDS,
      List.of(new RenameKey<>("same statement", c -> c.statement().orElse(null)),
          new RenameKey<>("same quote", c -> List.of(c.anchor().source(), c.anchor().exact()))));

  static final ItemType<Actor> ACTORS = new ItemType<>(ItemKind.ACTOR, Narrative::actors, Actor::id, Actor::name,
      Actor::identifiers, ACTOR_FIELDS,
      List.of(new RenameKey<>("same name", Actor::name)));

  static final ItemType<Event> EVENTS = new ItemType<>(ItemKind.EVENT, Narrative::events, Event::id, Event::name,
      Event::identifiers, EVENT_FIELDS,
      List.of(new RenameKey<>("same name", Event::name)));

  static final ItemType<CodeDefinition> CODES = new ItemType<>(ItemKind.CODE, Narrative::vocabulary,
      d -> d.scheme().code() + ":" + d.code(), CodeDefinition::label, d -> List.of(), CODE_FIELDS,
      List.of(new RenameKey<>("same label", d -> d.scheme().code() + ":" + d.label())));

  /** Every kind, in the order of {@link ItemKind}. */
  static final List<ItemType<?>> ALL = List.of(SOURCES, ERAS, SECTORS, LINES, CLAIMS, ACTORS, EVENTS, CODES);
}
