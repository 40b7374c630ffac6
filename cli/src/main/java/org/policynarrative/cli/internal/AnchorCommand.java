package org.policynarrative.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.spi.NarrativeFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code anchor FILE -t SOURCE=TEXT...}: computes every anchor's offsets and context, and rewrites FILE. */
@Command(name = "anchor", mixinStandardHelpOptions = true,
    description = {"Compute or refresh every anchor's offsets, prefix and suffix from its quote and the source"
        + " text, and write FILE back in place.",
        "Offsets (start and end) count code points. FILE is written in its own format, atomically (on failure it"
            + " is unchanged), and only when an anchor changed.",
        "A quote is never moved to a guess: one that does not occur, occurs more than once (and neither its"
            + " offsets nor its prefix or suffix pick one), occurs only in another Unicode normalisation (NFC/NFD),"
            + " or whose offsets and context point at different occurrences is left as it is and listed with every"
            + " candidate position (LINE:COLUMN in the source text) and, for a typo, the closest match.",
        "FILE is written by its format's writer: what it holds is unchanged apart from the anchors, laid out as"
            + " the writer lays it out.",
        "Exits with status 1 when any anchor could not be anchored (including anchors into a source whose text"
            + " was not given)."})
final class AnchorCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The narrative file whose anchors to compute.")
  Path file;

  @Option(names = {"-t", "--source-text"}, paramLabel = "SOURCE=TEXT", required = true,
      description = "The text of source SOURCE is in file TEXT (UTF-8). Repeatable: one per source.")
  Map<String, Path> sourceTexts = new LinkedHashMap<>();

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "Read and write FILE in this format, by name or extension, whatever its extension.")
  String from;

  @Option(names = {"-n", "--dry-run"}, description = "Report what would change, and write nothing.")
  boolean dryRun;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (Formats.isStandardStream(file)) {
      throw new ParameterException(spec.commandLine(), "anchor rewrites FILE in place, so it needs a file, not -");
    }
    Session session = RootCommand.session(spec);
    NarrativeInput input = NarrativeInput.of(file);
    input.checkReadable();
    NarrativeFormat format = Formats.forReading(session.formats(), input, from, spec.commandLine());
    if (!format.canWrite() || format.isCorpus()) {
      throw new CliException(file + ": the " + format.name() + " format " + (format.isCorpus()
          ? "holds a corpus; anchor takes one narrative" : "cannot be written") + "; convert the file to Markdown"
          + " or JSON, and anchor that");
    }
    List<SourceText> texts = SourceTextFiles.read(sourceTexts, session);
    Narrative narrative = input.read(session, format);
    Map<String, SourceText> byId = new LinkedHashMap<>();
    for (SourceText text : texts) {
      if (narrative.source(text.sourceId()).isEmpty()) {
        throw new CliException(file + " has no source '" + text.sourceId() + "' (its sources: " + String.join(", ",
            narrative.sources().stream().map(s -> s.id()).toList()) + "); check the id given to --source-text");
      }
      byId.put(text.sourceId(), text);
    }
    PrintWriter out = session.out();
    for (SourceText text : texts) {
      narrative.source(text.sourceId()).flatMap(source -> source.sha256()).filter(recorded -> !recorded.equals(
          text.sha256())).ifPresent(recorded -> out.println(TerminalText.escape(file + ": note: the text given for "
              + text.sourceId() + " (" + sourceTexts.get(text.sourceId()) + ") has SHA-256 " + text.sha256()
              + ", not the " + recorded + " the file records: is it the same edition? The anchors are computed in"
              + " the text given")));
    }
    // Every quote found in one pass over its text, not a pass per quote.
    Map<String, Map<String, List<Integer>>> firstTwo = new HashMap<>();
    for (SourceText text : byId.values()) {
      List<String> quotes = narrative.claims().stream()
          .flatMap(claim -> Stream.concat(Stream.of(claim.anchor()), claim.otherAnchors().stream()))
          .filter(anchor -> anchor.source().equals(text.sourceId())).map(Anchor::exact).distinct().toList();
      List<List<Integer>> found = text.occurrences(quotes, 2);
      Map<String, List<Integer>> byQuote = new HashMap<>();
      for (int q = 0; q < quotes.size(); q++) {
        byQuote.put(quotes.get(q), found.get(q));
      }
      firstTwo.put(text.sourceId(), byQuote);
    }
    Tally tally = new Tally();
    List<Claim> claims = new ArrayList<>();
    List<Claim> all = narrative.claims();
    for (int i = 0; i < all.size(); i++) {
      Claim claim = all.get(i);
      String path = "claims[" + i + "]";
      Anchor anchor = refresh(claim.anchor(), byId, firstTwo, path + ".anchor", claim, tally, out);
      List<Anchor> others = new ArrayList<>();
      for (int k = 0; k < claim.otherAnchors().size(); k++) {
        others.add(refresh(claim.otherAnchors().get(k), byId, firstTwo, path + ".otherAnchors[" + k + "]", claim,
            tally, out));
      }
      boolean changed = !anchor.equals(claim.anchor()) || !others.equals(claim.otherAnchors());
      claims.add(changed ? Claim.builder().from(claim).anchor(anchor).otherAnchors(others).build() : claim);
    }
    boolean write = tally.updated > 0 && !dryRun;
    boolean relaidOut = write && !inWritersLayout(session, format, narrative);
    if (write) {
      NarrativeOutput.of(file).write(session, format, Narrative.builder().from(narrative).claims(claims).build());
    }
    out.println(TerminalText.escape(file + ": " + tally.summary() + (tally.updated == 0 ? "; file unchanged"
        : dryRun ? "; not written (--dry-run)" : "; written")));
    if (relaidOut) {
      out.println(TerminalText.escape(file + ": note: the file was not laid out as the " + format.name() + " writer"
          + " lays it out, so more than its anchors changed in layout (what it holds is the same apart from the"
          + " anchors); compare it with the version before"));
    }
    if (!tally.withoutText.isEmpty()) {
      out.println(TerminalText.escape(file + ": no text was given for source " + String.join(", ", tally.withoutText)
          + "; add -t " + tally.withoutText.iterator().next() + "=FILE to anchor its quotes"));
    }
    return tally.failed() ? RootCommand.EXIT_FAILURE : 0;
  }

  /** True when writing the narrative as read gives the file's bytes: rewriting it then changes only the anchors. */
  private boolean inWritersLayout(Session session, NarrativeFormat format, Narrative narrative) {
    try {
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      session.limited(format).write(narrative, again);
      return Arrays.equals(again.toByteArray(), Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      return false; // the write itself will report a failure to write
    }
  }

  private Anchor refresh(Anchor anchor, Map<String, SourceText> texts, Map<String, Map<String, List<Integer>>> firstTwo,
      String path, Claim claim, Tally tally, PrintWriter out) {
    SourceText text = texts.get(anchor.source());
    if (text == null) {
      tally.withoutText.add(anchor.source());
      tally.skipped++;
      return anchor;
    }
    QuoteAnchoring.Outcome outcome = QuoteAnchoring.anchor(anchor, text,
        firstTwo.get(text.sourceId()).get(anchor.exact()));
    String where = file + ": " + path + " (claim " + claim.id() + "): ";
    if (outcome.problem().isPresent()) {
      tally.failed++;
      out.println(TerminalText.escape(where + outcome.problem().get()));
      return anchor;
    }
    Anchor refreshed = outcome.anchor();
    if (outcome.changed(anchor)) {
      tally.updated++;
      int start = refreshed.start().orElseThrow();
      out.println(TerminalText.escape(where + (anchor.start().isEmpty() ? "anchored" : "refreshed") + " at "
          + text.span(start, start).position() + " (code points " + start + ".." + refreshed.end().orElseThrow()
          + (anchor.start().isPresent() && !anchor.start().equals(refreshed.start())
              ? ", was " + anchor.start().get() + ".." + anchor.end().orElseThrow() : "") + ")"));
    } else {
      tally.upToDate++;
    }
    return refreshed;
  }

  /** What happened to the anchors of one file. */
  private static final class Tally {
    int updated;
    int upToDate;
    int failed;
    int skipped;
    final Set<String> withoutText = new LinkedHashSet<>();

    boolean failed() {
      return failed > 0 || skipped > 0;
    }

    String summary() {
      return count(updated + upToDate + failed + skipped, "anchor") + ": " + updated + " updated, " + upToDate
          + " already up to date, " + failed + " could not be anchored" + (skipped > 0 ? ", " + skipped
          + " without a source text" : "");
    }

    private static String count(int n, String what) {
      return n + " " + what + (n == 1 ? "" : "s");
    }
  }
}
