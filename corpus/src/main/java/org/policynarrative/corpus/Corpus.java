package org.policynarrative.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Figure;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriorityMatrix;
import org.policynarrative.core.Source;
import org.policynarrative.core.spi.CorpusEntry;
import org.policynarrative.core.spi.CorpusReader;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * A corpus of narratives, such as a JSON Lines file with one narrative a line, and the questions
 * asked across it. Every question reads the corpus once, one narrative at a time, and holds no
 * narrative longer than it takes to answer for it: {@link #claimsAbout} streams in constant memory;
 * {@link #figures} and {@link #sectorPriorities} sort their answer, so they hold the answer (never
 * the narratives).
 *
 * <pre>{@code
 * Corpus corpus = Corpus.open(Path.of("corpus.jsonl"));      // io-json on the class path reads .jsonl
 * try (Stream<CorpusClaim> claims = corpus.claimsAbout(EntityRef.sector("heavy-industry"))) {
 *   claims.forEach(c -> System.out.println(c.narrativeId() + ": " + c.claim().statement()));
 * }
 * }</pre>
 *
 * <p>An entry of the corpus that cannot be read fails the question, when it is reached, with its
 * {@link NarrativeFormatException} (file and line); {@link #entries()} delivers every entry, failed
 * ones included, for a caller that wants to go on. Immutable and safe to share between threads:
 * each question opens the corpus anew.
 */
public final class Corpus {

  /**
   * Opens the entries of a corpus, anew each time it is called.
   */
  @FunctionalInterface
  public interface Opener {
    /**
     * {@return a reader of the corpus's entries, from the first}
     *
     * @throws IOException when the corpus cannot be opened
     */
    CorpusReader open() throws IOException;
  }

  private final Opener opener;
  private final String name;

  private Corpus(Opener opener, String name) {
    this.opener = opener;
    this.name = name;
  }

  /**
   * {@return the corpus in a file, read by the installed format its extension names}
   *
   * @param file the corpus, such as {@code corpus.jsonl}; a file of a single-narrative format is a
   *     corpus of one
   * @throws NarrativeFormatException when no installed format reads the file
   */
  public static Corpus open(Path file) {
    Objects.requireNonNull(file, "file");
    NarrativeFormat format = NarrativeFormats.installed().forPath(file).filter(NarrativeFormat::canRead)
        .orElseThrow(() -> new NarrativeFormatException("unknown", "no installed format reads this file;"
            + " a corpus is usually JSON Lines (.jsonl), read by policy-narrative-io-json").inFile(file.toString()));
    return open(file, format);
  }

  /**
   * {@return the corpus in a file, read by {@code format}}
   *
   * @param file the corpus
   * @param format the format of the file
   */
  public static Corpus open(Path file, NarrativeFormat format) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    String name = file.toString();
    return new Corpus(() -> located(format.readCorpus(Files.newInputStream(file)), name), name);
  }

  /**
   * {@return a corpus whose entries {@code opener} reads, such as a stream the caller counts}
   *
   * @param opener opens the entries, anew for each question
   * @param name how the corpus is named in messages
   */
  public static Corpus of(Opener opener, String name) {
    return new Corpus(Objects.requireNonNull(opener, "opener"), Objects.requireNonNull(name, "name"));
  }

  /**
   * {@return a corpus of narratives already in memory, the first on line 1, the next on line 2 and so on}
   *
   * @param narratives the narratives, in corpus order
   */
  public static Corpus of(List<? extends Narrative> narratives) {
    List<Narrative> copy = List.copyOf(narratives);
    return new Corpus(() -> inMemory(copy), "<memory>");
  }

  /** {@return how the corpus is named in messages: its file, or {@code <memory>}} */
  public String name() {
    return name;
  }

  /**
   * {@return every entry of the corpus, failed ones included; close the reader when done}
   *
   * @throws IOException when the corpus cannot be opened
   */
  public CorpusReader entries() throws IOException {
    return opener.open();
  }

  /**
   * {@return the narratives, lazily and in corpus order; close the stream when done}
   *
   * @throws IOException when the corpus cannot be opened
   */
  public Stream<Narrative> narratives() throws IOException {
    return entries().narratives();
  }

  /**
   * The claims about an entity in every narrative of the corpus: those that name it as subject,
   * cause, effect or what they justify ({@link Narrative#claimsAbout}), in corpus then data-set
   * order. Streamed in constant memory; close the stream when done.
   *
   * @param ref the entity, by kind and id (an id means the same entity only within a narrative's
   *     data set; {@link #claimsAboutIdentifier} joins across data sets)
   * @return the claims, lazily
   * @throws IOException when the corpus cannot be opened
   */
  public Stream<CorpusClaim> claimsAbout(EntityRef ref) throws IOException {
    Objects.requireNonNull(ref, "ref");
    return flatMap(entry -> {
      Narrative n = entry.narrativeOrThrow();
      return n.claimsAbout(ref).stream().map(c -> new CorpusClaim(n.id(), n.version(), entry.line(), c));
    });
  }

  /**
   * The claims about the entities that carry an external identifier, such as
   * {@code wikidata:Q29452}: in each narrative, the claims about any era, sector, policy line, actor
   * or event whose {@code identifiers} hold it, each claim once, in corpus then data-set order.
   * Streamed in constant memory; close the stream when done.
   *
   * @param identifier the identifier, exactly as the data sets write it
   * @return the claims, lazily
   * @throws IOException when the corpus cannot be opened
   */
  public Stream<CorpusClaim> claimsAboutIdentifier(String identifier) throws IOException {
    Objects.requireNonNull(identifier, "identifier");
    return flatMap(entry -> {
      Narrative n = entry.narrativeOrThrow();
      Set<EntityRef> refs = Identifiers.entitiesWith(n, identifier);
      if (refs.isEmpty()) {
        return Stream.empty();
      }
      return n.claims().stream().filter(c -> refs.stream().anyMatch(c::mentions))
          .map(c -> new CorpusClaim(n.id(), n.version(), entry.line(), c));
    });
  }

  /**
   * The figures of one indicator across the corpus, over time: in chronological order of the
   * periods they refer to ({@link Period#CHRONOLOGICAL}), figures with no period last, ties in
   * corpus order. Holds the answer in memory, not the narratives.
   *
   * @param indicator the indicator, exactly as the figures name it
   * @return the figures
   * @throws IOException when the corpus cannot be read
   * @throws NarrativeFormatException when an entry cannot be read
   */
  public List<CorpusFigure> figures(String indicator) throws IOException {
    Objects.requireNonNull(indicator, "indicator");
    List<CorpusFigure> found = collect(entry -> {
      Narrative n = entry.narrativeOrThrow();
      List<CorpusFigure> figures = new ArrayList<>();
      for (Claim claim : n.claims()) {
        for (Figure figure : claim.figures()) {
          if (figure.indicator().equals(indicator)) {
            figures.add(new CorpusFigure(n.id(), n.version(), entry.line(), claim, figure));
          }
        }
      }
      return figures.stream();
    });
    found.sort(Comparator.comparing((CorpusFigure f) -> f.figure().period().orElse(null),
        Comparator.nullsLast(Period.CHRONOLOGICAL)));   // stable: ties keep corpus order
    return List.copyOf(found);
  }

  /**
   * How the priority of a sector changes across the narratives of the corpus: for each narrative
   * that ranks the sector, the cells of its row in the narrative's
   * {@link SectorPriorityMatrix} (eras earliest first), narratives ordered by {@link #dateOf their
   * date}, undated ones last, ties in corpus order. Holds the answer in memory, not the narratives.
   *
   * @param sector the sector's id, or an external identifier in its {@code identifiers}, which
   *     finds it in narratives that give it another id
   * @return one point per narrative and era where the sector has a priority
   * @throws IOException when the corpus cannot be read
   * @throws NarrativeFormatException when an entry cannot be read
   */
  public List<SectorPriorityInNarrative> sectorPriorities(String sector) throws IOException {
    Objects.requireNonNull(sector, "sector");
    List<SectorPriorityInNarrative> found = collect(entry -> {
      Narrative n = entry.narrativeOrThrow();
      List<Sector> matching = n.sectors().stream()
          .filter(s -> s.id().equals(sector) || s.identifiers().contains(sector)).toList();
      if (matching.isEmpty()) {
        return Stream.empty();
      }
      SectorPriorityMatrix matrix = SectorPriorityMatrix.of(n);
      Optional<HistoricalDate> date = dateOf(n);
      List<SectorPriorityInNarrative> cells = new ArrayList<>();
      for (Sector s : matching) {
        for (Era era : matrix.eras()) {
          Optional<PriorityMode> mode = matrix.priority(s.id(), era.id());
          mode.ifPresent(m -> cells.add(new SectorPriorityInNarrative(n.id(), n.version(), entry.line(), date, s,
              era, m)));
        }
      }
      return cells.stream();
    });
    found.sort(Comparator.comparing((SectorPriorityInNarrative p) -> p.narrativeDate().orElse(null),
        Comparator.nullsLast(HistoricalDate.CHRONOLOGICAL)));   // stable: ties keep corpus and era order
    return List.copyOf(found);
  }

  /**
   * The date of a narrative, by which a corpus orders its editions: the latest
   * {@link Source#published()} date among its sources (the edition it encodes), or empty when no
   * source gives one.
   *
   * @param narrative the narrative
   * @return the narrative's date
   */
  public static Optional<HistoricalDate> dateOf(Narrative narrative) {
    return narrative.sources().stream().map(Source::published).flatMap(Optional::stream)
        .max(HistoricalDate.CHRONOLOGICAL);
  }

  @Override
  public String toString() {
    return "Corpus{" + name + "}";
  }

  private <T> Stream<T> flatMap(Function<CorpusEntry, Stream<T>> answers) throws IOException {
    CorpusReader reader = entries();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .flatMap(answers);
  }

  private <T> List<T> collect(Function<CorpusEntry, Stream<T>> answers) throws IOException {
    List<T> all = new ArrayList<>();
    try (Stream<T> stream = flatMap(answers)) {
      stream.forEachOrdered(all::add);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return all;
  }

  /** The entries of {@code reader}, with failed entries named after the corpus file. */
  private static CorpusReader located(CorpusReader reader, String file) {
    return new CorpusReader() {
      @Override
      public boolean hasNext() {
        return reader.hasNext();
      }

      @Override
      public CorpusEntry next() {
        CorpusEntry entry = reader.next();
        Optional<NarrativeFormatException> problem = entry.problem();
        if (problem.isPresent() && problem.get().file().isEmpty()) {
          return CorpusEntry.failed(entry.line(), problem.get().inFile(file));
        }
        return entry;
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }

  private static CorpusReader inMemory(List<Narrative> narratives) {
    Iterator<Narrative> each = narratives.iterator();
    return new CorpusReader() {
      private long line;

      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public CorpusEntry next() {
        if (!each.hasNext()) {
          throw new NoSuchElementException();
        }
        return CorpusEntry.of(++line, each.next());
      }

      @Override
      public void close() {}
    };
  }

  /** Which entities of a narrative carry an external identifier. */
  private static final class Identifiers {
    private Identifiers() {}

    static Set<EntityRef> entitiesWith(Narrative n, String identifier) {
      Set<EntityRef> refs = new LinkedHashSet<>();
      n.eras().stream().filter(e -> e.identifiers().contains(identifier)).forEach(e -> refs.add(EntityRef.era(e.id())));
      n.sectors().stream().filter(s -> s.identifiers().contains(identifier))
          .forEach(s -> refs.add(EntityRef.sector(s.id())));
      n.policyLines().stream().filter(l -> l.identifiers().contains(identifier))
          .forEach(l -> refs.add(EntityRef.policyLine(l.id())));
      n.actors().stream().filter(a -> a.identifiers().contains(identifier))
          .forEach(a -> refs.add(EntityRef.actor(a.id())));
      n.events().stream().filter(e -> e.identifiers().contains(identifier))
          .forEach(e -> refs.add(EntityRef.event(e.id())));
      return refs;
    }
  }
}
