package dev.autogen.cli;

import dev.autogen.command.LintRequest;
import dev.autogen.command.Project;
import dev.autogen.safety.LintReport;
import dev.autogen.safety.LintReportText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {"Check revisions against the rules of safe migrations (locks, rewrites, scans, rolling deploys).",
        "Exits 1 when a finding is an error (severities: lint.rule.<name> in autogen.properties)."})
final class LintCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Parameters(arity = "0..1", paramLabel = "REV|FROM:TO",
      description = "A revision or a range FROM:TO (default: the revisions the database has not applied, else the heads).")
  String target;

  @Option(names = "--measure",
      description = "Run each revision on a scratch database migrated to just before it and measure its locks,"
          + " rewrites and scans (default: the static table).")
  boolean measure;

  @Option(names = "--scratch-url", paramLabel = "JDBC_URL",
      description = "The server to create the scratch databases on, with the project's user and password"
          + " (default: the project's own server); implies --measure.")
  String scratchUrl;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print the report as one line of JSON (shape in the README).")
    boolean json;

    @Option(names = "--markdown", description = "Print the report as Markdown, for a pull-request comment.")
    boolean markdown;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Project project = options.project(spec)) {
      LintReport report = project.lint(new LintRequest(target, measure || scratchUrl != null, scratchUrl));
      if (format.json) {
        out.println(JsonReports.lint(report));
      } else {
        (format.markdown ? LintReportText.markdown(report) : LintReportText.plain(report)).forEach(out::println);
      }
      return report.hasErrors() ? 1 : 0;
    }
  }
}
