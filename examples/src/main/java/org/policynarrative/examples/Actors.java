package org.policynarrative.examples;

import org.policynarrative.core.Actor;
import org.policynarrative.core.Narrative;
import org.policynarrative.examples.internal.ExampleReports;
import org.policynarrative.examples.internal.ExampleSupport;

/**
 * Actors: who the source says did what. Loads the bundled reference narrative, lists the actors it
 * names (under the source's own names, loaded terms included), then prints for one of them the
 * policy lines that name it in a role, the events it took part in and every claim that names it,
 * each with its quote, its attribution and its verdict.
 *
 * <p>Run from the repository root:
 * {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.policynarrative.examples.Actors}.
 * An optional argument names the actor (default {@code workers-party-of-korea}).
 */
public final class Actors {

  private Actors() {}

  /**
   * Prints the actors and what the narrative says about one of them.
   *
   * @param args optionally, the id of the actor to print
   * @throws IllegalArgumentException when the narrative has no actor of that id
   */
  public static void main(String[] args) {
    Narrative narrative = ExampleSupport.referenceNarrative();
    String actorId = args.length > 0 ? args[0] : "workers-party-of-korea";
    Actor actor = narrative.actor(actorId).orElseThrow(() -> new IllegalArgumentException(
        "no actor '" + actorId + "'; try one of " + narrative.actors().stream().map(Actor::id).toList()));

    ExampleSupport.section(System.out, "Actors the source names", narrative.actors().stream()
        .map(a -> String.format("%-26s %-10s %s", a.id(), a.kind().code(), a.name())).toList());
    ExampleSupport.section(System.out, "What the source says about " + actor.name(),
        ExampleReports.actor(narrative, actor));
  }
}
