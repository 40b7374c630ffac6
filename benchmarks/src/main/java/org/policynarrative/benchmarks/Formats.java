package org.policynarrative.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;

/** The installed formats the benchmarks measure, found the way users find them: through the SPI. */
final class Formats {

  private Formats() {}

  /** The installed format called {@code name}; fails naming the module to put on the class path. */
  static NarrativeFormat named(String name, String module) {
    return NarrativeFormats.installed().byName(name).orElseThrow(() -> new IllegalStateException(
        "no '" + name + "' format installed: is " + module + " on the class path of the benchmarks jar?"));
  }

  /** {@code narrative} in {@code format}, as bytes (setup code). */
  static byte[] write(NarrativeFormat format, Narrative narrative) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format.write(narrative, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Reads {@code bytes} back and fails unless that gives {@code expected}: the payloads must round-trip. */
  static void checkRoundTrip(NarrativeFormat format, byte[] bytes, Narrative expected) {
    Narrative read;
    try {
      read = format.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!read.equals(expected)) {
      throw new IllegalStateException(format.name() + " did not round-trip the benchmark narrative " + expected.id());
    }
  }
}
