package org.policynarrative.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert IN OUT}: reads one format, writes another, both chosen by extension. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Read IN and write it to OUT, each in the format its file extension names.",
        "OUT is replaced atomically. The input is never overwritten, and nothing is written when IN"
            + " cannot be read."})
final class ConvertCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (replaced if it exists).")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (sameFile(in, out)) {
      throw new CliException("refusing to overwrite the input " + in + "; choose another OUT");
    }
    NarrativeFormats formats = NarrativeFormats.installed();
    NarrativeFormat target = Formats.forWriting(formats, out);
    Narrative narrative = formats.read(in);
    formats.write(narrative, out);
    String source = formats.forPath(in).map(NarrativeFormat::name).orElse("?");
    spec.commandLine().getOut().println("wrote " + out + " (" + target.name() + ") from " + in + " (" + source
        + "): " + narrative.claims().size() + " claims");
    return 0;
  }

  private static boolean sameFile(Path a, Path b) throws IOException {
    if (Files.exists(a) && Files.exists(b)) {
      return Files.isSameFile(a, b);
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
