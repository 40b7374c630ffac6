package org.policynarrative.cli.internal;

import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;

/** The names of the installed formats, offered by shell completion for {@code --from} and {@code --to}. */
final class FormatNames implements Iterable<String> {

  @Override
  public Iterator<String> iterator() {
    try {
      return NarrativeFormats.installed().all().stream().map(NarrativeFormat::name).iterator();
    } catch (ServiceConfigurationError | IllegalStateException | LinkageError e) {
      // A broken plugin must not break completion; the commands themselves report it.
      return List.<String>of().iterator();
    }
  }
}
