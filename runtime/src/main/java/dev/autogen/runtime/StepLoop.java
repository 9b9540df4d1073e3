package dev.autogen.runtime;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one loop over a run's steps, online and for {@code --sql} alike: the first step creates the tables (the version
 * table only on an upgrade from base, where a script cannot look and a database has nothing to read yet; the history
 * table always, so a database migrated before the history was kept starts keeping it), each step runs in a transaction
 * with its version table write and history row, or in autocommit mode when its revision says
 * {@code transactional = false}, and commits at its end (without a transaction per migration, only a revision run
 * without a transaction commits, and the last step).
 */
final class StepLoop {

  private final Map<String, LoadedRevision> revisions;
  private final boolean transactionPerMigration;

  StepLoop(List<LoadedRevision> revisions, boolean transactionPerMigration) {
    this.revisions = revisions.stream().collect(Collectors.toMap(r -> r.info().id(), Function.identity()));
    this.transactionPerMigration = transactionPerMigration;
  }

  /** @throws MigrationFailedException naming the step that failed; the caller rolls back what is open */
  void run(List<Step> steps, StepSink sink) throws SQLException {
    for (Step step : steps) {
      LoadedRevision revision = revisions.get(step.revision().id());
      boolean transactional = step.revision().transactional();
      try {
        sink.beginStep(step, transactional);
        if (step == steps.get(0)) {
          sink.createTables(step.direction() == Direction.UPGRADE && step.headsBefore().isEmpty());
        }
        long start = System.nanoTime();
        List<String> statements = sink.runMigration(step, revision);
        sink.record(step, entry(step, revision, sink.millisSince(start), sink.osUser(), statements));
        // a revision run without a transaction is recorded at once: a later rollback must not forget it was applied
        if (transactionPerMigration || !transactional) {
          sink.commit();
        }
      } catch (SQLException | RuntimeException | Error e) {
        // an Error too (a StackOverflowError in a recursive data step): every way out of a migration is its failure
        throw new MigrationFailedException(step, revision.location(), e, !transactional && sink.appliesAsItGoes());
      }
    }
    sink.commit();
  }

  /** The history row of a step that ran {@code statements}; {@code millis} and {@code osUser} may be {@code null}. */
  static HistoryEntry entry(Step step, LoadedRevision revision, Long millis, String osUser, List<String> statements) {
    HistoryAction action = step.direction() == Direction.UPGRADE ? HistoryAction.UPGRADE : HistoryAction.DOWNGRADE;
    return HistoryEntry.of(step.revision().id(), action, millis, osUser, MigrationChecksum.of(statements),
        revision.fileChecksum());
  }
}
