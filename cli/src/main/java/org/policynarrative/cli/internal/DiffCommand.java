package org.policynarrative.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.diff.DiffFormat;
import org.policynarrative.core.diff.NarrativeDiff;
import org.policynarrative.core.spi.NarrativeFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff A B}: the semantic diff of two narratives, each in any installed format, as text,
 * Markdown or JSON. Exit status as {@code diff}'s: 0 equal, 1 different, 2 trouble. With
 * {@code --git}, the arguments are those git gives an external diff driver, and a difference exits 0
 * (git stops at the first driver that exits otherwise).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Compare two narratives item by item: eras, sectors, policy lines, claims, sources, actors,"
        + " events and codes added, removed or changed (field by field), lists reordered, quotes moved in an"
        + " edited source text, possible renames; then the drift: eras renamed or redated, lines that"
        + " appeared or vanished, sector priorities per era, claims dropped and added, verdicts changed.",
        "A and B may be in different formats, each chosen by its extension (or --from); " + DiffCommand.DEV_NULL
            + " stands for no narrative, so that every item of the other side is added or removed.",
        "For git, as a diff driver: git config diff.narrative.command 'policy-narrative diff --git', and in"
            + " .gitattributes: *.json diff=narrative (docs/diff.md)."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the narratives are equal (and always with --git, unless trouble)", "1:they differ",
        "2:trouble: a file cannot be read or is invalid, or a usage error"})
final class DiffCommand implements Callable<Integer> {

  /** Exit status when the narratives differ. */
  static final int DIFFERENT = 1;

  /** Exit status on any error, as {@code diff}'s "trouble". */
  static final int TROUBLE = 2;

  /** What git and {@code diff -N} give for a file that does not exist on one side. */
  static final String DEV_NULL = "/dev/null";

  @Parameters(paramLabel = "FILE", arity = "2..9",
      description = {"A and B, the narratives before and after ('-' for standard input, once).",
          "With --git: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [NEW-PATH INFO], as git passes them."})
  List<String> files;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      completionCandidates = ReportFormats.class,
      description = "The report: text (the default), markdown (to paste into a pull request or an article) or json.")
  String format;

  @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format of standard input (-) and of a file whose extension names no installed format,"
          + " by name or extension; a file with a known extension is read in its own format.")
  String from;

  @Option(names = {"-s", "--silent"}, description = "Print nothing; only the exit status tells whether they differ.")
  boolean quiet;

  @Option(names = "--git",
      description = "Read git's external-diff arguments (for diff.<driver>.command) and exit 0 when they differ.")
  boolean git;

  @Spec
  CommandSpec spec;

  /** The list of report formats, for completion. */
  static final class ReportFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(DiffFormat.values()).map(DiffFormat::code).iterator();
    }
  }

  @Override
  public Integer call() throws IOException {
    Session session = RootCommand.session(spec);
    session.failureStatus(TROUBLE);
    DiffFormat report = reportFormat();
    Sides sides = git ? gitSides() : plainSides();
    if (Formats.isStandardStream(Path.of(sides.before)) && Formats.isStandardStream(Path.of(sides.after))) {
      throw new ParameterException(spec.commandLine(), "only one of A and B can be standard input (-)");
    }
    Narrative before = read(sides.before, sides.path);
    Narrative after = read(sides.after, sides.path);
    if (before == null && after == null) {
      throw new ParameterException(spec.commandLine(), "A and B are both " + DEV_NULL + ": nothing to compare");
    }
    NarrativeDiff diff = NarrativeDiff.between(before != null ? before : absent(after), after != null ? after : absent(before));
    if (!quiet) {
      report.write(diff, sides.beforeName, sides.afterName, session.out());
      session.out().flush();
    }
    return git || diff.isEmpty() ? 0 : DIFFERENT;
  }

  private DiffFormat reportFormat() {
    try {
      return DiffFormat.fromCode(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format " + format
          + ": not a report format; use text, markdown or json");
    }
  }

  /** The two files compared, what to call them, and (with --git) the path in the repository. */
  private record Sides(String before, String after, String beforeName, String afterName, String path) {}

  private Sides plainSides() {
    if (files.size() != 2) {
      throw new ParameterException(spec.commandLine(), "expected two files, A and B, but got " + files.size()
          + " (git's seven arguments need --git)");
    }
    return new Sides(files.get(0), files.get(1), files.get(0), files.get(1), null);
  }

  /** {@code PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [NEW-PATH INFO]} (git's GIT_EXTERNAL_DIFF). */
  private Sides gitSides() {
    if (files.size() != 7 && files.size() != 9) {
      throw new ParameterException(spec.commandLine(), "--git expects the 7 arguments git passes to an external"
          + " diff (9 for a rename), but got " + files.size() + "; without --git, give two files");
    }
    String path = files.get(0);
    String newPath = files.size() == 9 ? files.get(7) : path;
    String oldFile = files.get(1);
    String newFile = files.get(4);
    return new Sides(oldFile, newFile, DEV_NULL.equals(oldFile) ? DEV_NULL : "a/" + path,
        DEV_NULL.equals(newFile) ? DEV_NULL : "b/" + newPath, path);
  }

  /**
   * The narrative in {@code file}, or null for {@value #DEV_NULL}. The format: the file's extension's;
   * else (standard input, or an extension no format has) --from's; else, with --git, the repository
   * path's, as git's temporary copies may be named otherwise.
   */
  private Narrative read(String file, String repositoryPath) {
    if (DEV_NULL.equals(file)) {
      return null;
    }
    Session session = RootCommand.session(spec);
    Path path = Path.of(file);
    String format = null;
    if (Formats.isStandardStream(path) || session.formats().forPath(path).isEmpty()) {
      format = from;
      if (format == null && repositoryPath != null) {
        format = session.formats().forPath(Path.of(repositoryPath)).map(NarrativeFormat::name).orElse(null);
      }
    }
    return NarrativeInput.readOne(spec, path, format);
  }

  /** No narrative: the other side's id, title, language and version, and no item. */
  private static Narrative absent(Narrative other) {
    return Narrative.builder().id(other.id()).title(other.title()).language(other.language())
        .version(other.version()).build();
  }
}
