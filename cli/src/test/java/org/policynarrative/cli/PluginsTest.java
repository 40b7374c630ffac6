package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;

/**
 * A user's adapter jar, built here as a user would build it, is found without rebuilding the tool:
 * through {@code --plugins DIR} and {@code POLICY_NARRATIVE_PLUGINS}. (The distribution's
 * {@code plugins/} directory is tested on the real launcher by {@code DistributionIT}.)
 */
class PluginsTest {

  @TempDir
  Path dir;

  private Path plugins;
  private Path input;

  @BeforeEach
  void buildThePluginAndTheInput() throws IOException {
    plugins = Files.createDirectory(dir.resolve("plugins"));
    PluginJars.summaryFormat(plugins, PluginJars.coreClasspath());
    input = dir.resolve("reference.md");
    NarrativeFormats.installed().write(ReferenceNarrative.narrative(), input);
  }

  @Test
  void withoutThePluginsTheFormatIsUnknown() {
    CliRun run = CliRun.run("formats");
    assertThat(run.out()).doesNotContain(PluginJars.FORMAT);
  }

  @Test
  void formatsListsThePluginFormatAndItsJar() {
    CliRun run = CliRun.run("--plugins", plugins.toString(), "formats");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
        .matches("summary +\\.summary +text/x-narrative-summary +write +summary-format\\.jar"));
  }

  @Test
  void convertWritesWithThePluginFormat() throws IOException {
    Path out = dir.resolve("reference.summary");
    CliRun run = CliRun.run("convert", "--plugins", plugins.toString(), input.toString(), out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(PluginJars.summaryOf(ReferenceNarrative.narrative()));
  }

  @Test
  void thePluginFormatWritesToStandardOutputByName() {
    CliRun run = CliRun.run("--plugins", plugins.resolve("summary-format.jar").toString(),
        "convert", input.toString(), "-", "--to", "summary");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(PluginJars.summaryOf(ReferenceNarrative.narrative()));
  }

  @Test
  void theEnvironmentVariableAddsPluginsToo() {
    CliRun run = CliRun.withEnvironment(Map.of("POLICY_NARRATIVE_PLUGINS", "" + java.io.File.pathSeparator + plugins),
        "formats");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("summary-format.jar");
  }

  @Test
  void aWriteOnlyPluginFormatIsRefusedAsInput() throws IOException {
    Path summary = dir.resolve("x.summary");
    Files.writeString(summary, "x: 0 claims\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("--plugins", plugins.toString(), "stats", summary.toString());
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString().isEqualTo("policy-narrative stats: format 'summary' is"
        + " write-only and cannot read " + summary + "; formats that read: json, jsonl, markdown, yaml");
  }

  @Test
  void aMissingPluginDirectoryIsNamed() {
    Path missing = dir.resolve("no-plugins-here");
    CliRun run = CliRun.run("--plugins", missing.toString(), "formats");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString().isEqualTo("policy-narrative formats: --plugins " + missing
        + ", which does not exist; give a directory of adapter jars or a .jar file");
  }

  @Test
  void aMissingDirectoryInTheEnvironmentVariableIsNamed() {
    Path missing = dir.resolve("nowhere");
    CliRun run = CliRun.withEnvironment(Map.of("POLICY_NARRATIVE_PLUGINS", missing.toString()), "formats");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString()
        .isEqualTo("policy-narrative formats: POLICY_NARRATIVE_PLUGINS names " + missing
            + ", which does not exist; give a directory of adapter jars or a .jar file");
  }

  @Test
  void aBrokenPluginIsOneLineNamingTheJar() throws IOException {
    Path broken = Files.createDirectory(dir.resolve("broken"));
    Path jar = PluginJars.brokenFormat(broken);
    CliRun run = CliRun.run("--plugins", broken.toString(), "formats");
    assertThat(run.status()).isEqualTo(PolicyNarrativeCli.EXIT_FAILURE);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("policy-narrative formats: cannot load an installed format: ")
        .contains("org.example.missing.MissingFormat", jar.toString());
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void aJarGivenTwiceIsLoadedOnce() {
    CliRun run = CliRun.run("--plugins", plugins.toString(), "--plugins",
        plugins.resolve("summary-format.jar").toString(), "formats");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).filteredOn(line -> line.startsWith("summary ")).hasSize(1);
  }

  @Test
  void theRunLeavesTheContextClassLoaderAsItFoundIt() {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    CliRun.run("--plugins", plugins.toString(), "formats");
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
  }
}
