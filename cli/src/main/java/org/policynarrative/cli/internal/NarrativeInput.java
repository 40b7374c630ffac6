package org.policynarrative.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.CorpusReader;
import org.policynarrative.core.spi.LocatedNarrative;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command reads a narrative: a file, or standard input when the argument is {@code -}. */
final class NarrativeInput {

  /** How standard input is named in messages. */
  static final String STDIN_NAME = "<stdin>";

  private final Path file;

  private NarrativeInput(Path file) {
    this.file = file;
  }

  /** The input an argument names: {@code -} for standard input, else a file. */
  static NarrativeInput of(Path argument) {
    return new NarrativeInput(Formats.isStandardStream(argument) ? null : argument);
  }

  /**
   * Reads the one narrative a command is given: the format is the one {@code --from} names, else
   * the one of the file's extension.
   */
  static Narrative readOne(CommandSpec command, Path argument, String from) {
    Session session = RootCommand.session(command);
    NarrativeInput input = of(argument);
    input.checkReadable();
    return input.read(session, Formats.forReading(session.formats(), input, from, command.commandLine()));
  }

  /** The file, or empty for standard input. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The file's path, or {@value #STDIN_NAME}. */
  String name() {
    return file == null ? STDIN_NAME : file.toString();
  }

  /** Fails with a message naming the file when it cannot be read (nothing to check for standard input). */
  void checkReadable() {
    if (file != null) {
      UserFiles.checkReadable(file);
    }
  }

  /**
   * Reads the narrative with {@code format}.
   *
   * @throws NarrativeFormatException naming this input when the content is not valid; for bytes that
   *     are not UTF-8, with the line and column of the first of them
   * @throws CliException when the file cannot be read
   */
  Narrative read(Session session, NarrativeFormat format) {
    return readLocated(session, format).narrative();
  }

  /**
   * Reads the narrative with {@code format}, with where its values are in the file when the format
   * records it (see {@link NarrativeFormat#readLocated}), so that a problem found afterwards can be
   * reported at its line and column.
   *
   * @throws NarrativeFormatException naming this input when the content is not valid, with every
   *     error the format found in {@link NarrativeFormatException#moreErrors()}
   * @throws CliException when the file cannot be read
   */
  LocatedNarrative readLocated(Session session, NarrativeFormat format) {
    checkReadable();
    byte[] stdin = null;
    try {
      if (file == null) {
        // Kept, so that the position of bytes that are not UTF-8 can be found afterwards.
        long max = session.maxInputBytes(InputLimits.MAX_STDIN_BYTES);
        stdin = InputLimits.readAtMost(session.stdin(), max).orElseThrow(() ->
            new CliException("standard input is longer than " + InputLimits.describe(max)
                + ", the limit for a narrative read from standard input; give a file, or raise the limit with"
                + " --max-document-size"));
      }
      try (InputStream in = file == null ? new ByteArrayInputStream(stdin) : Files.newInputStream(file)) {
        return format.isCorpus() ? LocatedNarrative.unlocated(onlyNarrative(session.limited(format).readCorpus(in)))
            : session.limited(format).readLocated(in);
      }
    } catch (NarrativeFormatException e) {
      throw Utf8Errors.isMalformedInput(e) ? malformed(format, stdin, e) : e.inFile(name());
    } catch (IOException e) {
      if (Utf8Errors.isMalformedInput(e)) {
        throw malformed(format, stdin, e);
      }
      if (file == null) {
        throw new CliException("cannot read standard input: " + Errors.describe(e), e);
      }
      throw UserFiles.readFailed(file, e);
    }
  }

  /** The one narrative of a corpus, for a command that takes one; more is an error that says what to do. */
  private Narrative onlyNarrative(CorpusReader corpus) throws IOException {
    try (corpus) {
      if (!corpus.hasNext()) {
        throw new CliException(name() + " holds no narrative");
      }
      Narrative first = corpus.next().narrativeOrThrow();
      if (corpus.hasNext()) {
        throw new CliException(name() + " is a corpus of more than one narrative, and this command reads one;"
            + " split it into one file per narrative with 'policy-narrative convert " + name() + " DIR/'");
      }
      return first;
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The format's complaint about bytes that are not UTF-8, with where they are. */
  private NarrativeFormatException malformed(NarrativeFormat format, byte[] stdin, Exception e) {
    Optional<Utf8Errors.Malformed> found;
    try {
      found = Utf8Errors.find(stdin != null ? stdin : Files.readAllBytes(file));
    } catch (IOException again) {
      found = Optional.empty();
    }
    NarrativeFormatException located = found
        .map(m -> new NarrativeFormatException(format.name(), Utf8Errors.describe(m), m.line(), m.column(), null, e))
        .orElseGet(() -> new NarrativeFormatException(format.name(),
            "the input is not valid UTF-8; save the file as UTF-8", 0, 0, null, e));
    return located.inFile(name());
  }
}
