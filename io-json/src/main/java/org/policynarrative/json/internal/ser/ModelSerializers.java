package org.policynarrative.json.internal.ser;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.Verdict;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.module.SimpleSerializers;

/** The serializers of every model type, one writer per type, for {@code NarrativeJacksonModule}. */
public final class ModelSerializers {

  private ModelSerializers() {}

  /** A fresh set of serializers for every model type, enum and vocabulary code (enums and codes as their codes). */
  public static SimpleSerializers create() {
    SimpleSerializers all = new SimpleSerializers();
    add(all, Narrative.class, NarrativeWriter::narrative);
    add(all, Source.class, SourceWriter::source);
    add(all, Era.class, EraWriter::era);
    add(all, Sector.class, SectorWriter::sector);
    add(all, SectorMapping.class, SectorWriter::sectorMapping);
    add(all, PolicyLine.class, PolicyLineWriter::policyLine);
    add(all, SectorPriority.class, PolicyLineWriter::sectorPriority);
    add(all, Claim.class, ClaimWriter::claim);
    add(all, EntityRef.class, ClaimWriter::entityRef);
    add(all, Anchor.class, ClaimWriter::anchor);
    add(all, Assessment.class, ClaimWriter::assessment);
    add(all, HistoricalDate.class, DateWriter::date);
    add(all, Period.class, DateWriter::period);
    add(all, Actor.class, ActorWriter::actor);
    add(all, Event.class, EventWriter::event);
    add(all, LineRole.class, PolicyLineWriter::lineRole);
    add(all, Figure.class, FigureWriter::figure);
    add(all, ClaimRelation.class, ClaimWriter::relation);
    add(all, EncoderNote.class, NoteWriter::encoderNote);
    add(all, CodeDefinition.class, VocabularyWriter::codeDefinition);
    code(all, ClaimKind.class, ClaimKind::code);
    code(all, Durability.class, Durability::code);
    code(all, EntityKind.class, EntityKind::code);
    code(all, MappingRelation.class, MappingRelation::code);
    code(all, PriorityMode.class, PriorityMode::code);
    code(all, Verdict.class, Verdict::code);
    code(all, CalendarModel.class, CalendarModel::code);
    code(all, RelationType.class, RelationType::code);
    code(all, ActorKind.class, ActorKind::code);
    code(all, ActorRole.class, ActorRole::code);
    code(all, StatedAs.class, StatedAs::code);
    code(all, FigureStatus.class, FigureStatus::code);
    code(all, CodeScheme.class, CodeScheme::code);
    return all;
  }

  private static <T> void add(SimpleSerializers all, Class<T> type, BiConsumer<JsonGenerator, T> writer) {
    all.addSerializer(type, new ModelSerializer<>(type, writer));
  }

  private static <E> void code(SimpleSerializers all, Class<E> type, Function<E, String> code) {
    add(all, type, (g, value) -> g.writeString(code.apply(value)));
  }
}
