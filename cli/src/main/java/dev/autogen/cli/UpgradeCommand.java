package dev.autogen.cli;

import dev.autogen.command.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Upgrade the database to a later revision.")
final class UpgradeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Mixin
  MigrateOptions migrate;

  @Parameters(paramLabel = "REVISION", description = "Target revision: head, +1, an id or a unique prefix of one; with --sql also FROM:TO.")
  String target;

  @Override
  public Integer call() {
    try (Project project = options.project(spec, migrate.lockTimeout())) {
      if (migrate.sql) {
        project.upgradeSql(target, spec.commandLine().getOut()::println);
      } else {
        project.upgrade(target, spec.commandLine().getOut()::println);
      }
    }
    return 0;
  }
}
