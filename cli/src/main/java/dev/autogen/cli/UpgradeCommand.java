package dev.autogen.cli;

import dev.autogen.command.Project;
import dev.autogen.runtime.ChangeAcceptance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Option(names = "--accept-changed", paramLabel = "REV",
      description = "Go on although applied revision REV was changed since it ran, recording its new checksum;"
          + " repeatable.")
  List<String> acceptChanged = new ArrayList<>();

  @Option(names = "--accept-all-changes",
      description = "Go on although applied revisions were changed since they ran, recording their new checksums.")
  boolean acceptAllChanges;

  @Override
  public Integer call() {
    try (Project project = options.project(spec, migrate.lockTimeout(), migrate::applyTo)) {
      if (migrate.sql) {
        if (acceptAllChanges || !acceptChanged.isEmpty()) {
          throw new ParameterException(spec.commandLine(), "--accept-changed and --accept-all-changes check the"
              + " database's applied revisions, which --sql does not do");
        }
        project.upgradeSql(target, spec.commandLine().getOut()::println);
      } else {
        ChangeAcceptance acceptance = new ChangeAcceptance(Set.copyOf(acceptChanged), acceptAllChanges);
        project.upgrade(target, acceptance, ExitGuard.trackingSteps(spec.commandLine().getOut()::println));
      }
    }
    return 0;
  }
}
