package dev.autogen.cli;

import dev.autogen.command.Project;
import dev.autogen.command.VerifyRequest;
import dev.autogen.runtime.TerminalText;
import dev.autogen.verify.RevisionVerification;
import dev.autogen.verify.VerifyReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Prove revisions on a scratch database holding generated rows: upgrade, downgrade (the schema and",
        "the rows must come back), upgrade again. Exits 1 at the first revision that fails."})
final class VerifyCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Parameters(arity = "0..1", paramLabel = "REV|FROM:TO",
      description = "A revision or a range FROM:TO, either side may be left out (base:head, -3:, a1b2:); default:"
          + " the revisions the database has not applied, else the heads.")
  String target;

  @Option(names = "--scratch-url", paramLabel = "JDBC_URL",
      description = "The server to create the scratch database on, with the project's user and password"
          + " (default: the project's own server).")
  String scratchUrl;

  @Option(names = "--json", description = "Print the result as one line of JSON (shape in the README).")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Project project = options.project(spec)) {
      VerifyReport report = project.verify(new VerifyRequest(target, scratchUrl), result -> {
        if (!json) {
          print(out, result);
        }
      });
      if (json) {
        out.println(JsonReports.verify(report));
      } else if (report.revisions().isEmpty()) {
        out.println("No revisions to verify.");
      }
      return report.ok() ? 0 : 1;
    }
  }

  private static void print(PrintWriter out, RevisionVerification result) {
    out.println(TerminalText.line(result.line()));
    result.notes().forEach(note -> out.println(TerminalText.line("  note: " + note)));
    out.flush();
  }
}
