package org.policynarrative.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import org.policynarrative.core.Narrative;

/**
 * Adapter jars built by the tests, as a user would build one outside the project: a
 * {@code NarrativeFormat} compiled against core alone, with its {@code META-INF/services} entry.
 * javac and jar run through {@link ToolProvider}, in the test's own JVM.
 */
final class PluginJars {

  /** The name of the format in {@link #summaryFormat}. */
  static final String FORMAT = "summary";

  /** What the format writes for a narrative: {@code <id>: <n> claims}. */
  static String summaryOf(Narrative narrative) {
    return narrative.id() + ": " + narrative.claims().size() + " claims\n";
  }

  private static final String SOURCE = """
      package org.example.summary;

      import java.io.IOException;
      import java.io.InputStream;
      import java.io.OutputStream;
      import java.nio.charset.StandardCharsets;
      import java.util.List;
      import org.policynarrative.core.Narrative;
      import org.policynarrative.core.spi.NarrativeFormat;

      /** A write-only format: one line saying how many claims the narrative has. */
      public final class SummaryFormat implements NarrativeFormat {
        public String name() { return "summary"; }
        public String mediaType() { return "text/x-narrative-summary"; }
        public List<String> fileExtensions() { return List.of(".summary"); }
        public boolean canRead() { return false; }
        public Narrative read(InputStream in) { throw new UnsupportedOperationException("write-only"); }
        public void write(Narrative narrative, OutputStream out) throws IOException {
          out.write((narrative.id() + ": " + narrative.claims().size() + " claims\\n").getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      }
      """;

  private PluginJars() {}

  /**
   * Compiles the {@value #FORMAT} format against {@code classpath} and jars it with its service file
   * as {@code dir/summary-format.jar}.
   */
  static Path summaryFormat(Path dir, String classpath) throws IOException {
    Path work = Files.createTempDirectory(dir, "plugin-build");
    Path source = work.resolve("src/org/example/summary/SummaryFormat.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE, StandardCharsets.UTF_8);
    Path classes = work.resolve("classes");
    run("javac", "--release", "17", "-cp", classpath, "-d", classes.toString(), source.toString());
    Path services = classes.resolve("META-INF/services/org.policynarrative.core.spi.NarrativeFormat");
    Files.createDirectories(services.getParent());
    Files.writeString(services, "org.example.summary.SummaryFormat\n", StandardCharsets.UTF_8);
    return jar(dir.resolve("summary-format.jar"), classes);
  }

  private static final String OUT_OF_MEMORY_SOURCE = """
      package org.example.oom;

      import java.io.InputStream;
      import java.io.OutputStream;
      import java.util.List;
      import org.policynarrative.core.Narrative;
      import org.policynarrative.core.spi.NarrativeFormat;

      /** A format whose reader runs out of memory, as a reader of a huge document does. */
      public final class OutOfMemoryFormat implements NarrativeFormat {
        public String name() { return "oom"; }
        public String mediaType() { return "text/x-oom"; }
        public List<String> fileExtensions() { return List.of(".oom"); }
        public boolean canWrite() { return false; }
        public Narrative read(InputStream in) { throw new OutOfMemoryError("Java heap space"); }
        public void write(Narrative narrative, OutputStream out) { throw new UnsupportedOperationException(); }
      }
      """;

  /** A read-only format {@code oom} (extension {@code .oom}) whose reader throws {@link OutOfMemoryError}. */
  static Path outOfMemoryFormat(Path dir, String classpath) throws IOException {
    Path work = Files.createTempDirectory(dir, "plugin-build");
    Path source = work.resolve("src/org/example/oom/OutOfMemoryFormat.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, OUT_OF_MEMORY_SOURCE, StandardCharsets.UTF_8);
    Path classes = work.resolve("classes");
    run("javac", "--release", "17", "-cp", classpath, "-d", classes.toString(), source.toString());
    Path services = classes.resolve("META-INF/services/org.policynarrative.core.spi.NarrativeFormat");
    Files.createDirectories(services.getParent());
    Files.writeString(services, "org.example.oom.OutOfMemoryFormat\n", StandardCharsets.UTF_8);
    return jar(dir.resolve("oom-format.jar"), classes);
  }

  /** A jar whose service file names a class it does not contain. */
  static Path brokenFormat(Path dir) throws IOException {
    Path classes = Files.createTempDirectory(dir, "broken-build");
    Path services = classes.resolve("META-INF/services/org.policynarrative.core.spi.NarrativeFormat");
    Files.createDirectories(services.getParent());
    Files.writeString(services, "org.example.missing.MissingFormat\n", StandardCharsets.UTF_8);
    return jar(dir.resolve("broken-format.jar"), classes);
  }

  /** Where core's classes are, for compiling against them in-process. */
  static String coreClasspath() {
    try {
      return Path.of(Narrative.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path jar(Path jar, Path classes) {
    run("jar", "--create", "--file", jar.toString(), "-C", classes.toString(), ".");
    return jar;
  }

  private static void run(String tool, String... args) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
    int status = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(tool + " not found"))
        .run(print, print, args);
    if (status != 0) {
      throw new IllegalStateException(tool + " failed: " + output.toString(StandardCharsets.UTF_8));
    }
  }
}
