package dev.autogen.cli;

import dev.autogen.command.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert the database to an earlier revision.")
final class DowngradeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Mixin
  MigrateOptions migrate;

  @Parameters(paramLabel = "REVISION", description = "Target revision: -1, base, an id or a unique prefix of one; with --sql also FROM:TO.")
  String target;

  @Override
  public Integer call() {
    try (Project project = options.project(spec, migrate.lockTimeout(), migrate::applyTo)) {
      if (migrate.sql) {
        project.downgradeSql(target, spec.commandLine().getOut()::println);
      } else {
        project.downgrade(target, ExitGuard.trackingSteps(spec.commandLine().getOut()::println));
      }
    }
    return 0;
  }
}
