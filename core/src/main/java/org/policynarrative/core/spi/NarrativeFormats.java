package org.policynarrative.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.policynarrative.core.Narrative;

/**
 * A set of {@link NarrativeFormat formats}, looked up by name or by file extension, and the
 * path-level read and write that pick the format from the file name.
 *
 * <pre>{@code
 * NarrativeFormats formats = NarrativeFormats.installed();
 * Narrative narrative = formats.read(Path.of("data.json"));
 * formats.write(narrative, Path.of("data.md"));
 * }</pre>
 *
 * <p>Immutable and safe to share between threads, as the formats themselves must be: any number of
 * threads may look up, read and write at once, also the same file (see {@link #write}).
 * {@link #installed()} searches the class path each time it is called; make one set and share it.
 */
public final class NarrativeFormats {

  private final Map<String, NarrativeFormat> byName;

  private NarrativeFormats(Collection<NarrativeFormat> formats) {
    Map<String, NarrativeFormat> names = new LinkedHashMap<>();
    Map<String, NarrativeFormat> extensions = new LinkedHashMap<>();
    for (NarrativeFormat format : formats) {
      NarrativeFormat clash = names.putIfAbsent(format.name(), format);
      if (clash != null) {
        throw new IllegalStateException("two formats are named '" + format.name() + "': "
            + clash.getClass().getName() + " and " + format.getClass().getName());
      }
      for (String extension : format.fileExtensions()) {
        if (!extension.startsWith(".") || !extension.equals(extension.toLowerCase(Locale.ROOT))) {
          throw new IllegalStateException("format '" + format.name() + "' declares extension '" + extension
              + "'; extensions are lower case and start with a dot");
        }
        NarrativeFormat other = extensions.putIfAbsent(extension, format);
        if (other != null) {
          throw new IllegalStateException("formats '" + other.name() + "' and '" + format.name()
              + "' both claim the extension " + extension);
        }
      }
    }
    this.byName = names;
  }

  /**
   * {@return the formats installed on the class path or module path, found with {@link ServiceLoader}}
   *
   * @throws IllegalStateException when two installed formats share a name or an extension
   */
  public static NarrativeFormats installed() {
    List<NarrativeFormat> found = new ArrayList<>();
    ServiceLoader.load(NarrativeFormat.class).forEach(found::add);
    found.sort(Comparator.comparing(NarrativeFormat::name));
    return new NarrativeFormats(found);
  }

  /**
   * {@return exactly these formats}
   *
   * @param formats the formats, each with a distinct name and distinct extensions
   * @throws IllegalStateException when two formats share a name or an extension
   */
  public static NarrativeFormats of(NarrativeFormat... formats) {
    return new NarrativeFormats(List.of(formats));
  }

  /** {@return every format, in name order for {@link #installed()}, else in the order given} */
  public List<NarrativeFormat> all() {
    return List.copyOf(byName.values());
  }

  /**
   * {@return the format with this name}
   *
   * @param name the format's name
   */
  public Optional<NarrativeFormat> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The format whose extension ends the file name, ignoring case; the longest extension wins, so
   * {@code corpus.jsonl} is not taken for {@code .json}.
   *
   * @param path where the problem is, such as {@code claims[3].about[1]}
   * @return the format whose extension ends the file name
   */
  public Optional<NarrativeFormat> forPath(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String file = name.toString().toLowerCase(Locale.ROOT);
    NarrativeFormat best = null;
    int bestLength = 0;
    for (NarrativeFormat format : byName.values()) {
      for (String extension : format.fileExtensions()) {
        if (file.endsWith(extension) && extension.length() > bestLength) {
          best = format;
          bestLength = extension.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@return the narrative read from the file, in the format its extension names}
   *
   * @param path where the problem is, such as {@code claims[3].about[1]}
   * @throws NarrativeFormatException when no format claims the extension, the format cannot read,
   *     or the content is invalid (the exception then names the file)
   * @throws NoSuchFileException when the file does not exist
   * @throws IOException when reading fails
   */
  public Narrative read(Path path) throws IOException {
    NarrativeFormat format = require(path);
    if (!format.canRead()) {
      throw new NarrativeFormatException(format.name(), "format '" + format.name() + "' is write-only")
          .inFile(path.toString());
    }
    try (InputStream in = Files.newInputStream(path)) {
      return format.read(in);
    } catch (NarrativeFormatException e) {
      throw e.file().isPresent() ? e : e.inFile(path.toString());
    }
  }

  /**
   * Writes the narrative to the file, atomically, with the format its extension names. Any number
   * of threads and processes may write the same file at once: each write completes (the last to
   * complete wins) or fails for a reason of its own, and readers see whole files only. A symbolic
   * link is written through; the file keeps its permissions and owner ({@link AtomicFiles}).
   *
   * @param narrative the narrative
   * @param path where the problem is, such as {@code claims[3].about[1]}
   * @throws NarrativeFormatException when no format claims the extension, the format cannot write,
   *     it cannot represent this narrative, or the document would be longer than the format's limit
   *     (the exception then names the file); the file is then unchanged
   * @throws IOException when writing fails; the file is then unchanged
   */
  public void write(Narrative narrative, Path path) throws IOException {
    NarrativeFormat format = require(path);
    if (!format.canWrite()) {
      throw new NarrativeFormatException(format.name(), "format '" + format.name() + "' is read-only")
          .inFile(path.toString());
    }
    try {
      AtomicFiles.write(path, out -> format.write(narrative, out));
    } catch (NarrativeFormatException e) {
      throw e.file().isPresent() ? e : e.inFile(path.toString());
    }
  }

  private NarrativeFormat require(Path path) {
    return forPath(path).orElseThrow(() -> new NarrativeFormatException("unknown",
        "no installed format reads or writes this file; known extensions: " + knownExtensions())
        .inFile(path.toString()));
  }

  private String knownExtensions() {
    String known = byName.values().stream().flatMap(f -> f.fileExtensions().stream())
        .sorted().collect(Collectors.joining(", "));
    return known.isEmpty() ? "none (no format is installed)" : known;
  }
}
