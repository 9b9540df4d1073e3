package dev.autogen.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints picocli's completion script for every command and option, so it never lags behind them. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a bash (and zsh, after bashcompinit) completion script for autogen.",
        "Load it with: source <(autogen completion)"})
final class CompletionCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("autogen", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
