package org.policynarrative.testing;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Huge test inputs made on the fly: a head, a unit repeated many times, a tail, so that a 50 MB
 * string or a million claims cost no memory in the test itself.
 */
public final class GeneratedInput extends InputStream {

  private final byte[] unit;
  private final long repeats;
  private long unitsDone;
  private int positionInUnit;

  private GeneratedInput(byte[] unit, long repeats) {
    this.unit = unit;
    this.repeats = unit.length == 0 ? 0 : repeats;
  }

  /** {@code head}, then {@code unit} {@code repeats} times, then {@code tail}, in UTF-8. */
  public static InputStream of(String head, String unit, long repeats, String tail) {
    return of(head.getBytes(StandardCharsets.UTF_8), unit.getBytes(StandardCharsets.UTF_8), repeats,
        tail.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code head}, then {@code unit} {@code repeats} times, then {@code tail}. */
  public static InputStream of(byte[] head, byte[] unit, long repeats, byte[] tail) {
    List<InputStream> parts = List.of(new java.io.ByteArrayInputStream(head), new GeneratedInput(unit, repeats),
        new java.io.ByteArrayInputStream(tail));
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  /**
   * {@code count} units made as they are read, {@code unit.apply(0)} to {@code unit.apply(count - 1)},
   * in UTF-8: for inputs whose repeated parts must differ, such as a million claims with distinct ids.
   */
  public static InputStream numbered(int count, IntFunction<String> unit) {
    return new SequenceInputStream(new java.util.Enumeration<InputStream>() {
      private int next;

      @Override
      public boolean hasMoreElements() {
        return next < count;
      }

      @Override
      public InputStream nextElement() {
        return new java.io.ByteArrayInputStream(unit.apply(next++).getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  /** Parts one after the other. */
  public static InputStream concat(InputStream... parts) {
    return new SequenceInputStream(Collections.enumeration(List.of(parts)));
  }

  /** The total length of {@link #of(String, String, long, String)}, in bytes. */
  public static long length(String head, String unit, long repeats, String tail) {
    return List.of(head, tail).stream().collect(Collectors.summingLong(s -> s.getBytes(StandardCharsets.UTF_8).length))
        + unit.getBytes(StandardCharsets.UTF_8).length * repeats;
  }

  @Override
  public int read() {
    if (unitsDone >= repeats) {
      return -1;
    }
    int b = unit[positionInUnit++] & 0xff;
    if (positionInUnit == unit.length) {
      positionInUnit = 0;
      unitsDone++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (unitsDone >= repeats) {
      return -1;
    }
    int written = 0;
    while (written < length && unitsDone < repeats) {
      int n = Math.min(length - written, unit.length - positionInUnit);
      System.arraycopy(unit, positionInUnit, buffer, offset + written, n);
      written += n;
      positionInUnit += n;
      if (positionInUnit == unit.length) {
        positionInUnit = 0;
        unitsDone++;
      }
    }
    return written;
  }
}
