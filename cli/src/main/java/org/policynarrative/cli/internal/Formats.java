package org.policynarrative.cli.internal;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;

/** Checks made before any work, so that a bad output name fails before the input is read. */
final class Formats {

  private Formats() {}

  static NarrativeFormat forWriting(NarrativeFormats formats, Path path) {
    NarrativeFormat format = formats.forPath(path).orElseThrow(() -> new CliException(
        "no installed format writes " + path + "; known extensions: " + writableExtensions(formats)));
    if (!format.canWrite()) {
      throw new CliException("format '" + format.name() + "' is read-only and cannot write " + path
          + "; known extensions: " + writableExtensions(formats));
    }
    return format;
  }

  private static String writableExtensions(NarrativeFormats formats) {
    String known = formats.all().stream().filter(NarrativeFormat::canWrite)
        .flatMap(f -> f.fileExtensions().stream()).sorted().collect(Collectors.joining(", "));
    return known.isEmpty() ? "none (no format is installed)" : known;
  }
}
