package org.policynarrative.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * The training run of the launcher's class-data archive (AppCDS): runs every subcommand once on a
 * small narrative in every installed format, so that the JVM started with
 * {@code -XX:ArchiveClassesAtExit} records the classes a real run loads. The next runs map them from
 * the archive instead of loading them from the jar. Prints nothing; exits 0 unless something in the
 * installation is broken.
 */
public final class StartupTraining {

  private static final OutputStream DISCARD = OutputStream.nullOutputStream();

  private StartupTraining() {}

  /**
   * Runs the training in a temporary directory, then deletes it.
   *
   * @param args ignored
   * @throws IOException when the temporary directory cannot be used
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("policy-narrative-training");
    try {
      train(dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toArray(Path[]::new)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static void train(Path dir) throws IOException {
    String text = "In Juche 42 (1953) the basic line of economic construction was put forward.";
    Path textFile = dir.resolve("source.txt");
    Files.writeString(textFile, text, StandardCharsets.UTF_8);
    Narrative narrative = sample(SourceText.of("portal", text));

    Map<Path, String> formatOf = new LinkedHashMap<>();
    for (NarrativeFormat format : NarrativeFormats.installed().all()) {
      if (format.canWrite() && format.canRead()) {
        Path file = dir.resolve("sample" + format.fileExtensions().get(0));
        NarrativeFormats.installed().write(narrative, file);
        formatOf.put(file, format.name());
      }
    }
    List<Path> files = new ArrayList<>(formatOf.keySet());
    // A second version, for diff to find something in: renamed era, a line's priority moved, no claim.
    Path changed = dir.resolve("changed" + (files.isEmpty() ? ".json" : extension(files.get(0))));
    if (!files.isEmpty()) {
      NarrativeFormats.installed().write(changedSample(narrative), changed);
    }
    run("--version");
    run("--help");
    run("formats");
    run("completion");
    for (Path file : files) {
      run("validate", "--source-text", "portal=" + textFile, file.toString());
      run("validate", file.toString());
      run("timeline", file.toString());
      run("stats", file.toString());
      for (Path other : files) {
        if (!other.equals(file)) {
          run("convert", file.toString(), dir.resolve("out-" + other.getFileName()).toString());
        }
      }
      run("convert", file.toString(), "-", "--to", formatOf.get(file));
      for (String report : List.of("text", "markdown", "json")) {
        run("diff", "--format", report, file.toString(), changed.toString());
      }
    }
    // The error paths: a missing file, a directory, a usage error.
    run("validate", dir.resolve("missing.json").toString());
    run("convert", files.isEmpty() ? "x.json" : files.get(0).toString(), dir.toString());
    run("convert", "-", "x.json");
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.'));
  }

  private static Narrative changedSample(Narrative narrative) {
    return Narrative.builder().from(narrative).version("2")
        .eras(List.of(Era.builder().from(narrative.eras().get(0)).name("Reconstruction").build()))
        .policyLines(List.of(PolicyLine.builder().from(narrative.policyLines().get(0))
            .priorities(List.of(SectorPriority.of("heavy-industry", PriorityMode.TOP_PRIORITY))).build()))
        .claims(List.of())
        .build();
  }

  private static void run(String... args) {
    RootCommand.run(new ByteArrayInputStream(new byte[0]), DISCARD, DISCARD, Map.of(), args);
  }

  /** One era, sector, policy line and anchored claim: enough to exercise every reader and writer. */
  private static Narrative sample(SourceText text) {
    return Narrative.builder().id("training").title("Training").language("en").version("1")
        .addSources(Source.builder().id(text.sourceId()).sha256(text.sha256()).build())
        .addEras(Era.builder().id("post-war").name("Post-war construction")
            .period(Period.parse("Juche 42 (1953)")).build())
        .addSectors(Sector.builder().id("heavy-industry").name("Heavy industry").build())
        .addPolicyLines(PolicyLine.builder().id("basic-line").name("Basic line of economic construction")
            .adopted(HistoricalDate.parse("Juche 42 (1953)")).addEras("post-war")
            .addPriorities(SectorPriority.of("heavy-industry", PriorityMode.PREFERENTIAL)).build())
        .addClaims(Claim.builder().id("line-put-forward").kind(ClaimKind.POLICY_ADOPTION)
            .statement("A basic line of economic construction was put forward in 1953.")
            .assertedBy("portal").addAbout(EntityRef.policyLine("basic-line"))
            .anchor(text.anchor("the basic line of economic construction was put forward")).build())
        .build();
  }
}
