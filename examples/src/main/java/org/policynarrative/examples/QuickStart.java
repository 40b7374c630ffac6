package org.policynarrative.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.ValidationReport;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * QuickStart: the first steps. Builds a small narrative in code from one sentence of a source
 * (an era, two sectors, a policy line and a claim anchored to its quote), validates it against
 * the source text, writes it as JSON and as Markdown, and reads both files back.
 *
 * <p>Run from the repository root:
 * {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.policynarrative.examples.QuickStart}.
 * An optional argument names the directory to write to (default: a new temporary directory).
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Builds, validates, writes and reads back the narrative.
   *
   * @param args optionally, the directory to write {@code quickstart.json} and {@code quickstart.md} to
   * @throws IOException when a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    // 1. The source text: claims are anchored to exact quotes of it.
    SourceText text = SourceText.of("portal", "True to the basic line of socialist economic construction put"
        + " forward in Juche 42 (1953) which means developing the heavy industry preferentially and ensuring"
        + " the simultaneous development of light industry and agriculture, the country laid rock-solid"
        + " material and technical foundations.");

    // 2. The narrative: what the source says, attributed to it, never as fact.
    Narrative narrative = Narrative.builder()
        .id("quickstart").title("Quick start").language("en").version("1")
        .addSources(Source.builder().id("portal").language("en").sha256(text.sha256()).build())
        .addEras(Era.builder().id("from-1953").name("From Juche 42 (1953)")
            .period(Period.parse("Juche 42 (1953)/")).build())   // the text gives the year, not the end
        .addSectors(Sector.builder().id("heavy-industry").name("Heavy industry").build(),
            Sector.builder().id("light-industry").name("Light industry").build())
        .addPolicyLines(PolicyLine.builder().id("basic-line").name("Basic line of socialist economic construction")
            .adopted(HistoricalDate.parse("Juche 42 (1953)")).addEras("from-1953")
            .addPriorities(SectorPriority.of("heavy-industry", PriorityMode.PREFERENTIAL),
                SectorPriority.of("light-industry", PriorityMode.SIMULTANEOUS))
            .build())
        .addClaims(Claim.builder().id("foundations-laid").kind(ClaimKind.ACHIEVEMENT)
            .statement("True to the basic line, the country laid rock-solid material and technical foundations.")
            .addAbout(EntityRef.policyLine("basic-line"))
            .assertedBy("apparently an official DPRK portal")
            .anchor(text.anchor("the country laid rock-solid material and technical foundations."))
            .build())
        .build();

    // 3. Validate: references resolve, and every anchor matches the text.
    ValidationReport report = NarrativeValidator.validate(narrative, List.of(text));
    System.out.println("validation: " + report);

    // 4. Write JSON and Markdown; the format is chosen by the file extension.
    Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0]))
        : Files.createTempDirectory("policy-narrative-quickstart");
    NarrativeFormats formats = NarrativeFormats.installed();
    for (String name : List.of("quickstart.json", "quickstart.md")) {
      Path file = dir.resolve(name);
      formats.write(narrative, file);
      // 5. Read it back: nothing is lost.
      Narrative readBack = formats.read(file);
      System.out.println("wrote " + file + " (" + Files.size(file) + " bytes); read back equal: "
          + readBack.equals(narrative));
    }
    Claim claim = narrative.claims().get(0);
    System.out.println("claim '" + claim.id() + "' is " + claim.verdict().code() + ": asserted by "
        + claim.assertedBy() + ", checked by nobody independent");
    System.out.println();
    System.out.println("The Markdown file:");
    System.out.print(Files.readString(dir.resolve("quickstart.md")));
  }
}
