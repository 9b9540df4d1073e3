package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the SQL that {@link MigrationRunner} would run for the same steps, without a database: the same
 * {@link StepLoop} runs the migrations against a {@link SqlScript} instead of a connection. Each revision becomes a
 * transaction of its own together with its version table write, as online; a revision declared
 * {@code transactional = false} is written without {@code BEGIN}/{@code COMMIT}, so each of its statements commits on
 * its own. Without a transaction per migration, one transaction holds the transactional steps between such revisions.
 *
 * <p>Each step appends its history row as online, with the checksum of the statements written; the time and user are
 * those of whoever runs the script, the duration is unknown. The first step creates the history table unless it
 * exists, and the version table when it upgrades from base. A statement lock timeout becomes a {@code SET lock_timeout}
 * at the top (a script cannot retry: a statement that runs out of it stops {@code psql -v ON_ERROR_STOP=1}).
 */
public final class MigrationScriptWriter {

  private final Dialect dialect;
  private final VersionTable versionTable;
  private final StepLoop loop;
  private final LockRetryPolicy lockRetries;

  public MigrationScriptWriter(Dialect dialect, VersionTable versionTable, List<LoadedRevision> revisions) {
    this(dialect, versionTable, revisions, true);
  }

  /** @param transactionPerMigration {@code false} puts the steps in one transaction, as the runner does */
  public MigrationScriptWriter(Dialect dialect, VersionTable versionTable, List<LoadedRevision> revisions,
      boolean transactionPerMigration) {
    this(dialect, versionTable, revisions, transactionPerMigration, LockRetryPolicy.OFF);
  }

  /** @param lockRetries its statement lock timeout, if any, is set at the top of the script */
  public MigrationScriptWriter(Dialect dialect, VersionTable versionTable, List<LoadedRevision> revisions,
      boolean transactionPerMigration, LockRetryPolicy lockRetries) {
    this.dialect = dialect;
    this.versionTable = versionTable;
    this.loop = new StepLoop(revisions, transactionPerMigration);
    this.lockRetries = lockRetries;
  }

  public void write(List<Step> steps, SqlScript script) {
    if (steps.isEmpty()) {
      return;
    }
    if (lockRetries.enabled()) {
      script.execute(dialect.setLockTimeout(lockRetries.statementLockTimeout()));
    }
    try {
      loop.run(steps, new ScriptStepSink(dialect, versionTable, script));
    } catch (SQLException e) {
      throw new IllegalStateException("a script sink touches no database", e);
    }
  }
}
