package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * What one run of the tool works with: its standard streams, its environment and, once a command
 * asks for them, the installed formats including those of plugin jars. Closing it puts back the
 * thread's context class loader and closes the plugin jars.
 */
final class Session implements AutoCloseable {

  private final InputStream stdin;
  private final StandardOutput stdout;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> environment;

  private boolean stdoutFailureReported;
  private int failureStatus = RootCommand.EXIT_FAILURE;
  private long maxDocumentSize;
  private Boolean progress;
  private List<Path> pluginOptions = List.of();
  private NarrativeFormats formats;
  private URLClassLoader pluginLoader;
  private ClassLoader previousContextLoader;

  /**
   * @param stdin what {@code -} reads
   * @param stdout what {@code -} writes to, as bytes; text output goes there too, as UTF-8
   * @param stderr where errors go, as UTF-8
   * @param environment the environment variables ({@code POLICY_NARRATIVE_PLUGINS})
   */
  Session(InputStream stdin, OutputStream stdout, OutputStream stderr, Map<String, String> environment) {
    this.stdin = stdin;
    this.stdout = new StandardOutput(stdout);
    this.out = new PrintWriter(new OutputStreamWriter(this.stdout, StandardCharsets.UTF_8), true);
    this.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    this.environment = environment;   // not copied: a run reads one variable, System.getenv() is immutable
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  InputStream stdin() {
    return stdin;
  }

  /** Standard output as bytes, for a narrative written to {@code -}; text written so far is flushed first. */
  OutputStream stdoutBytes() {
    out.flush();
    return stdout;
  }

  /**
   * Why standard output could not be written, if it could not and no command has reported it yet
   * (see {@link #stdoutFailureReported()}). Flushes the text written so far first.
   */
  Optional<IOException> unreportedStdoutFailure() {
    out.flush();
    return stdoutFailureReported ? Optional.empty() : stdout.failure();
  }

  /** Notes that a command has already reported the failure to write standard output. */
  void stdoutFailureReported() {
    stdoutFailureReported = true;
  }

  /**
   * Sets the exit status of a failure, {@link RootCommand#EXIT_FAILURE} unless a command says
   * otherwise: {@code diff} uses 1 for "different", so it fails with 2, as {@code diff} does.
   */
  void failureStatus(int status) {
    this.failureStatus = status;
  }

  /** The exit status of a failure: an error, or standard output that could not be written. */
  int failureStatus() {
    return failureStatus;
  }

  /** The value of {@code --max-document-size}; set once the command line is parsed. */
  void maxDocumentSize(long bytes) {
    this.maxDocumentSize = bytes;
  }

  /** The longest document, standard input or source text to read, in bytes. */
  long maxInputBytes(long byDefault) {
    return maxDocumentSize > 0 ? maxDocumentSize : byDefault;
  }

  /** {@code format} with the limit of {@code --max-document-size}, when it was given. */
  NarrativeFormat limited(NarrativeFormat format) {
    return maxDocumentSize > 0 ? format.withMaxDocumentLength(maxDocumentSize) : format;
  }

  /** {@code --progress} (true) or {@code --quiet} (false); set once the command line is parsed. */
  void progress(boolean show) {
    this.progress = show;
  }

  /**
   * Whether long work over a corpus reports its progress on standard error: as {@code --progress}
   * or {@code --quiet} say, else only when the tool runs on a terminal (the JVM has a console: both
   * standard input and output are a terminal), so that scripts, pipes and logs stay clean.
   */
  boolean showProgress() {
    return progress != null ? progress : System.console() != null;
  }

  /** True when {@code --progress} asked for progress, which then shows from the start. */
  boolean progressAsked() {
    return Boolean.TRUE.equals(progress);
  }

  /** The directories and jars given with {@code --plugins}; set once the command line is parsed. */
  void pluginOptions(List<Path> locations) {
    this.pluginOptions = List.copyOf(locations);
  }

  /**
   * The installed formats: the tool's own, those on the class path (the distribution's
   * {@code plugins/} directory) and those in the jars of {@code --plugins} and
   * {@code POLICY_NARRATIVE_PLUGINS}. Loaded on first use.
   *
   * @throws CliException when a plugin location is missing or a plugin cannot be loaded
   */
  NarrativeFormats formats() {
    if (formats == null) {
      List<Path> jars = Plugins.jars(pluginOptions, environment.get(Plugins.ENVIRONMENT_VARIABLE));
      if (!jars.isEmpty()) {
        pluginLoader = Plugins.loader(jars, Session.class.getClassLoader());
        // NarrativeFormats.installed() uses ServiceLoader.load(Class), which searches the thread's
        // context class loader: pointing it at the plugin jars (whose parent is the tool's own
        // loader) makes core find them without an API of its own for class loaders.
        previousContextLoader = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(pluginLoader);
      }
      formats = load(jars);
    }
    return formats;
  }

  private static NarrativeFormats load(List<Path> jars) {
    try {
      return NarrativeFormats.installed();
    } catch (ServiceConfigurationError | LinkageError e) {
      throw new CliException("cannot load an installed format: " + Errors.oneLine(e.getMessage())
          + Plugins.hint(jars), e);
    } catch (IllegalStateException e) {
      // Two formats claim the same name or extension: NarrativeFormats names both.
      throw new CliException(Errors.oneLine(e.getMessage()) + "; remove one of them" + Plugins.hint(jars), e);
    }
  }

  @Override
  public void close() {
    out.flush();
    err.flush();
    if (pluginLoader != null) {
      Thread.currentThread().setContextClassLoader(previousContextLoader);
      try {
        pluginLoader.close();
      } catch (IOException e) {
        // The run is over; a jar that does not close costs a file handle until exit, nothing more.
      }
    }
  }
}
