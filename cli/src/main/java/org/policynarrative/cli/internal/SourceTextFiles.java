package org.policynarrative.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policynarrative.core.SourceText;

/** The texts that {@code --source-text SOURCE=FILE} names, read as strict UTF-8 within the input limit. */
final class SourceTextFiles {

  private SourceTextFiles() {}

  /**
   * {@return one text per entry, in order}
   *
   * @param files each source id with the file that holds its text
   * @throws CliException naming the option and the file when a file cannot be read, is too long or
   *     is not UTF-8, or the id is not a valid source id
   */
  static List<SourceText> read(Map<String, Path> files, Session session) {
    List<SourceText> texts = new ArrayList<>();
    for (Map.Entry<String, Path> entry : files.entrySet()) {
      Path file = entry.getValue();
      UserFiles.checkReadable(file);
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        // Bounded: -t s=/dev/zero, or a file that grows while it is read, must not exhaust the heap.
        long max = session.maxInputBytes(InputLimits.MAX_SOURCE_TEXT_BYTES);
        bytes = InputLimits.readAtMost(in, max).orElseThrow(() -> new CliException(
            "--source-text " + entry.getKey() + "=" + file + ": the text is longer than "
                + InputLimits.describe(max) + ", the limit for a source text; raise it with --max-document-size"));
      } catch (IOException e) {
        throw UserFiles.readFailed(file, e);
      }
      Optional<Utf8Errors.Malformed> malformed = Utf8Errors.find(bytes);
      if (malformed.isPresent()) {
        Utf8Errors.Malformed m = malformed.get();
        throw new CliException(file + ":" + m.line() + ":" + m.column() + ": source text of '" + entry.getKey()
            + "': " + Utf8Errors.describe(m));
      }
      try {
        texts.add(SourceText.of(entry.getKey(), new String(bytes, StandardCharsets.UTF_8)));
      } catch (IllegalArgumentException e) {
        throw new CliException("--source-text " + entry.getKey() + "=" + file + ": " + e.getMessage(), e);
      }
    }
    return texts;
  }
}
