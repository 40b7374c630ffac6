package org.policynarrative.cli.internal;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code completion}: the bash and zsh completion script that picocli generates from the commands. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a completion script for bash and zsh: subcommands, options, format names and files.",
        "Load it with:  source <(policy-narrative completion)",
        "(in zsh too: the script turns on zsh's bash-completion support itself).",
        "To keep it, save the output in your shell's completion directory."})
final class CompletionCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Session session = RootCommand.session(spec);
    session.formats();   // so that the names of plugin formats are offered too
    session.out().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    session.out().flush();
    return 0;
  }
}
