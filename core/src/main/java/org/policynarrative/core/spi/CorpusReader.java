package org.policynarrative.core.spi;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.policynarrative.core.Narrative;

/**
 * The entries of a corpus, read one at a time so that memory stays bounded by the largest entry,
 * whatever the size of the corpus ({@link NarrativeFormat#readCorpus}). An entry that cannot be read
 * is delivered as a {@link CorpusEntry#failed failed entry} and reading goes on with the next one;
 * only a failure of the input itself ends the iteration, as an {@link UncheckedIOException}.
 * Closing the reader closes its input. Not thread-safe: one reader per thread.
 */
public interface CorpusReader extends Iterator<CorpusEntry>, Closeable {

  /**
   * {@return true when another entry follows}
   *
   * @throws UncheckedIOException when reading the input fails
   */
  @Override
  boolean hasNext();

  /**
   * {@return the next entry, read or failed}
   *
   * @throws NoSuchElementException when there is none
   * @throws UncheckedIOException when reading the input fails
   */
  @Override
  CorpusEntry next();

  /**
   * The narratives of the corpus as a lazy, sequential stream that closes this reader when closed:
   * the first entry that cannot be read fails the stream, when it is reached, with its
   * {@link NarrativeFormatException}.
   *
   * @return the narratives, in corpus order
   */
  default Stream<Narrative> narratives() {
    Iterator<CorpusEntry> entries = this;
    Iterator<Narrative> narratives = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public Narrative next() {
        return entries.next().narrativeOrThrow();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(narratives,
            Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * {@return a reader of the one narrative a single-narrative document holds, on line 1}
   *
   * @param narrative the narrative
   */
  static CorpusReader ofOne(Narrative narrative) {
    return single(CorpusEntry.of(1, narrative));
  }

  /**
   * {@return a reader of one failed entry: a single-narrative document that could not be read}
   *
   * @param problem why it could not be read; its line, when it has one, is the entry's line
   */
  static CorpusReader ofFailure(NarrativeFormatException problem) {
    return single(CorpusEntry.failed(problem.line().orElse(1), problem));
  }

  private static CorpusReader single(CorpusEntry only) {
    return new CorpusReader() {
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public CorpusEntry next() {
        if (done) {
          throw new NoSuchElementException();
        }
        done = true;
        return only;
      }

      @Override
      public void close() {}
    };
  }
}
