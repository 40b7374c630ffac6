package org.policynarrative.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;

/**
 * What a user's own code sees of the library compiles: the README's Java example as it is, on the
 * class path, and a module that requires only {@code org.policynarrative.markdown} and uses the
 * model (which it reads through {@code requires transitive}), on the module path.
 */
class ConsumerCompilationTest {

  @TempDir
  Path dir;

  @Test
  void theReadmeJavaExampleCompilesAsItIs() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher block = Pattern.compile("## Usage\\s+```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README.md has a ```java block under ## Usage").isTrue();
    Path source = dir.resolve("src/Example.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, block.group(1));

    String errors = compile(List.of("-classpath", libraryPath()), source);
    assertThat(errors).isEmpty();
  }

  @Test
  void aModuleThatRequiresOnlyTheMarkdownAdapterCanUseTheModel() throws Exception {
    Path src = dir.resolve("consumer");
    Files.createDirectories(src.resolve("org/example"));
    Files.writeString(src.resolve("module-info.java"),
        "module org.example { requires org.policynarrative.markdown; }\n");
    Files.writeString(src.resolve("org/example/Titles.java"), String.join("\n",
        "package org.example;",
        "import org.policynarrative.core.Narrative;",
        "import org.policynarrative.markdown.NarrativeMarkdown;",
        "public final class Titles {",
        "  public static String title(String markdown) throws java.io.IOException {",
        "    Narrative narrative = NarrativeMarkdown.create().read(new java.io.StringReader(markdown));",
        "    return narrative.title();",
        "  }",
        "}", ""));

    String errors = compile(List.of("--module-path", libraryPath()),
        src.resolve("module-info.java"), src.resolve("org/example/Titles.java"));
    assertThat(errors).isEmpty();
  }

  /**
   * Compiles with the JDK's own {@code javac}, in a process, into a fresh output folder; returns
   * what javac printed when it failed, empty when it compiled.
   */
  private String compile(List<String> options, Path... sources) throws IOException, InterruptedException {
    Path out = Files.createDirectories(dir.resolve("out-" + sources[0].getFileName()));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(options);
    command.addAll(List.of("--release", "17", "-d", out.toString()));
    Stream.of(sources).map(Path::toString).forEach(command::add);
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return javac.waitFor() == 0 ? "" : printed;
  }

  /** The jars (or class folders) of core, the formats and their dependencies, as this test sees them. */
  private static String libraryPath() {
    List<String> entries = new ArrayList<>();
    // By name: this module reads neither the Markdown adapter nor commonmark, but both are loaded.
    for (String anchor : List.of(Narrative.class.getName(), "org.policynarrative.markdown.NarrativeMarkdown",
        "org.commonmark.node.Node", "org.commonmark.ext.gfm.tables.TablesExtension")) {
      try {
        entries.add(Path.of(Class.forName(anchor).getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("cannot locate " + anchor, e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
