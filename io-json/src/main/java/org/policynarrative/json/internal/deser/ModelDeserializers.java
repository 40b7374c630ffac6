package org.policynarrative.json.internal.deser;

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
import tools.jackson.databind.module.SimpleDeserializers;

/** The deserializers of every model type, one reader per type, for {@code NarrativeJacksonModule}. */
public final class ModelDeserializers {

  /**
   * The attribute (set to {@code Boolean.TRUE} on an {@code ObjectReader}) that makes a read go on
   * after an error and report every error it finds, the first as the exception thrown and the
   * others as its {@link InvalidNarrativeJsonException#moreErrors()}; without it, the first error
   * ends the read, as a user's own mapper reads.
   */
  public static final String COLLECT_ERRORS = ReadErrors.ATTRIBUTE;

  private ModelDeserializers() {}

  /** A fresh set of deserializers for every model type, enum and vocabulary code (from their codes). */
  public static SimpleDeserializers create() {
    SimpleDeserializers all = new SimpleDeserializers();
    add(all, Narrative.class, NarrativeReader::narrative);
    add(all, Source.class, SourceReader::source);
    add(all, Era.class, EraReader::era);
    add(all, Sector.class, SectorReader::sector);
    add(all, SectorMapping.class, SectorReader::sectorMapping);
    add(all, PolicyLine.class, PolicyLineReader::policyLine);
    add(all, SectorPriority.class, PolicyLineReader::sectorPriority);
    add(all, Claim.class, ClaimReader::claim);
    add(all, EntityRef.class, ClaimReader::entityRef);
    add(all, Anchor.class, ClaimReader::anchor);
    add(all, Assessment.class, ClaimReader::assessment);
    add(all, HistoricalDate.class, DateReader::date);
    add(all, Period.class, DateReader::period);
    add(all, Actor.class, ActorReader::actor);
    add(all, Event.class, EventReader::event);
    add(all, LineRole.class, PolicyLineReader::lineRole);
    add(all, Figure.class, FigureReader::figure);
    add(all, ClaimRelation.class, ClaimReader::relation);
    add(all, EncoderNote.class, NoteReader::encoderNote);
    add(all, CodeDefinition.class, VocabularyReader::codeDefinition);
    add(all, ClaimKind.class, in -> in.parsed(ClaimKind::fromCode));
    add(all, Durability.class, in -> in.parsed(Durability::fromCode));
    add(all, EntityKind.class, in -> in.parsed(EntityKind::fromCode));
    add(all, MappingRelation.class, in -> in.parsed(MappingRelation::fromCode));
    add(all, PriorityMode.class, in -> in.parsed(PriorityMode::fromCode));
    add(all, Verdict.class, in -> in.parsed(Verdict::fromCode));
    add(all, CalendarModel.class, in -> in.parsed(CalendarModel::fromCode));
    add(all, RelationType.class, in -> in.parsed(RelationType::fromCode));
    add(all, ActorKind.class, in -> in.parsed(ActorKind::fromCode));
    add(all, ActorRole.class, in -> in.parsed(ActorRole::fromCode));
    add(all, StatedAs.class, in -> in.parsed(StatedAs::fromCode));
    add(all, FigureStatus.class, in -> in.parsed(FigureStatus::fromCode));
    add(all, CodeScheme.class, in -> in.parsed(CodeScheme::fromCode));
    return all;
  }

  private static <T> void add(SimpleDeserializers all, Class<T> type, Function<JsonInput, T> reader) {
    all.addDeserializer(type, new ModelDeserializer<>(type, reader));
  }
}
