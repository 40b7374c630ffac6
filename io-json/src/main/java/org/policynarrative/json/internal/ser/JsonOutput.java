package org.policynarrative.json.internal.ser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/**
 * The field writes the per-type writers share; each leaves out what the canonical layout leaves
 * out (absent values, empty collections).
 */
final class JsonOutput {

  private JsonOutput() {}

  static void string(JsonGenerator g, JsonName name, String value) {
    g.writeName(name.encoded());
    g.writeString(value);
  }

  static void string(JsonGenerator g, JsonName name, Optional<String> value) {
    if (value.isPresent()) {
      string(g, name, value.get());
    }
  }

  static void strings(JsonGenerator g, JsonName name, List<String> values) {
    list(g, name, values, JsonGenerator::writeString);
  }

  static <T> void list(JsonGenerator g, JsonName name, List<T> values, BiConsumer<JsonGenerator, T> element) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name.encoded());
    g.writeStartArray(values, values.size());
    if (values instanceof RandomAccess) {
      // The model's lists: no iterator per list.
      for (int i = 0, n = values.size(); i < n; i++) {
        element.accept(g, values.get(i));
      }
    } else {
      for (T value : values) {
        element.accept(g, value);
      }
    }
    g.writeEndArray();
  }

  /**
   * A decimal as a JSON number, exactly: {@link BigDecimal#toString()} keeps the scale ({@code 5.350},
   * {@code 1E+3}), which a reader gets back from the number's text.
   */
  static void decimal(JsonGenerator g, JsonName name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      g.writeName(name.encoded());
      g.writeNumber(value.get());
    }
  }

  /** Language-tagged labels, sorted by tag. */
  static void labels(JsonGenerator g, JsonName name, Map<String, String> labels) {
    if (labels.isEmpty()) {
      return;
    }
    g.writeName(name.encoded());
    g.writeStartObject(labels);
    for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
      g.writeName(label.getKey());
      g.writeString(label.getValue());
    }
    g.writeEndObject();
  }
}
