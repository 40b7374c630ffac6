package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.examples.reference.ReferenceNarrative;

/**
 * The distribution as a user installs it: the tar.gz that the build made, unpacked, and its
 * {@code bin/policy-narrative} run in a process (by its #! line, and by dash when there is one).
 * Runs after the package phase (failsafe), with the archive's path and the POM's version as system
 * properties.
 */
class DistributionIT {

  /** How many claims the reference data set has (the shipped Markdown is generated from it). */
  private static final int REFERENCE_CLAIMS = ReferenceNarrative.narrative().claims().size();

  private static final String REFERENCE = "/org/policynarrative/examples/reference/economic-construction";

  @TempDir
  static Path dir;

  private static Path archive;
  private static String version;
  private static Path home;
  private static Path markdown;
  private static Path sourceText;

  /** What one process printed and returned. */
  record Result(int status, String out, String err) {}

  @BeforeAll
  static void unpackTheDistribution() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell here: the sh launcher cannot run");
    archive = Path.of(System.getProperty("policy-narrative.distribution"));
    version = System.getProperty("policy-narrative.version");
    assertThat(archive).as("built by the package phase").isRegularFile();
    home = unpack(dir.resolve("install"));
    markdown = copyResource(REFERENCE + ".md", dir.resolve("economic-construction.md"));
    sourceText = copyResource(REFERENCE + ".txt", dir.resolve("economic-construction.txt"));
  }

  private static Path unpack(Path into) throws IOException, InterruptedException {
    Files.createDirectories(into);
    Result tar = exec(List.of("tar", "-xzf", archive.toString(), "-C", into.toString()), Map.of(), null);
    assertThat(tar.status()).as(tar.err()).isZero();
    return into.resolve("policy-narrative-" + version);
  }

  private static Path copyResource(String resource, Path target) throws IOException {
    try (InputStream in = DistributionIT.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Files.copy(in, target);
    }
    return target;
  }

  /** Runs the launcher of {@code install} directly (by its #! line) with these environment variables. */
  private static Result launch(Path install, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(install.resolve("bin/policy-narrative").toString()));
    command.addAll(List.of(args));
    return exec(command, environment, null);
  }

  private static Result launch(String... args) throws IOException, InterruptedException {
    return launch(home, Map.of(), args);
  }

  private static Result exec(List<String> command, Map<String, String> environment, byte[] stdin)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("POLICY_NARRATIVE_") || name.equals("JAVA_OPTS")
        || name.equals("JAVA_TOOL_OPTIONS") || name.equals("_JAVA_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
    env.remove("JAVA_HOME");
    // The java of this test first on the PATH: the launcher finds it there when JAVA_HOME is unset.
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.putAll(environment);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    try (var in = process.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin);
      }
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time: " + command).isTrue();
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void versionIsThePomVersion() throws Exception {
    Result run = launch("--version");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst()).contains("policy-narrative " + version);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validatesTheReferenceMarkdownWithAndWithoutItsSourceText() throws Exception {
    Result plain = launch("validate", markdown.toString());
    assertThat(plain.status()).as(plain.err()).isZero();
    assertThat(plain.out()).startsWith(markdown + ": valid (" + REFERENCE_CLAIMS
        + " claims); anchors not checked: no source text was given");

    Result checked = launch("validate", "--source-text", "economic-construction=" + sourceText, markdown.toString());
    assertThat(checked.status()).as(checked.err()).isZero();
    assertThat(checked.out()).contains("anchors checked against the text of economic-construction");
  }

  @Test
  void writesTheReferenceReportWithItsSourceText() throws Exception {
    Path report = dir.resolve("report.html");
    Result convert = launch("convert", "-t", "economic-construction=" + sourceText, markdown.toString(),
        report.toString());
    assertThat(convert.status()).as(convert.err()).isZero();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
        .contains("id=\"source-texts\"", "<mark class=\"quote\" id=\"span-");
  }

  @Test
  void everySubcommandRuns() throws Exception {
    Path json = dir.resolve("every-subcommand.json");
    Result convert = launch("convert", markdown.toString(), json.toString());
    assertThat(convert.status()).as(convert.err()).isZero();
    assertThat(json).isRegularFile();
    Result timeline = launch("timeline", json.toString());
    assertThat(timeline.out()).startsWith("Juche 42 (1953)");
    Result stats = launch("stats", json.toString());
    assertThat(stats.out()).contains("claims:       " + REFERENCE_CLAIMS);
    Result formats = launch("formats");
    assertThat(formats.out()).contains("json", "jsonl", "markdown", "policy-narrative.jar");
    Result completion = launch("completion");
    assertThat(completion.out()).contains("complete -F _complete_policy-narrative");
  }

  @Test
  void standardInputAndOutput() throws Exception {
    Result run = exec(List.of(home.resolve("bin/policy-narrative").toString(), "convert", "-", "-",
        "--from", "md", "--to", "json"), Map.of(), Files.readAllBytes(markdown));
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("{\n  \"format\": \"policy-narrative/2\"");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void errorsAreOneLineWithTheExitStatusOfTheirKind() throws Exception {
    Result missing = launch("validate", dir.resolve("missing.json").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("policy-narrative validate: no such file: " + dir.resolve("missing.json") + "\n");
    Result usage = launch("convert");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err().lines()).hasSize(1);
  }

  @Test
  void runsThroughSymbolicLinksFromAnotherDirectory() throws Exception {
    Path links = Files.createDirectories(dir.resolve("links/bin"));
    Path absolute = Files.createSymbolicLink(links.resolve("pn"), home.resolve("bin/policy-narrative"));
    // A relative link to that link: the launcher follows the chain to the real script.
    Path relative = Files.createSymbolicLink(dir.resolve("links/pn2"), Path.of("bin/pn"));
    for (Path link : List.of(absolute, relative)) {
      Result run = exec(List.of(link.toString(), "--version"), Map.of(), null);
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).startsWith("policy-narrative " + version);
    }
  }

  @Test
  void runsUnderDash() throws Exception {
    Optional<Path> dash = Stream.of("/bin/dash", "/usr/bin/dash").map(Path::of).filter(Files::isExecutable).findFirst();
    assumeTrue(dash.isPresent(), "dash is not installed here; the #! line's /bin/sh runs the other tests");
    Result run = exec(List.of(dash.get().toString(), home.resolve("bin/policy-narrative").toString(), "validate",
        markdown.toString()), Map.of(), null);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith(markdown + ": valid");
  }

  @Test
  void anAdapterJarInPluginsIsFoundWithoutRebuilding() throws Exception {
    Path install = unpack(dir.resolve("install-with-plugin"));
    PluginJars.summaryFormat(install.resolve("plugins"), install.resolve("lib/policy-narrative.jar").toString());

    Result formats = launch(install, Map.of(), "formats");
    assertThat(formats.status()).as(formats.err()).isZero();
    assertThat(formats.out()).containsPattern("summary +\\.summary +text/x-narrative-summary +write +summary-format\\.jar");

    Path out = dir.resolve("reference.summary");
    Result convert = launch(install, Map.of(), "convert", markdown.toString(), out.toString());
    assertThat(convert.status()).as(convert.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo("economic-construction: " + REFERENCE_CLAIMS + " claims\n");
  }

  @Test
  void theEnvironmentVariableAddsAdapterJars() throws Exception {
    Path jars = Files.createDirectories(dir.resolve("environment-plugins"));
    PluginJars.summaryFormat(jars, home.resolve("lib/policy-narrative.jar").toString());
    Result run = launch(home, Map.of("POLICY_NARRATIVE_PLUGINS", jars.toString()), "formats");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("summary-format.jar");
    assertThat(launch("formats").out()).doesNotContain("summary");
  }

  @Test
  void theRunnableJarMergesEveryModulesServicesAndTakesPluginsByOption() throws Exception {
    Path jars = Files.createDirectories(dir.resolve("jar-plugins"));
    Path jar = home.resolve("lib/policy-narrative.jar");
    PluginJars.summaryFormat(jars, jar.toString());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Result run = exec(List.of(java.toString(), "-jar", jar.toString(), "--plugins", jars.toString(), "formats"),
        Map.of(), null);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().map(line -> line.split(" +")[0]).collect(Collectors.toList()))
        .containsExactly("NAME", "html", "json", "jsonl", "markdown", "summary");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(zip.stream().map(ZipEntry::getName)).noneMatch(name -> name.endsWith("module-info.class"));
    }
  }

  @Test
  void javaHomeIsHonouredAndABadOneIsNamed() throws Exception {
    // A JAVA_HOME whose bin/java leaves a mark, then runs the real java.
    Path fakeHome = dir.resolve("marking-jdk");
    Path java = Files.createDirectories(fakeHome.resolve("bin")).resolve("java");
    Path mark = dir.resolve("java-home-was-used");
    Files.writeString(java, "#!/bin/sh\necho used >> '" + mark + "'\nexec '"
        + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n", StandardCharsets.UTF_8);
    assertThat(java.toFile().setExecutable(true)).isTrue();
    Result good = launch(home, Map.of("JAVA_HOME", fakeHome.toString(), "POLICY_NARRATIVE_CDS", "off"), "--version");
    assertThat(good.status()).as(good.err()).isZero();
    assertThat(good.out()).startsWith("policy-narrative " + version);
    assertThat(Files.readString(mark)).isEqualTo("used\n");

    Path noJava = Files.createDirectories(dir.resolve("not-a-jdk"));
    Result bad = launch(home, Map.of("JAVA_HOME", noJava.toString()), "--version");
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).isEqualTo("policy-narrative: JAVA_HOME is " + noJava + ", but " + noJava
        + "/bin/java is not a program; set JAVA_HOME to a Java 17 or later installation, or unset it to use the"
        + " java on the PATH\n");
  }

  /**
   * The first run makes the class-data archive; later runs map their classes from it. JAVA_OPTS
   * reaches the JVM: -Xshare:on makes it fail unless the archive is usable, and the class-loading
   * log says where each class came from.
   */
  @Test
  void theFirstRunMakesTheClassDataArchiveThatLaterRunsUse() throws Exception {
    Path cds = dir.resolve("cds");
    Map<String, String> environment = new HashMap<>(Map.of("POLICY_NARRATIVE_CDS_DIR", cds.toString()));
    Result first = launch(home, environment, "--version");
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("policy-narrative " + version);
    List<Path> archives;
    try (Stream<Path> files = Files.list(cds)) {
      archives = files.collect(Collectors.toList());
    }
    assertThat(archives).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).endsWith(".jsa"));

    Path log = dir.resolve("class-load.log");
    environment.put("JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + log);
    Result later = launch(home, environment, "validate", markdown.toString());
    assertThat(later.status()).as(later.err()).isZero();
    List<String> fromArchive = Files.readAllLines(log).stream()
        .filter(line -> line.contains("source: shared objects file (top)")).collect(Collectors.toList());
    assertThat(fromArchive).anySatisfy(line -> assertThat(line).contains("org.policynarrative.cli.internal.RootCommand"))
        .anySatisfy(line -> assertThat(line).contains("org.policynarrative.markdown"))
        .anySatisfy(line -> assertThat(line).contains("org.commonmark"));

    Result off = launch(home, Map.of("POLICY_NARRATIVE_CDS", "off", "POLICY_NARRATIVE_CDS_DIR",
        dir.resolve("cds-off").toString()), "--version");
    assertThat(off.status()).as(off.err()).isZero();
    assertThat(dir.resolve("cds-off")).doesNotExist();
  }

  @Test
  void theZipHoldsWhatTheTarHoldsAndTheWindowsLauncherHasCrLf() throws Exception {
    Path zipPath = Path.of(archive.toString().replaceAll("\\.tar\\.gz$", ".zip"));
    List<String> zipEntries;
    try (ZipFile zip = new ZipFile(zipPath.toFile())) {
      zipEntries = zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).sorted()
          .collect(Collectors.toList());
      String cmd = new String(zip.getInputStream(zip.getEntry("policy-narrative-" + version
          + "/bin/policy-narrative.cmd")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(cmd).contains("\r\n").doesNotContainPattern("[^\r]\n");
    }
    Result tar = exec(List.of("tar", "-tzf", archive.toString()), Map.of(), null);
    List<String> tarEntries = tar.out().lines().filter(name -> !name.endsWith("/")).sorted()
        .collect(Collectors.toList());
    assertThat(zipEntries).isEqualTo(tarEntries);
    String base = "policy-narrative-" + version + "/";
    assertThat(tarEntries).contains(base + "bin/policy-narrative", base + "bin/policy-narrative.cmd",
        base + "lib/policy-narrative.jar", base + "plugins/README.md", base + "README.md");
    Path repository = archive.toAbsolutePath().getParent().getParent().getParent();
    assertThat(tarEntries.contains(base + "LICENSE")).isEqualTo(Files.exists(repository.resolve("LICENSE")));
  }
}
