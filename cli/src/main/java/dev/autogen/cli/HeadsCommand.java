package dev.autogen.cli;

import dev.autogen.command.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the head revision(s) of the scripts.")
final class HeadsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Override
  public Integer call() {
    try (Project project = options.project(spec)) {
      project.heads().forEach(spec.commandLine().getOut()::println);
    }
    return 0;
  }
}
