package org.policynarrative.cli.internal;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Adapter jars that users add without rebuilding the tool: the jars named by {@code --plugins}
 * and by the environment variable {@value #ENVIRONMENT_VARIABLE}, each a jar or a directory of
 * jars. (The distribution's launcher puts its own {@code plugins/} directory on the class path.)
 */
final class Plugins {

  /** Directories of jars, or jars, separated by the platform's path separator ({@code :} or {@code ;}). */
  static final String ENVIRONMENT_VARIABLE = "POLICY_NARRATIVE_PLUGINS";

  private Plugins() {}

  /**
   * The jars to load, in order: those of the options, then those of the environment variable; in a
   * directory, its {@code *.jar} files by name.
   *
   * @throws CliException when a location does not exist or is neither a directory nor a jar
   */
  static List<Path> jars(List<Path> options, String environmentValue) {
    Set<Path> jars = new LinkedHashSet<>();
    for (Path location : options) {
      addJars(location, "--plugins " + location, jars);
    }
    if (environmentValue != null) {
      for (String entry : environmentValue.split(File.pathSeparator, -1)) {
        if (!entry.isBlank()) {
          addJars(Path.of(entry.strip()), ENVIRONMENT_VARIABLE + " names " + entry.strip(), jars);
        }
      }
    }
    return new ArrayList<>(jars);
  }

  /** Adds the jars at {@code location}, each once whatever path reaches it. */
  private static void addJars(Path location, String given, Set<Path> jars) {
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location)) {
        files.filter(Plugins::isJar).filter(Files::isRegularFile).sorted()
            .forEach(jar -> jars.add(jar.toAbsolutePath().normalize()));
      } catch (IOException e) {
        throw new CliException(given + ", a directory that cannot be listed: " + Errors.describe(e), e);
      }
    } else if (Files.isRegularFile(location) && isJar(location)) {
      jars.add(location.toAbsolutePath().normalize());
    } else if (Files.exists(location)) {
      throw new CliException(given + ", which is neither a directory of jars nor a .jar file");
    } else {
      throw new CliException(given + ", which does not exist; give a directory of adapter jars or a .jar file");
    }
  }

  private static boolean isJar(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
  }

  /** A loader for the jars whose parent is the tool's own loader, so that plugins see core's SPI. */
  static URLClassLoader loader(List<Path> jars, ClassLoader parent) {
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new CliException("cannot load the plugin jar " + jars.get(i) + ": " + e.getMessage(), e);
      }
    }
    return new URLClassLoader("policy-narrative-plugins", urls, parent);
  }

  /** Where to look when loading fails: the plugin jars given, if any. */
  static String hint(List<Path> jars) {
    return jars.isEmpty() ? " (check the jars in the plugins directory of the installation)"
        : " (plugin jars: " + jars.stream().map(Path::toString).collect(Collectors.joining(", ")) + ")";
  }
}
