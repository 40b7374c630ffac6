package org.policynarrative.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policynarrative.core.InvalidValueException;
import org.policynarrative.core.Source;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The sources {@code init} drafts a narrative from, as its options give them: each text's source
 * id and file ({@code -t [SOURCE=]TEXT}) and language ({@code --language [SOURCE=]TAG}), and the
 * language of the narrative's own strings. Every mistake in them is a usage error that says how to
 * give the value right; the language is never guessed.
 */
final class DraftSources {

  private final Map<String, Path> files;
  private final Map<String, String> languages;
  private final String narrativeLanguage;

  private DraftSources(Map<String, Path> files, Map<String, String> languages, String narrativeLanguage) {
    this.files = files;
    this.languages = languages;
    this.narrativeLanguage = narrativeLanguage;
  }

  /**
   * The sources the options name.
   *
   * @param sourceTexts the values of {@code -t}: {@code SOURCE=TEXT}, or {@code TEXT}, whose file name gives the id
   * @param languageTags the values of {@code --language}: one {@code TAG} for all texts, {@code SOURCE=TAG} for one
   * @param narrativeLanguage the value of {@code --narrative-language}, or null
   * @throws ParameterException when an id is not valid, given twice, or cannot be made from the file name; a tag is
   *     not BCP 47, names no source, or no tag is given for a text; or the texts' languages differ and no narrative
   *     language is given
   */
  static DraftSources of(List<String> sourceTexts, List<String> languageTags, String narrativeLanguage,
      CommandLine command) {
    Map<String, Path> files = files(sourceTexts, command);
    String forAll = null;
    Map<String, String> bySource = new LinkedHashMap<>();
    for (String value : languageTags) {
      int equals = value.indexOf('=');
      if (equals < 0) {
        if (forAll != null) {
          throw new ParameterException(command, "--language is given twice without a source (" + forAll + ", "
              + value + "); give one tag for all texts, or SOURCE=TAG for each");
        }
        forAll = checkedTag("--language", value, command);
      } else {
        String sourceId = value.substring(0, equals);
        if (!files.containsKey(sourceId)) {
          throw new ParameterException(command, "--language " + value + ": there is no source '" + sourceId
              + "'; the sources are " + String.join(", ", files.keySet()));
        }
        bySource.put(sourceId, checkedTag("--language", value.substring(equals + 1), command));
      }
    }
    Map<String, String> languages = new LinkedHashMap<>();
    for (String sourceId : files.keySet()) {
      String tag = bySource.getOrDefault(sourceId, forAll);
      if (tag == null) {
        throw new ParameterException(command, "the language of the text of source '" + sourceId + "' is not given,"
            + " and init does not guess it; add --language TAG (such as en or ko) for all texts, or --language "
            + sourceId + "=TAG for this one");
      }
      languages.put(sourceId, tag);
    }
    return new DraftSources(files, languages, narrativeLanguage(narrativeLanguage, forAll, languages, command));
  }

  /** {@return each source's text file, by source id, in the order given} */
  Map<String, Path> files() {
    return files;
  }

  /** {@return the language of each source's text, by source id, in the order given} */
  Map<String, String> languages() {
    return languages;
  }

  /** {@return the language the narrative's own strings (statements, notes) will be written in} */
  String narrativeLanguage() {
    return narrativeLanguage;
  }

  /** The files by id: an id from {@code SOURCE=}, else from the file name. */
  private static Map<String, Path> files(List<String> sourceTexts, CommandLine command) {
    Map<String, Path> files = new LinkedHashMap<>();
    for (String value : sourceTexts) {
      int equals = value.indexOf('=');
      String sourceId;
      Path file;
      if (equals >= 0) {
        sourceId = value.substring(0, equals);
        file = Path.of(value.substring(equals + 1));
        if (!DraftNarrative.isSlug(sourceId)) {
          String suggestion = DraftNarrative.slug(sourceId);
          throw new ParameterException(command, "--source-text " + value + ": '" + sourceId + "' is not a valid"
              + " source id: use lower-case ASCII letters, digits and hyphens"
              + (suggestion.isEmpty() ? "" : ", such as '" + suggestion + "'"));
        }
      } else {
        file = Path.of(value);
        Path name = file.getFileName();
        sourceId = name == null ? "" : DraftNarrative.slug(DraftNarrative.stem(name.toString()));
        if (sourceId.isEmpty()) {
          throw new ParameterException(command, "--source-text " + value + ": cannot make a source id from the file"
              + " name; name the source: -t SOURCE=" + value);
        }
      }
      if (files.containsKey(sourceId)) {
        throw new ParameterException(command, "--source-text " + value + ": source '" + sourceId + "' is given twice"
            + " (also as " + files.get(sourceId) + "); give each text its own id with -t SOURCE=TEXT");
      }
      files.put(sourceId, file);
    }
    return files;
  }

  /**
   * The narrative's language: {@code --narrative-language}, else the tag {@code --language} gives for
   * all texts, else that of the texts when they share one.
   */
  private static String narrativeLanguage(String given, String forAll, Map<String, String> languages,
      CommandLine command) {
    if (given != null) {
      return checkedTag("--narrative-language", given, command);
    }
    if (forAll != null) {
      return forAll;
    }
    List<String> distinct = languages.values().stream().distinct().toList();
    if (distinct.size() > 1) {
      throw new ParameterException(command, "the texts are in different languages (" + languages.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + "); name the language you"
          + " will write statements in with --narrative-language TAG");
    }
    return distinct.get(0);
  }

  /** The tag, when it is a well-formed BCP 47 tag as the model checks it. */
  private static String checkedTag(String option, String tag, CommandLine command) {
    try {
      Source.builder().id("language-check").language(tag).build();
      return tag;
    } catch (InvalidValueException e) {
      throw new ParameterException(command, option + " " + tag + ": not a BCP 47 language tag; use one such as en,"
          + " ko or zh-Hant");
    }
  }
}
