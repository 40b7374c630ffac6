package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version of the POM the tool was built from (Maven writes it into
 * {@code version.properties}), and the Java that runs it.
 */
final class VersionProvider implements IVersionProvider {

  /** The tool's version, such as {@code 0.1.0}; {@code unknown} when it was built without Maven. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Unreadable resource: report the version as unknown rather than fail --version.
    }
    String version = properties.getProperty("version", "");
    return version.isBlank() || version.contains("${") ? "unknown" : version.strip();
  }

  @Override
  public String[] getVersion() {
    return new String[] {
        "policy-narrative " + version(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
            + System.getProperty("java.vendor") + ")"};
  }
}
