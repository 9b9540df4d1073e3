package dev.autogen.cli;

import dev.autogen.command.DriftResult;
import dev.autogen.command.Project;
import dev.autogen.runtime.TerminalText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "drift", mixinStandardHelpOptions = true,
    description = {"List what was changed in the database outside the migrations.",
        "Compares the database with the schema the revisions its version table records build (replayed, or on a"
            + " shadow database when a revision runs SQL) and lists the operations that would bring it back.",
        "Exits 0 when nothing drifted, 1 (listing the operations) when something did."})
final class DriftCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Option(names = "--json", description = "Print the result as one line of JSON (shape in the README).")
  boolean json;

  @Option(names = "--shadow",
      description = "Build the expected schema on a shadow database even when the revisions can be replayed"
          + " (default: autogenerate.shadow in the config file, else false).")
  boolean shadow;

  @Option(names = "--shadow-url", paramLabel = "JDBC_URL",
      description = "The PostgreSQL server a shadow database is made on and dropped from, with its own user and"
          + " password in the URL (default: shadow.url in the config file, else the embedded PostgreSQL).")
  String shadowUrl;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Project project = options.project(spec, shadowUrl,
        config -> ShadowOptions.apply(config, shadow, shadowUrl))) {
      if (json) {
        JsonReports.Warnings warnings = new JsonReports.Warnings();
        DriftResult result = project.drift(warnings);
        out.println(JsonReports.drift(result, warnings));
        return result.drifted() ? 1 : 0;
      }
      DriftResult result = project.drift(out::println);
      if (!result.drifted()) {
        out.println("No drift: the database is the schema its revisions build.");
        return 0;
      }
      out.println("Drift detected; operations that would bring the database back to its revisions' schema:");
      result.differences().forEach(difference -> out.println("  " + TerminalText.line(difference)));
      return 1;
    }
  }
}
