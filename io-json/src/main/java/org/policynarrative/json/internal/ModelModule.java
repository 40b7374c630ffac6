package org.policynarrative.json.internal;

import org.policynarrative.json.internal.deser.ModelDeserializers;
import org.policynarrative.json.internal.ser.ModelSerializers;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * Registers the model's serializers and deserializers: the one implementation behind the public
 * {@code NarrativeJacksonModule} and the facade's own mappers.
 */
public final class ModelModule extends JacksonModule {

  /** The name both modules report. */
  public static final String NAME = "policy-narrative";

  /** Adds the serializers and deserializers of every model type to a mapper being built. */
  public static void register(SetupContext context) {
    context.addSerializers(ModelSerializers.create());
    context.addDeserializers(ModelDeserializers.create());
  }

  @Override
  public String getModuleName() {
    return NAME;
  }

  @Override
  public Version version() {
    return ModuleVersion.VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    register(context);
  }
}
