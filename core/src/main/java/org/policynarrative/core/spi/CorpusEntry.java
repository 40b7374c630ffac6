package org.policynarrative.core.spi;

import java.util.Objects;
import java.util.Optional;
import org.policynarrative.core.Narrative;

/**
 * One entry of a corpus as a {@link CorpusReader} delivers it: the narrative read from one place of
 * the input, or why that place could not be read. Reading goes on after a failed entry, so one
 * truncated line in the middle of a corpus costs that line only.
 */
public final class CorpusEntry {

  private final long line;
  private final Narrative narrative;
  private final NarrativeFormatException problem;

  private CorpusEntry(long line, Narrative narrative, NarrativeFormatException problem) {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, but was " + line);
    }
    this.line = line;
    this.narrative = narrative;
    this.problem = problem;
  }

  /**
   * {@return an entry that holds a narrative}
   *
   * @param line the 1-based line of the input where the narrative starts
   * @param narrative the narrative read there
   * @throws IllegalArgumentException when {@code line} is less than 1
   */
  public static CorpusEntry of(long line, Narrative narrative) {
    return new CorpusEntry(line, Objects.requireNonNull(narrative, "narrative"), null);
  }

  /**
   * {@return an entry that could not be read}
   *
   * @param line the 1-based line of the input where the entry starts
   * @param problem why it could not be read, located in the input
   * @throws IllegalArgumentException when {@code line} is less than 1
   */
  public static CorpusEntry failed(long line, NarrativeFormatException problem) {
    return new CorpusEntry(line, null, Objects.requireNonNull(problem, "problem"));
  }

  /** {@return the 1-based line of the input where the entry starts} */
  public long line() {
    return line;
  }

  /** {@return the narrative; empty when the entry could not be read} */
  public Optional<Narrative> narrative() {
    return Optional.ofNullable(narrative);
  }

  /** {@return why the entry could not be read; empty when it holds a narrative} */
  public Optional<NarrativeFormatException> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * {@return the narrative}
   *
   * @throws NarrativeFormatException the entry's problem, when it could not be read
   */
  public Narrative narrativeOrThrow() {
    if (problem != null) {
      throw problem;
    }
    return narrative;
  }

  @Override
  public String toString() {
    return "CorpusEntry{line=" + line + ", " + (problem != null ? "problem=" + problem.getMessage()
        : "narrative=" + narrative.id()) + "}";
  }
}
