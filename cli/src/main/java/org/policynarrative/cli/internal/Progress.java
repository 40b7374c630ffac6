package org.policynarrative.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress report on standard error for work over a large corpus: narratives done, the
 * rate and, when the input's size is known, the share done and the time left. The line is redrawn
 * in place (carriage return) at most four times a second and cleared at the end. A disabled
 * progress prints nothing: the tool shows progress only on a terminal, or when asked.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 250_000_000L;
  /** On a terminal, progress appears only for work that lasts: nothing during the first second. */
  private static final long DELAY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final String what;
  private final long delayNanos;
  private final long started = System.nanoTime();
  private long totalBytes = -1;
  private long lastDrawn;
  private int drawnLength;

  private Progress(PrintWriter err, boolean enabled, String what, long delayNanos) {
    this.err = err;
    this.enabled = enabled;
    this.what = what;
    this.delayNanos = delayNanos;
  }

  /** The progress of one command; {@code what} names the work, such as {@code validating}. */
  static Progress of(Session session, String what) {
    return new Progress(session.err(), session.showProgress(), what, session.progressAsked() ? 0 : DELAY_NANOS);
  }

  /** A progress that never prints. */
  static Progress none() {
    return new Progress(null, false, "", 0);
  }

  /** Sets the total size of the input, in bytes, when it is known (a regular file). */
  void totalBytes(long bytes) {
    this.totalBytes = bytes;
  }

  /** Reports that {@code narratives} narratives are done and {@code bytes} bytes of input read. */
  void update(long narratives, long bytes) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - started < delayNanos || (lastDrawn != 0 && now - lastDrawn < INTERVAL_NANOS)) {
      return;
    }
    lastDrawn = now;
    draw(line(narratives, bytes, now - started));
  }

  /** Clears the progress line, so that what follows starts on a clean line. */
  void finish() {
    if (enabled && drawnLength > 0) {
      err.print("\r" + " ".repeat(drawnLength) + "\r");
      err.flush();
      drawnLength = 0;
    }
  }

  /** The text of the progress line; package-private for the tests. */
  String line(long narratives, long bytes, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    StringBuilder line = new StringBuilder(what).append(' ')
        .append(String.format(Locale.ROOT, "%,d narratives, %,.0f/s", narratives, narratives / seconds));
    if (totalBytes > 0 && bytes > 0) {
      double done = Math.min(1.0, (double) bytes / totalBytes);
      line.append(String.format(Locale.ROOT, ", %.0f%%", done * 100));
      long left = Math.round(seconds * (1 - done) / done);
      line.append(String.format(Locale.ROOT, ", %d:%02d left", left / 60, left % 60));
    }
    return line.toString();
  }

  private void draw(String line) {
    String padded = line.length() < drawnLength ? line + " ".repeat(drawnLength - line.length()) : line;
    err.print("\r" + padded);
    err.flush();
    drawnLength = line.length();
  }
}
