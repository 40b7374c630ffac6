package org.policynarrative.json;

import org.policynarrative.json.internal.ModelModule;
import org.policynarrative.json.internal.ModuleVersion;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson 3 module that reads and writes every model type ({@code Narrative}, {@code Era},
 * {@code Claim}, {@code Actor}, {@code Event}, {@code Figure}, {@code HistoricalDate}, {@code Period},
 * the enums and the vocabulary codes such as {@code ClaimKind}, ...) in the layout of the
 * policy-narrative JSON format, so model values can sit inside your own documents:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();
 * String json = mapper.writeValueAsString(Map.of("era", era));
 * }</pre>
 *
 * <p>The module is also registered as a {@link java.util.ServiceLoader} service, so
 * {@code JsonMapper.builder().findAndAddModules()} picks it up. Values are read through the core
 * builders, so every model invariant holds for what the module returns. Well-formed JSON that is
 * not a valid value fails with a {@link tools.jackson.databind.exc.MismatchedInputException}
 * located at the value, its message ending with the value's JSON Pointer, such as
 * {@code (at /eras/0/id)}; catch that type (or {@link tools.jackson.core.JacksonException}), not a
 * subclass of this module. A read stops at the first error, as Jackson reads do (the
 * {@link NarrativeJson} facade reports every error of a document at once).
 *
 * <p><b>Unknown fields follow your mapper.</b> The module's deserializers know each object's fields
 * themselves, but whether an unknown one is an error they take from the mapper's
 * {@link tools.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, which Jackson 3
 * leaves off: by default an unknown or misspelled field ({@code "summry"} in an era) is skipped and
 * its value silently lost. To make it an error naming the closest known field
 * ({@code unknown field 'summry' in era; did you mean 'summary'?}), build the mapper with
 *
 * <pre>{@code
 * JsonMapper.builder().addModule(new NarrativeJacksonModule()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
 * }</pre>
 *
 * <p>A name repeated in an object always fails. The checks across a whole narrative (references,
 * duplicate ids, cycles) are {@link org.policynarrative.core.NarrativeValidator}'s. The
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
