package org.policynarrative.core.spi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.policynarrative.core.Narrative;

/**
 * A tiny test format: four lines (id, title, language, version). It can be made read-only or
 * write-only, and can be told to fail half-way through a write.
 */
final class FakeFormat implements NarrativeFormat {

  private final String name;
  private final List<String> extensions;
  private final boolean canRead;
  private final boolean canWrite;
  private final boolean failHalfWay;

  private FakeFormat(String name, List<String> extensions, boolean canRead, boolean canWrite, boolean failHalfWay) {
    this.name = name;
    this.extensions = extensions;
    this.canRead = canRead;
    this.canWrite = canWrite;
    this.failHalfWay = failHalfWay;
  }

  static FakeFormat named(String name, String... extensions) {
    return new FakeFormat(name, List.of(extensions), true, true, false);
  }

  FakeFormat readOnly() {
    return new FakeFormat(name, extensions, true, false, failHalfWay);
  }

  FakeFormat writeOnly() {
    return new FakeFormat(name, extensions, false, true, failHalfWay);
  }

  FakeFormat failingHalfWay() {
    return new FakeFormat(name, extensions, canRead, canWrite, true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String mediaType() {
    return "text/x-" + name;
  }

  @Override
  public List<String> fileExtensions() {
    return extensions;
  }

  @Override
  public boolean canRead() {
    return canRead;
  }

  @Override
  public boolean canWrite() {
    return canWrite;
  }

  @Override
  public Narrative read(InputStream in) throws IOException {
    if (!canRead) {
      throw new UnsupportedOperationException(name + " is write-only");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n", -1);
    if (lines.length < 4) {
      throw NarrativeFormatException.builder(name, "expected 4 lines: id, title, language, version")
          .at(lines.length, 1).build();
    }
    try {
      return Narrative.builder().id(lines[0]).title(lines[1]).language(lines[2]).version(lines[3]).build();
    } catch (IllegalArgumentException e) {
      throw NarrativeFormatException.builder(name, e.getMessage()).at(1, 1).path("/").cause(e).build();
    }
  }

  @Override
  public void write(Narrative narrative, OutputStream out) throws IOException {
    if (!canWrite) {
      throw new UnsupportedOperationException(name + " is read-only");
    }
    String text = String.join("\n", narrative.id(), narrative.title(), narrative.language(), narrative.version());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (failHalfWay) {
      out.write(bytes, 0, bytes.length / 2);
      out.flush();
      throw new IOException("disk full (simulated) after " + bytes.length / 2 + " bytes");
    }
    out.write(bytes);
  }
}
