package dev.autogen.cli;

import dev.autogen.command.Project;
import dev.autogen.command.StatusReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", mixinStandardHelpOptions = true,
    description = "List revisions, newest first; with -v, when the database applied each.")
final class HistoryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Option(names = {"-r", "--rev-range"}, paramLabel = "FROM:TO",
      description = "Only revisions from FROM to TO, both included; either may be left out or be 'current'.")
  String range;

  @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's revisions (current).")
  boolean indicateCurrent;

  @Option(names = "--log",
      description = "List the database's history table instead, oldest first: every upgrade, downgrade, stamp and"
          + " accepted change, with when, who and how long.")
  boolean log;

  @Option(names = "--json", description = "Print the result as one line of JSON (shape in the README).")
  boolean json;

  @Override
  public Integer call() {
    try (Project project = options.project(spec)) {
      if (json) {
        if (log || range != null) {
          throw new ParameterException(spec.commandLine(), "--json lists every revision; --log and -r do not"
              + " apply to it");
        }
        spec.commandLine().getOut().println(
            JsonReports.history(new StatusReport(project).history(indicateCurrent), indicateCurrent));
      } else if (log) {
        if (range != null || indicateCurrent) {
          throw new ParameterException(spec.commandLine(), "--log lists the history table as it is;"
              + " -r and -i do not apply to it");
        }
        project.historyLog().forEach(spec.commandLine().getOut()::println);
      } else {
        project.history(range, options.verbose, indicateCurrent).forEach(spec.commandLine().getOut()::println);
      }
    }
    return 0;
  }
}
