package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the tutorial {@code docs/encoding-a-text.md} as written, so that it cannot rot: in a
 * temporary directory, in document order, it writes the text the tutorial shows (after checking it
 * is the copy in {@code docs/encoding-a-text/}), runs each command of a {@code sh} block and compares
 * what it prints with the {@code text} block after it, and applies each edit to the document.
 *
 * <p>The tutorial's fenced blocks, by info string:
 * <ul>
 *   <li>{@code text NAME}: the content of file NAME;
 *   <li>{@code sh}: one command, {@code policy-narrative ...}, followed by a {@code text} block with
 *       what it prints (standard output, then standard error), and {@code [exit status N]} as the
 *       last line when the status is not 0;
 *   <li>{@code markdown replace} then {@code markdown with}: replace the first block's text, which
 *       must occur once in the document, by the second's;
 *   <li>{@code markdown delete}: delete the block's text, and the blank line before it.
 * </ul>
 * Any other block fails the test, so that the tutorial shows nothing the test does not run.
 */
class EncodingTutorialTest {

  private static final Path TUTORIAL = Path.of("..", "docs", "encoding-a-text.md");

  private static final Path TEXTS = Path.of("..", "docs", "encoding-a-text");

  /** The document the tutorial edits: the OUT of its {@code init} command. */
  private static final String DOCUMENT = "harbour.md";

  private static final Pattern FENCE = Pattern.compile("^```(.*)$");

  private static final Pattern EXIT_STATUS = Pattern.compile("\\[exit status (\\d+)]");

  /** A file argument of a command, alone or as the value of {@code SOURCE=}: a plain name with an extension. */
  private static final Pattern FILE_ARGUMENT = Pattern.compile("((?:[a-z0-9-]+=)?)([\\w.-]+\\.(?:txt|md|json))");

  @TempDir
  Path dir;

  /** A fenced block: its info string, its text (each line ending in a newline) and the line it starts on. */
  record Block(String info, String text, int line) {}

  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      int start = i + 1;
      for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
        text.append(lines.get(i)).append('\n');
      }
      assertThat(i).as("the block of line %d is closed", start).isLessThan(lines.size());
      blocks.add(new Block(open.group(1).strip(), text.toString(), start));
    }
    return blocks;
  }

  /** The words of a command line, as a POSIX shell splits it: quotes group, and are removed. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    assertThat(quote).as("quotes closed in: %s", command).isEqualTo((char) 0);
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void everyCommandOfTheTutorialPrintsWhatItShows() throws IOException {
    List<Block> blocks = blocks(Files.readAllLines(TUTORIAL, StandardCharsets.UTF_8));
    List<String> ran = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      String[] info = block.info().split("\\s+");
      switch (info.length == 2 && info[0].equals("text") ? "text FILE" : block.info()) {
        case "text FILE" -> {
          String name = info[1];
          assertThat(block.text()).as("line %d: the text shown is the copy in docs/encoding-a-text", block.line())
              .isEqualTo(Files.readString(TEXTS.resolve(name), StandardCharsets.UTF_8));
          Files.writeString(dir.resolve(name), block.text(), StandardCharsets.UTF_8);
        }
        case "sh" -> {
          assertThat(b + 1).as("line %d: a command is followed by its output", block.line()).isLessThan(blocks.size());
          Block output = blocks.get(++b);
          assertThat(output.info()).as("line %d: the block after a command is its output", output.line())
              .isEqualTo("text");
          ran.add(run(block, output));
        }
        case "markdown replace" -> {
          Block with = blocks.get(++b);
          assertThat(with.info()).as("line %d: a replace block is followed by a with block", with.line())
              .isEqualTo("markdown with");
          edit(block, with.text());
        }
        case "markdown delete" -> edit(block, "");
        default -> fail("line %d: a block the test does not know: ```%s", block.line(), block.info());
      }
    }
    assertThat(ran).as("the commands the tutorial shows").containsExactly("init", "anchor", "coverage", "validate",
        "validate --strict", "convert");
  }

  /** Runs the command of {@code block}, checks it prints what {@code output} shows, and says which command it was. */
  private String run(Block block, Block output) {
    List<String> lines = block.text().lines().toList();
    assertThat(lines).as("line %d: one command a block", block.line()).hasSize(1);
    List<String> words = words(lines.get(0));
    assertThat(words.get(0)).as("line %d", block.line()).isEqualTo("policy-narrative");
    List<String> args = new ArrayList<>();
    for (String word : words.subList(1, words.size())) {
      Matcher file = FILE_ARGUMENT.matcher(word);
      args.add(file.matches() ? file.group(1) + dir.resolve(file.group(2)) : word);
    }
    CliRun run = CliRun.run(args.toArray(String[]::new));
    String printed = (run.out() + run.err()).replace(dir + dir.getFileSystem().getSeparator(), "");
    if (run.status() != 0) {
      printed += "[exit status " + run.status() + "]\n";
    }
    assertThat(printed).as("line %d: what `%s` prints", block.line(), lines.get(0)).isEqualTo(output.text());
    Matcher status = EXIT_STATUS.matcher(output.text());
    assertThat(status.find() ? Integer.parseInt(status.group(1)) : 0).isEqualTo(run.status());
    boolean strict = words.size() > 2 && words.get(1).equals("validate") && words.get(2).equals("--strict");
    return String.join(" ", words.subList(1, strict ? 3 : 2));
  }

  /** Replaces the text of {@code block}, which must occur once in the document, by {@code replacement}. */
  private void edit(Block block, String replacement) throws IOException {
    Path document = dir.resolve(DOCUMENT);
    String content = Files.readString(document, StandardCharsets.UTF_8);
    String old = block.text();
    int at = content.indexOf(old);
    assertThat(at).as("line %d: the block is in %s:%n%s", block.line(), DOCUMENT, content).isNotNegative();
    assertThat(content.indexOf(old, at + 1)).as("line %d: the block occurs once in %s", block.line(), DOCUMENT)
        .isNegative();
    int start = at;
    if (replacement.isEmpty() && content.startsWith("\n", at - 1) && content.startsWith("\n", at - 2)) {
      start = at - 1; // deleting a claim deletes the blank line that separated it from the one before
    }
    Files.writeString(document, content.substring(0, start) + replacement + content.substring(at + old.length()),
        StandardCharsets.UTF_8);
  }
}
