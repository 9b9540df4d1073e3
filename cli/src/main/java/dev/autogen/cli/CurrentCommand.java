package dev.autogen.cli;

import dev.autogen.command.Project;
import dev.autogen.command.StatusReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision(s) the database is at.")
final class CurrentCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Option(names = "--check-heads",
      description = "Fail (exit 1) unless the database is at every head revision.")
  boolean checkHeads;

  @Option(names = "--json", description = "Print the result as one line of JSON (shape in the README).")
  boolean json;

  @Override
  public Integer call() {
    try (Project project = options.project(spec)) {
      if (checkHeads) {
        project.checkHeads();
      }
      if (json) {
        spec.commandLine().getOut().println(JsonReports.current(new StatusReport(project).current()));
      } else {
        project.current(options.verbose).forEach(spec.commandLine().getOut()::println);
      }
    }
    return 0;
  }
}
