package org.policynarrative.json;

import org.policynarrative.json.internal.ModelModule;
import org.policynarrative.json.internal.ModuleVersion;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson 3 module that reads and writes every model type ({@code Narrative}, {@code Era},
 * {@code Claim}, {@code HistoricalDate}, {@code Period}, the enums, ...) in the layout of the
 * policy-narrative JSON format, so model values can sit inside your own documents:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();
 * String json = mapper.writeValueAsString(Map.of("era", era));
 * }</pre>
 *
 * <p>The module is also registered as a {@link java.util.ServiceLoader} service, so
 * {@code JsonMapper.builder().findAndAddModules()} picks it up. Values are read through the core
 * builders, so every model invariant holds for what the module returns; bad input fails with a
 * {@link tools.jackson.core.JacksonException}. Unknown fields fail unless the mapper disables
 * {@link tools.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}. The
 * serializers use only the generic generator and parser API, so the module also works with other
 * Jackson data formats such as YAML. No polymorphic type information is ever read or written.
 *
 * <p>For whole files, {@link NarrativeJson} adds the canonical layout, safe read limits and
 * {@link org.policynarrative.core.spi.NarrativeFormatException} errors.
 */
public final class NarrativeJacksonModule extends JacksonModule {

  /** A module instance; instances are stateless, interchangeable and thread-safe. */
  public NarrativeJacksonModule() {}

  /** {@code policy-narrative}. */
  @Override
  public String getModuleName() {
    return ModelModule.NAME;
  }

  /** The version of the policy-narrative-io-json artifact. */
  @Override
  public Version version() {
    return ModuleVersion.VERSION;
  }

  /** Registers the serializers and deserializers of every model type. */
  @Override
  public void setupModule(SetupContext context) {
    ModelModule.register(context);
  }
}
