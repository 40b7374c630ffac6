package org.policynarrative.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * Turns an exception into one line a person understands. The tool's own failures
 * ({@link CliException}) already name the user's file; the rest are described as well as their type
 * allows, and anything unexpected points to {@code --verbose}.
 */
final class Errors {

  private Errors() {}

  /** The one-line description of {@code e}, with control characters escaped (see {@link TerminalText}). */
  static String describe(Throwable e) {
    return shortened(TerminalText.escape(describeRaw(e)));
  }

  /**
   * One line for each error in {@code e}: for a read that found several errors
   * ({@link NarrativeFormatException#moreErrors()}), each of them, in document order; otherwise
   * {@link #describe}.
   */
  static List<String> describeEach(Throwable e) {
    if (e instanceof NarrativeFormatException format && !format.moreErrors().isEmpty()) {
      return format.allErrors().stream().map(Errors::describe).toList();
    }
    return List.of(describe(e));
  }

  /**
   * The longest description of an error, in chars, whatever a format or plugin put in it; with the
   * command's name in front, an error line stays under 2,000 chars.
   */
  static final int MAX_MESSAGE_LENGTH = 1_900;

  /**
   * {@code message} cut to fit {@link #MAX_MESSAGE_LENGTH}: a last defence against a reader that
   * quotes a whole megabyte of a bad value (the library's own readers cut quoted values at 60).
   */
  static String shortened(String message) {
    if (message.length() <= MAX_MESSAGE_LENGTH) {
      return message;
    }
    String tail = "... (message of " + message.length() + " characters cut)";
    int end = MAX_MESSAGE_LENGTH - tail.length();
    if (Character.isHighSurrogate(message.charAt(end - 1))) {
      end--;
    }
    return message.substring(0, end) + tail;
  }

  /** Why an I/O operation failed, without the exception's type: {@code No space left on device}. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return TerminalText.escape(oneLine(fs.getReason()));
    }
    return TerminalText.escape(e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage()));
  }

  private static String describeRaw(Throwable e) {
    if (e instanceof NarrativeFormatException format) {
      // A document past a length limit: the option that raises it, not the format's Java method.
      return oneLine(LimitMessages.forCommandLine(format).getMessage());
    }
    if (e instanceof CliException) {
      return oneLine(e.getMessage());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file: " + ((NoSuchFileException) e).getFile();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + ((AccessDeniedException) e).getFile();
    }
    if (e instanceof FileSystemException) {
      FileSystemException fs = (FileSystemException) e;
      return "cannot access " + fs.getFile() + (fs.getReason() == null ? "" : ": " + oneLine(fs.getReason()));
    }
    if (e instanceof IOException) {
      return "I/O error: " + oneLine(String.valueOf(e.getMessage()));
    }
    return "internal error: " + oneLine(e.toString()) + " (run with --verbose for the stack trace)";
  }

  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
