package org.policynarrative.testing.node;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A small Node.js project that a test runs: its files (a {@code package.json}, the
 * {@code package-lock.json} that pins every package, and the scripts) are copied from a folder of
 * the module's test sources into one under {@code target/}, its packages are installed there with
 * {@code npm ci} from the lock file (the first time; a later run finds them), and its scripts run
 * with {@code node}. The tests that use it compare the library with an independent JavaScript
 * implementation (ajv, edtf.js) or run a JavaScript engine (axe-core).
 *
 * <p>Without Node.js, or without the npm registry the first time, the test fails with a message
 * that says what it needs; it never passes, and is never skipped, without having run. Each
 * program's output goes to {@code <program>.log} in the work folder, and into the failure message
 * when the program fails.
 */
public final class NodeProject {

  private final Path source;
  private final Path work;
  private final String nodeProperty;
  private final String npmProperty;
  private final String needs;
  private final String advice;
  private final Map<String, String> environment;

  private NodeProject(Path source, Path work, String nodeProperty, String npmProperty, String needs, String advice,
      Map<String, String> environment) {
    this.source = source;
    this.work = work;
    this.nodeProperty = nodeProperty;
    this.npmProperty = npmProperty;
    this.needs = needs;
    this.advice = advice;
    this.environment = environment;
  }

  /**
   * A project copied from {@code source} to {@code work}, run with the {@code node} and {@code npm}
   * on the path.
   *
   * @param source the folder of the project's files in the test sources, e.g. {@code src/test/ajv}
   * @param work the folder it is installed and run in, e.g. {@code target/ajv}
   * @param needs what the test needs Node.js for, the start of the message when a program cannot be
   *     started, e.g. {@code "AjvSchemaTest needs Node.js 18 or later ('node' and 'npm' on the PATH) to run ajv"}
   * @return the project
   */
  public static NodeProject of(Path source, Path work, String needs) {
    return new NodeProject(source, work, null, null, needs, "", Map.of());
  }

  /**
   * {@return this project, with {@code node} and {@code npm} taken from the given system properties when they are set}
   *
   * @param nodeProperty the system property that names another {@code node}
   * @param npmProperty the system property that names another {@code npm}
   */
  public NodeProject programsFrom(String nodeProperty, String npmProperty) {
    return new NodeProject(source, work, nodeProperty, npmProperty, needs, advice, environment);
  }

  /**
   * {@return this project, the message when a program cannot be started ending with {@code advice}}
   *
   * @param advice a sentence on what to do, e.g. {@code "Install Node.js: the build ... does not pass without it."}
   */
  public NodeProject advising(String advice) {
    return new NodeProject(source, work, nodeProperty, npmProperty, needs, advice, environment);
  }

  /**
   * {@return this project, its programs run with the environment variable {@code name} set to {@code value}}
   *
   * @param name the variable, e.g. {@code TZ}
   * @param value its value
   */
  public NodeProject withEnvironment(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(environment);
    more.put(name, value);
    return new NodeProject(source, work, nodeProperty, npmProperty, needs, advice, Map.copyOf(more));
  }

  /** {@return the folder the project is installed and run in} */
  public Path work() {
    return work;
  }

  /**
   * Copies {@code files} from the source folder to the work folder (replacing older copies) and
   * installs the packages with {@code npm ci --ignore-scripts --no-audit --no-fund}, unless
   * {@code node_modules/<packageName>} already holds {@code version}.
   *
   * @param files the names of the files to copy, {@code package.json} and {@code package-lock.json} among them
   * @param packageName the package whose installed version tells whether to install
   * @param version the version the lock file pins
   * @param what how a failure names the installation, e.g. {@code "npm ci (installing ajv 8.20.0 from the npm registry)"}
   * @throws IOException if a file cannot be copied or read
   * @throws InterruptedException if interrupted while waiting for npm
   * @throws AssertionError if npm cannot be started, takes over ten minutes or fails
   */
  public void install(List<String> files, String packageName, String version, String what)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    for (String file : files) {
      Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Path installed = work.resolve("node_modules/" + packageName + "/package.json");
    if (Files.exists(installed) && Files.readString(installed).contains("\"version\": \"" + version + "\"")) {
      return;
    }
    run(List.of(program(npmProperty, "npm"), "ci", "--ignore-scripts", "--no-audit", "--no-fund"), what, 600);
  }

  /**
   * Runs {@code node} with {@code arguments} in the work folder.
   *
   * @param what how a failure names the run, e.g. {@code "node check.mjs"}
   * @param timeoutSeconds how long it may take
   * @param arguments the script and its arguments, paths relative to the work folder
   * @throws IOException if its output cannot be read
   * @throws InterruptedException if interrupted while waiting for node
   * @throws AssertionError if node cannot be started, takes too long or fails
   */
  public void node(String what, int timeoutSeconds, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(program(nodeProperty, "node"));
    command.addAll(List.of(arguments));
    run(command, what, timeoutSeconds);
  }

  /** Runs {@code command} in the work folder; fails the test with its output unless it succeeds. */
  private void run(List<String> command, String what, int timeoutSeconds) throws IOException, InterruptedException {
    Path log = work.resolve(Path.of(command.get(0)).getFileName() + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      fail(needs + "; " + command.get(0) + " could not be started (" + e.getMessage() + ")"
          + (advice.isEmpty() ? "" : ". " + advice));
      return;
    }
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(what + " did not finish within " + timeoutSeconds + " s; its output is in " + log.toAbsolutePath());
    }
    if (process.exitValue() != 0) {
      fail(what + " failed (exit " + process.exitValue() + "):\n" + Files.readString(log));
    }
  }

  /** {@code name} ({@code name.exe} or {@code name.cmd} on Windows), or the program {@code property} names. */
  private static String program(String property, String name) {
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    String program = windows ? name + (name.equals("node") ? ".exe" : ".cmd") : name;
    return property == null ? program : System.getProperty(property, program);
  }
}
