package org.policynarrative.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's files: checks made before reading or writing, so that a problem is reported in terms
 * of the path the user typed (a directory given as a file, a file where a directory should be, a
 * missing or read-only directory), and the messages for failures that happen anyway. A message never
 * names the temporary file that an atomic write goes through.
 */
final class UserFiles {

  /** A temporary file of an atomic write, as some exceptions name it: {@code .name.json.1234.tmp}. */
  private static final Pattern TEMPORARY_FILE = Pattern.compile("\\S*\\.[0-9]+\\.tmp\\b");

  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=+-]+");

  private UserFiles() {}

  /** Fails unless {@code file} is an existing, readable file. */
  static void checkReadable(Path file) {
    if (Files.isDirectory(file)) {
      throw new CliException("cannot read " + file + ": it is a directory; give the narrative file to read");
    }
    if (!Files.exists(file)) {
      throw new CliException(fileInTheWay(file).map(blocker -> "cannot read " + file + ": " + blocker
          + " is a file, not a directory").orElse("no such file: " + file));
    }
    if (!Files.isReadable(file)) {
      throw new CliException("cannot read " + file + ": permission denied");
    }
  }

  /**
   * Fails unless {@code file} can be created or replaced: it is not a directory, its directory
   * exists (the tool never creates directories) and is writable.
   */
  static void checkWritable(Path file) {
    if (Files.isDirectory(file)) {
      throw new CliException("cannot write " + file + ": it is a directory; give the name of the file to write,"
          + " such as " + file.resolve("narrative.json"));
    }
    Path directory = directoryOf(file);
    if (!Files.isDirectory(directory)) {
      throw new CliException(fileInTheWay(file).map(blocker -> "cannot write " + file + ": " + blocker
              + " is a file, not a directory")
          .orElse("cannot write " + file + ": directory " + directory + " does not exist; create it first"
              + " (mkdir -p " + shellQuote(directory.toString()) + ")"));
    }
    if (!Files.isWritable(directory)) {
      throw new CliException("cannot write " + file + ": directory " + directory
          + " is not writable (permission denied); choose another directory or change its permissions");
    }
  }

  /** Why reading {@code file} failed, in terms of {@code file}. */
  static CliException readFailed(Path file, IOException e) {
    if (e instanceof NoSuchFileException || !Files.exists(file) || Files.isDirectory(file)) {
      try {
        checkReadable(file);
      } catch (CliException precise) {
        return new CliException(precise.getMessage(), e);
      }
    }
    return new CliException("cannot read " + file + ": " + reason(e, file), e);
  }

  /** Why writing {@code file} failed, in terms of {@code file}, never of a temporary file. */
  static CliException writeFailed(Path file, IOException e) {
    try {
      checkWritable(file);
    } catch (CliException precise) {
      return new CliException(precise.getMessage(), e);
    }
    if (e instanceof AccessDeniedException) {
      return new CliException("cannot write " + file + ": permission denied; check the permissions of "
          + directoryOf(file) + " and of " + file, e);
    }
    return new CliException("cannot write " + file + ": " + reason(e, file), e);
  }

  /** The reason of a failure without the file it names (which may be a temporary file). */
  private static String reason(IOException e, Path file) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return Errors.oneLine(((FileSystemException) e).getReason());
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : Errors.oneLine(e.getMessage());
    return TEMPORARY_FILE.matcher(message).replaceAll(Matcher.quoteReplacement(file.toString()));
  }

  /** The directory a file goes in, as the user would name it. */
  private static Path directoryOf(Path file) {
    Path parent = file.getParent();
    return parent != null ? parent : file.toAbsolutePath().getParent();
  }

  /** The nearest existing ancestor of {@code file}, when it is not a directory. */
  private static Optional<Path> fileInTheWay(Path file) {
    for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? Optional.empty() : Optional.of(asTyped(file, p));
      }
    }
    return Optional.empty();
  }

  /** {@code ancestor} of {@code file} in the form the user typed {@code file} (relative stays relative). */
  private static Path asTyped(Path file, Path absoluteAncestor) {
    for (Path p = file.getParent(); p != null; p = p.getParent()) {
      if (p.toAbsolutePath().equals(absoluteAncestor)) {
        return p;
      }
    }
    return absoluteAncestor;
  }

  /** The argument as a POSIX shell word, quoted when it needs to be. */
  static String shellQuote(String word) {
    return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
