package org.policynarrative.examples.reference;

import java.util.List;
import java.util.Map;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;

/**
 * A second version of the {@link ReferenceNarrative reference narrative}, edited the way official
 * histories are rewritten, for trying and testing the semantic diff
 * ({@code policy-narrative diff economic-construction.json economic-construction-rewritten.json}).
 * It is made up: no such edition of the source is known.
 *
 * <p>What the "new edition" does:
 * <ul>
 *   <li>its text drops the sentence that credits Sengun politics with ending the Arduous March, so
 *       every later quote moves (the quotes themselves are unchanged) and the source's SHA-256 changes;</li>
 *   <li>the policy line {@code sengun-politics} vanishes, with the claim that quoted that sentence;</li>
 *   <li>the Arduous March is renamed the "March of Hardship"; the era of Mallima is dated from 2012;</li>
 *   <li>the 2000s are renamed "the noughties", under a new id ({@code noughties}): a possible rename,
 *       as the diff can only guess that the two are one era;</li>
 *   <li>the line for an economic giant makes agriculture, not science and technology, its top priority;</li>
 *   <li>the version is {@code 3}.</li>
 * </ul>
 * Like the reference narrative, it validates with no problem against its own source text.
 */
public final class ReferenceRewrite {

  /** The file name of the shipped rewrite, written beside the reference data set by {@link GenerateReferenceData}. */
  public static final String FILE_NAME = "economic-construction-rewritten.json";

  /** The sentence the new edition leaves out. */
  static final String DROPPED_SENTENCE =
      " But the Arduous March was concluded with the successful administration of Sengun politics.";

  private static final Map<String, String> NEW_ERA_IDS = Map.of("the-2000s", "noughties");

  private ReferenceRewrite() {}

  /**
   * {@return the edited source text: the reference text without {@link #DROPPED_SENTENCE one sentence}}
   *
   * @throws IllegalStateException when the reference text no longer holds that sentence exactly once
   */
  public static SourceText sourceText() {
    String text = ReferenceNarrative.sourceText().text();
    int at = text.indexOf(DROPPED_SENTENCE);
    if (at < 0 || text.indexOf(DROPPED_SENTENCE, at + 1) >= 0) {
      throw new IllegalStateException("the reference text must hold the dropped sentence exactly once");
    }
    return SourceText.of(ReferenceNarrative.ID, text.substring(0, at) + text.substring(at + DROPPED_SENTENCE.length()));
  }

  /** {@return the rewritten narrative, built afresh from the reference narrative and the edited text} */
  public static Narrative narrative() {
    Narrative reference = ReferenceNarrative.narrative();
    SourceText text = sourceText();
    return Narrative.builder().from(reference)
        .version("3")
        .sources(reference.sources().stream().map(s -> Source.builder().from(s).sha256(text.sha256()).build())
            .toList())
        .eras(reference.eras().stream().map(ReferenceRewrite::era).toList())
        .policyLines(reference.policyLines().stream().filter(l -> !l.id().equals("sengun-politics"))
            .map(ReferenceRewrite::line).toList())
        .claims(reference.claims().stream().filter(c -> !c.id().equals("arduous-march-concluded"))
            .map(c -> claim(c, text)).toList())
        .build();
  }

  private static Era era(Era era) {
    return switch (era.id()) {
      case "arduous-march" -> Era.builder().from(era).name("March of Hardship").build();
      case "mallima-era" -> Era.builder().from(era).period(Period.parse("2012/..")).build();
      case "the-2000s" -> Era.builder().from(era).id("noughties").name("The noughties").build();
      default -> era;
    };
  }

  private static PolicyLine line(PolicyLine line) {
    PolicyLine.Builder b = PolicyLine.builder().from(line).eras(line.eras().stream().map(ReferenceRewrite::eraId)
        .toList());
    if (line.id().equals("economic-giant-line")) {
      b.priorities(line.priorities().stream().map(p -> switch (p.sector()) {
        case "agriculture" -> SectorPriority.builder().from(p).mode(PriorityMode.TOP_PRIORITY).build();
        case "science-and-technology" -> SectorPriority.builder().from(p).mode(PriorityMode.PRIORITIZED).build();
        default -> p;
      }).toList());
    }
    return b.build();
  }

  /** The claim with its references to renamed eras updated and its anchor found again in the edited text. */
  private static Claim claim(Claim claim, SourceText text) {
    return Claim.builder().from(claim)
        .about(refs(claim.about())).causes(refs(claim.causes())).effects(refs(claim.effects()))
        .anchor(text.anchor(claim.anchor().exact()))
        .build();
  }

  private static List<EntityRef> refs(List<EntityRef> refs) {
    return refs.stream().map(r -> r.kind() == EntityKind.ERA ? EntityRef.era(eraId(r.id())) : r)
        .toList();
  }

  private static String eraId(String id) {
    return NEW_ERA_IDS.getOrDefault(id, id);
  }
}
