package org.policynarrative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code completion}: picocli's generated bash script, also usable from zsh. */
class CompletionTest {

  @TempDir
  Path dir;

  @Test
  void theScriptCompletesEverySubcommandAndItsOptions() {
    CliRun run = CliRun.run("completion");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_policy-narrative", "bashcompinit")
        .contains("convert", "validate", "diff", "timeline", "stats", "formats", "completion")
        .contains("--from", "--to", "--source-text", "--plugins", "--verbose");
  }

  /** Sources the script in a real bash and asks it to complete, as the shell does on TAB. */
  @Test
  void bashCompletesSubcommandsAndFormatNames() throws IOException, InterruptedException {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "bash is not installed here, so the script cannot be run");
    Path script = dir.resolve("policy-narrative-completion.bash");
    Files.writeString(script, CliRun.run("completion").out(), StandardCharsets.UTF_8);

    assertThat(complete(bash, script, "policy-narrative con")).isEqualTo("convert");
    assertThat(complete(bash, script, "policy-narrative convert --f")).isEqualTo("--from");
    assertThat(complete(bash, script, "policy-narrative convert --from ")).contains("json", "markdown", "yaml");
  }

  private String complete(Path bash, Path script, String line) throws IOException, InterruptedException {
    String program = "source '" + script + "'\n"
        + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
        + "read -r -a COMP_WORDS <<< \"$COMP_LINE\"\n"
        + "case \"$COMP_LINE\" in *' ') COMP_WORDS+=('');; esac\n"
        + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
        + "_complete_policy-narrative policy-narrative \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    // Outside a real completion, bash's compopt complains on standard error; only the replies matter.
    Process process = new ProcessBuilder(bash.toString(), "-c", program).directory(dir.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return output.strip().replaceAll("\\s+", " ");
  }
}
