package dev.autogen.cli;

import dev.autogen.command.Project;
import dev.autogen.command.StatusReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the head revision(s) of the scripts.")
final class HeadsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Option(names = "--json", description = "Print the result as one line of JSON (shape in the README).")
  boolean json;

  @Override
  public Integer call() {
    try (Project project = options.project(spec)) {
      if (json) {
        spec.commandLine().getOut().println(JsonReports.heads(new StatusReport(project).heads()));
      } else {
        project.heads().forEach(spec.commandLine().getOut()::println);
      }
    }
    return 0;
  }
}
