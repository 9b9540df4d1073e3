package dev.autogen.cli;

import dev.autogen.command.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stamp", mixinStandardHelpOptions = true,
    description = "Set the database's revision in the version table without running any migration.")
final class StampCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Mixin
  MigrateOptions migrate;

  @Option(names = "--purge",
      description = "Empty the version table first, even when it names revisions no file has.")
  boolean purge;

  @Parameters(paramLabel = "REVISION", description = "head, heads, base, an id or prefix, LABEL@head; with --sql also FROM:TO.")
  String target;

  @Override
  public Integer call() {
    try (Project project = options.project(spec, migrate.lockTimeout())) {
      if (migrate.sql) {
        project.stampSql(target, purge, spec.commandLine().getOut()::println);
      } else {
        project.stamp(target, purge, spec.commandLine().getOut()::println);
      }
    }
    return 0;
  }
}
