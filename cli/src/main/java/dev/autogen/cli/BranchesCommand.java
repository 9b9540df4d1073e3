package dev.autogen.cli;

import dev.autogen.command.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "branches", mixinStandardHelpOptions = true,
    description = "Show the branch points: revisions that several revisions revise.")
final class BranchesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Override
  public Integer call() {
    try (Project project = options.project(spec)) {
      project.branches(options.verbose).forEach(spec.commandLine().getOut()::println);
    }
    return 0;
  }
}
