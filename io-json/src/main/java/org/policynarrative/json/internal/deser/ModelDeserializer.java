package org.policynarrative.json.internal.deser;

import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Adapts one reader method (such as {@link ClaimReader#claim}) to Jackson's deserializer contract;
 * on a read that goes on after an error ({@link ReadErrors}), throws every error it kept.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {

  private final transient Function<JsonInput, T> reader;

  ModelDeserializer(Class<T> type, Function<JsonInput, T> reader) {
    super(type);
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonInput in = new JsonInput(p, ctxt);
    T value;
    try {
      value = reader.apply(in);
    } catch (JacksonException e) {
      throw in.errors().all(e);
    }
    in.errors().throwIfAny();
    return value;
  }
}
