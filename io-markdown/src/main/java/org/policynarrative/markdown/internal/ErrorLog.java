package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * The errors of one read, so that a user fixes them all at once: each construct (the metadata, a
 * source, an era, a policy line, a claim, a sector, a code...) is read by {@link #attempt}, and an
 * error in it skips that construct, not the rest of the document. At
 * {@link NarrativeFormatException#MAX_ERRORS} errors reading stops.
 * {@link #throwIfAny()} throws the first error in document order with the others as its
 * {@link NarrativeFormatException#moreErrors()}.
 */
final class ErrorLog {

  /** Errors by line, then column; an unknown column (0) sorts first on its line. */
  private static final Comparator<NarrativeFormatException> DOCUMENT_ORDER =
      Comparator.comparingInt((NarrativeFormatException e) -> e.line().orElse(0))
          .thenComparingInt(e -> e.column().orElse(0));

  private final List<NarrativeFormatException> errors = new ArrayList<>();
  /** The errors thrown once the log is full, passed on by every enclosing {@link #attempt}. */
  private NarrativeFormatException stop;

  /**
   * Runs one construct's reading; an error in it is logged and the construct skipped.
   *
   * @return whether it was read without error
   * @throws NarrativeFormatException every error logged, once there are
   *     {@link NarrativeFormatException#MAX_ERRORS}: the rest of the document is not read
   */
  boolean attempt(Runnable read) {
    try {
      read.run();
      return true;
    } catch (NarrativeFormatException e) {
      if (e == stop) {
        throw e;
      }
      add(e);
      return false;
    }
  }

  /**
   * Logs an error found outside {@link #attempt} (a block that belongs to no construct).
   *
   * @throws NarrativeFormatException every error logged, once there are
   *     {@link NarrativeFormatException#MAX_ERRORS}
   */
  void add(NarrativeFormatException e) {
    errors.add(e);
    if (errors.size() >= NarrativeFormatException.MAX_ERRORS) {
      stop = first();
      throw stop;
    }
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws the errors logged, if any: the first in document order, carrying the others. */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw first();
    }
  }

  private NarrativeFormatException first() {
    List<NarrativeFormatException> sorted = new ArrayList<>(errors);
    sorted.sort(DOCUMENT_ORDER); // stable: errors on one place keep the order they were found in
    return sorted.get(0).withMoreErrors(sorted.subList(1, sorted.size()));
  }
}
