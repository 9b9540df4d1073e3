package dev.autogen.cli;

import dev.autogen.command.CheckResult;
import dev.autogen.command.Project;
import dev.autogen.runtime.TerminalText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check whether a new revision would have anything to do.",
        "Exits 0 when the entities (or the --target-url database) and the database agree, 1 (listing the differences) when they do not."})
final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Mixin
  TargetOptions target;

  @Option(names = "--json", description = "Print the result as one line of JSON (shape in the README).")
  boolean json;

  @Mixin
  OfflineOption offline;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Project project = options.project(spec, offline)) {
      if (json) {
        JsonReports.Warnings warnings = new JsonReports.Warnings();
        CheckResult result = project.check(target.target(options.environment), warnings);
        out.println(JsonReports.check(result, warnings));
        return result.differences().isEmpty() ? 0 : 1;
      }
      CheckResult result = project.check(target.target(options.environment), out::println);
      if (result.differences().isEmpty()) {
        out.println("No new upgrade operations detected.");
        return 0;
      }
      out.println("New upgrade operations detected:");
      result.differences().forEach(difference -> out.println("  " + TerminalText.line(difference)));
      return 1;
    }
  }
}
