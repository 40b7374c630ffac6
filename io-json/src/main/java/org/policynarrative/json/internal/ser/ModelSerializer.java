package org.policynarrative.json.internal.ser;

import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Adapts one writer method (such as {@code ClaimWriter.claim}) to Jackson's serializer contract. */
public final class ModelSerializer<T> extends StdSerializer<T> {

  private final transient BiConsumer<JsonGenerator, T> writer;

  /** A serializer for {@code type} that writes with {@code writer}. */
  public ModelSerializer(Class<T> type, BiConsumer<JsonGenerator, T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    writer.accept(gen, value);
  }
}
