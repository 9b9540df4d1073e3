package dev.autogen.cli;

import dev.autogen.command.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the revision(s) REV names in detail.")
final class ShowCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Parameters(paramLabel = "REV", description = "An id or unique prefix, head, heads, a branch label, LABEL@head.")
  String revision;

  @Override
  public Integer call() {
    try (Project project = options.project(spec)) {
      project.show(revision).forEach(spec.commandLine().getOut()::println);
    }
    return 0;
  }
}
