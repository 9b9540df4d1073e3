package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

  @TempDir
  Path directory;

  @Test
  void theScriptCompletesEveryCommandAndItsOptions() {
    CliResult result = new CliProject(directory).run("completion");

    assertThat(result.exitCode()).as("%s", result).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("complete -F _complete_autogen")
        .contains("revision", "upgrade", "downgrade", "check", "history", "completion")
        .contains("--json", "--accept-changed", "--rev-id");
  }

  @Test
  void bashCompletesACommandAndAnOptionWithTheScript() throws Exception {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "no bash here");
    Path script = directory.resolve("autogen_completion");
    Files.writeString(script, new CliProject(directory).run("completion").out(), StandardCharsets.UTF_8);
    // what bash does on TAB after `autogen up` and after `autogen check --js`
    String session = String.join("\n",
        "source '" + script + "'",
        "COMP_WORDS=(autogen up); COMP_CWORD=1; COMP_LINE='autogen up'; COMP_POINT=10",
        "_complete_autogen; echo \"${COMPREPLY[*]}\"",
        "COMP_WORDS=(autogen check --js); COMP_CWORD=2; COMP_LINE='autogen check --js'; COMP_POINT=18",
        "_complete_autogen 2>/dev/null; echo \"${COMPREPLY[*]}\"");

    Process process = new ProcessBuilder(bash.toString(), "-c", session)
        .redirectErrorStream(true).redirectOutput(directory.resolve("bash.out").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    String output = Files.readString(directory.resolve("bash.out"));
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.lines().toList()).as(output).containsExactly("upgrade", "--json");
  }
}
