package org.policynarrative.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The artifact's version, read from a resource that Maven fills in at build time. */
public final class ModuleVersion {

  /** The version of policy-narrative-io-json, or {@link Version#unknownVersion()} when it cannot be read. */
  public static final Version VERSION = load();

  private ModuleVersion() {}

  private static Version load() {
    try (InputStream in = ModuleVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties properties = new Properties();
      properties.load(in);
      return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
          properties.getProperty("artifactId"));
    } catch (IOException e) {
      return Version.unknownVersion();
    }
  }
}
