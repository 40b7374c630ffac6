package org.policynarrative.cli.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Which format reads an input or writes an output: the one {@code --from} or {@code --to} names
 * (by name or extension), else the one the file's extension names. Checked before any work, so that
 * a bad output name fails before the input is read.
 */
final class Formats {

  /** The argument that stands for standard input or output. */
  static final String STANDARD_STREAM = "-";

  private Formats() {}

  /** True when the argument is {@value #STANDARD_STREAM}, standard input or output; {@code ./-} is a file. */
  static boolean isStandardStream(Path argument) {
    return STANDARD_STREAM.equals(argument.toString());
  }

  /**
   * The format that reads {@code input}.
   *
   * @param from the value of {@code --from}, or null
   * @throws ParameterException when the input is standard input and {@code from} is null, or
   *     {@code from} names no installed format
   * @throws CliException when no installed format reads the file
   */
  static NarrativeFormat forReading(NarrativeFormats formats, NarrativeInput input, String from, CommandLine command) {
    if (input.file().isEmpty()) {
      requireNamed(formats, from, "--from", command);
    }
    NarrativeFormat format = from != null ? named(formats, from, "--from", command)
        : formats.forPath(input.file().get()).orElseThrow(() -> new CliException("cannot tell the format of "
            + input.name() + " from its extension; rename it or name the format with --from FORMAT, one of: "
            + names(formats, NarrativeFormat::canRead)));
    if (!format.canRead()) {
      throw new CliException("format '" + format.name() + "' is write-only and cannot read " + input.name()
          + "; formats that read: " + names(formats, NarrativeFormat::canRead));
    }
    return format;
  }

  /**
   * The format that writes {@code output}.
   *
   * @param to the value of {@code --to}, or null
   * @throws ParameterException when the output is standard output and {@code to} is null, or
   *     {@code to} names no installed format
   * @throws CliException when no installed format writes the file
   */
  static NarrativeFormat forWriting(NarrativeFormats formats, NarrativeOutput output, String to, CommandLine command) {
    if (output.file().isEmpty()) {
      requireNamed(formats, to, "--to", command);
    }
    NarrativeFormat format = to != null ? named(formats, to, "--to", command)
        : formats.forPath(output.file().get()).orElseThrow(() -> new CliException("no installed format writes "
            + output.name() + "; known extensions: " + extensions(formats, NarrativeFormat::canWrite)
            + ", or name the format with --to FORMAT"));
    if (!format.canWrite()) {
      throw new CliException("format '" + format.name() + "' is read-only and cannot write " + output.name()
          + "; formats that write: " + names(formats, NarrativeFormat::canWrite));
    }
    return format;
  }

  /**
   * Fails with a usage error when {@code option} is not given for standard input or output, which
   * has no file extension to tell its format.
   *
   * @param value the option's value, or null
   */
  static void requireNamed(NarrativeFormats formats, String value, String option, CommandLine command) {
    if (value == null) {
      boolean reading = "--from".equals(option);
      throw new ParameterException(command, (reading ? "standard input" : "standard output")
          + " (-) has no file extension to tell its format; name it with " + option + " FORMAT, one of: "
          + names(formats, reading ? NarrativeFormat::canRead : NarrativeFormat::canWrite));
    }
  }

  /** The format with this name, or with this extension (with or without the dot, in any case). */
  private static NarrativeFormat named(NarrativeFormats formats, String name, String option, CommandLine command) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    Optional<NarrativeFormat> format = formats.byName(wanted);
    if (format.isEmpty() && !wanted.isEmpty()) {
      String extension = wanted.startsWith(".") ? wanted : "." + wanted;
      format = formats.all().stream().filter(f -> f.fileExtensions().contains(extension)).findFirst();
    }
    return format.orElseThrow(() -> new ParameterException(command, option + " " + name
        + ": no installed format has this name or extension; installed: " + names(formats, f -> true)
        + " (see 'policy-narrative formats')"));
  }

  /** The names of the formats that pass {@code filter}: {@code json, jsonl, markdown}. */
  static String names(NarrativeFormats formats, Predicate<NarrativeFormat> filter) {
    String names = formats.all().stream().filter(filter).map(NarrativeFormat::name)
        .collect(Collectors.joining(", "));
    return names.isEmpty() ? "none is installed" : names;
  }

  private static String extensions(NarrativeFormats formats, Predicate<NarrativeFormat> filter) {
    String known = formats.all().stream().filter(filter)
        .flatMap(f -> f.fileExtensions().stream()).sorted().collect(Collectors.joining(", "));
    return known.isEmpty() ? "none (no format is installed)" : known;
  }
}
