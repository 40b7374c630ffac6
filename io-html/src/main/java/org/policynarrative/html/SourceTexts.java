package org.policynarrative.html;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policynarrative.core.SourceText;

/** The checked copy of the source texts a writer was given: no null, at most one text per source. */
final class SourceTexts {

  private SourceTexts() {}

  static List<SourceText> copy(Collection<SourceText> texts) {
    List<SourceText> copy = List.copyOf(Objects.requireNonNull(texts, "texts"));
    Map<String, SourceText> seen = new HashMap<>();
    for (SourceText text : copy) {
      if (seen.putIfAbsent(text.sourceId(), text) != null) {
        throw new IllegalArgumentException("two texts were given for source '" + text.sourceId()
            + "'; give one text per source");
      }
    }
    return copy;
  }
}
