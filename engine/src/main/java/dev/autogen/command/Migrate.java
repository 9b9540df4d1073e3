package dev.autogen.command;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.ChangeAcceptance;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationDatabaseException;
import dev.autogen.runtime.MigrationScriptWriter;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.SqlScript;
import dev.autogen.runtime.Step;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code upgrade} and {@code downgrade}: run revisions in graph order, each in its own transaction, while holding the
 * project's migration lock; or, with {@code --sql}, write the SQL they would run. {@code upgrade} first checks the
 * applied revisions against the checksums in the history table (under the lock, so against what was really run).
 */
final class Migrate {

  private final Project project;

  Migrate(Project project) {
    this.project = project;
  }

  void upgrade(String target, ChangeAcceptance acceptance, Consumer<String> out) {
    run(Direction.UPGRADE, target, acceptance, out);
  }

  void downgrade(String target, Consumer<String> out) {
    run(Direction.DOWNGRADE, target, ChangeAcceptance.NONE, out);
  }

  void upgradeSql(String target, Consumer<String> out) {
    script(Direction.UPGRADE, target, out);
  }

  void downgradeSql(String target, Consumer<String> out) {
    script(Direction.DOWNGRADE, target, out);
  }

  private void run(Direction direction, String target, ChangeAcceptance acceptance, Consumer<String> out) {
    String verb = verb(direction);
    if (RevisionRange.parse(target).hasStart()) {
      throw new AutogenException(verb + " '" + target + "': a range FROM:TO only makes sense with --sql;"
          + " online, the database's version table says where to start");
    }
    // migration connections have no read timeout: a statement, or the wait for the lock, may rightly be long
    Autogen autogen = project.autogenForMigration(out);
    try {
      if (direction == Direction.UPGRADE) {
        autogen.upgrade(target, acceptance);
      } else {
        autogen.downgrade(target);
      }
    } catch (MigrationDatabaseException e) {
      throw new AutogenException(verb + " to '" + target + "' failed: " + e.getMessage(), e);
    }
  }

  /** Without a start in the range, the database is read (no lock, no writes); with one, it is never connected to. */
  private void script(Direction direction, String target, Consumer<String> out) {
    RevisionRange range = RevisionRange.parse(target);
    RevisionGraph graph = project.graph();
    Set<String> start = range.hasStart() ? graph.resolve(range.from(), Set.of()) : project.databaseHeads();
    List<Step> steps = direction == Direction.UPGRADE
        ? graph.upgradeSteps(start, range.to())
        : graph.downgradeSteps(start, range.to());
    new MigrationScriptWriter(project.dialect(), project.versionTable(), project.revisions(),
        project.config().transactionPerMigration(), project.config().lockRetries()).write(steps, new SqlScript(out));
  }

  private static String verb(Direction direction) {
    return direction == Direction.UPGRADE ? "upgrade" : "downgrade";
  }
}
