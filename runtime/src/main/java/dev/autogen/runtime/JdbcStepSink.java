package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.LockWaits;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The step loop's work done on a connection. With a {@link LockRetryPolicy} that is on, a statement that runs out of
 * {@code lock_timeout} is tried again after a pause: in a transactional revision the revision's work is rolled back to
 * a savepoint taken when it began (which releases every lock it took, so nobody queues behind it during the pause)
 * and run again; in a revision run without a transaction the statement alone is, after removing the invalid index a
 * {@code CREATE INDEX CONCURRENTLY} leaves behind. Each retry is one line to the reporter.
 */
final class JdbcStepSink implements StepSink {

  private final Connection connection;
  private final Dialect dialect;
  private final VersionTable versionTable;
  private final HistoryTable history;
  private final Consumer<String> reporter;
  private final LockRetryPolicy policy;
  private final BlockerWatch watch;

  JdbcStepSink(Connection connection, Dialect dialect, VersionTable versionTable, Consumer<String> reporter,
      LockRetryPolicy policy, BlockerWatch watch) {
    this.connection = connection;
    this.dialect = dialect;
    this.versionTable = versionTable;
    this.history = versionTable.history();
    this.reporter = reporter;
    this.policy = policy;
    this.watch = watch;
  }

  /**
   * PostgreSQL refuses statements such as {@code CREATE INDEX CONCURRENTLY} inside a transaction block: for a revision
   * without a transaction, what came before is committed (on a first run, the version table), and the migration runs
   * statement by statement; its version table write then gets a transaction of its own. A failure leaves autocommit
   * on, for the caller's rollback to skip.
   */
  @Override
  public void beginStep(Step step, boolean transactional) throws SQLException {
    reporter.accept(step.description());
    if (!transactional) {
      connection.commit();
      connection.setAutoCommit(true);
    }
  }

  @Override
  public void createTables(boolean createVersionTable) throws SQLException {
    if (createVersionTable) {
      versionTable.ensureExists(connection);
    }
    history.ensureExists(connection);
  }

  @Override
  public List<String> runMigration(Step step, LoadedRevision revision) throws SQLException {
    if (!step.revision().transactional()) {
      List<String> statements = runOnce(step, revision, true);
      connection.setAutoCommit(false);
      return statements;
    }
    for (int attempt = 1; ; attempt++) {
      Savepoint savepoint = policy.enabled() ? connection.setSavepoint() : null;
      try {
        List<String> statements = runOnce(step, revision, false);
        if (savepoint != null) {
          connection.releaseSavepoint(savepoint);
        }
        return statements;
      } catch (RuntimeException | Error e) {
        if (savepoint == null || !LockWaits.isLockTimeout(e)) {
          throw e;
        }
        StatementFailedException failed = failedStatement(e);
        if (!policy.mayRetry(attempt)) {
          throw exhausted(step, failed, attempt, e);
        }
        connection.rollback(savepoint); // releases the locks the step took: nobody waits on it while it pauses
        pause(step, failed, attempt, "the revision's work rolled back to its start");
      }
    }
  }

  private List<String> runOnce(Step step, LoadedRevision revision, boolean retryEachStatement) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      step.run(revision.newInstance(), new Operations(dialect, sql -> {
        statements.add(sql);
        if (retryEachStatement) {
          executeWithRetries(step, statement, sql);
        } else {
          execute(statement, sql);
        }
      }, ignored -> { }, new JdbcDataAccess(connection)));
    }
    return statements;
  }

  // autocommit: each statement is its own transaction, so trying it again repeats nothing that went before
  private void executeWithRetries(Step step, Statement statement, String sql) {
    boolean cleanUp = false;
    for (int attempt = 1; ; attempt++) {
      try {
        if (cleanUp) {
          dropInvalidIndexLeftBy(statement, sql);
        }
        execute(statement, sql);
        return;
      } catch (StatementFailedException e) {
        if (!policy.enabled() || !LockWaits.isLockTimeout(e)) {
          throw e;
        }
        if (!policy.mayRetry(attempt)) {
          throw exhausted(step, e, attempt, e);
        }
        cleanUp = LockWaits.invalidIndexLeftBy(sql).isPresent();
        pause(step, e, attempt, "the statement alone is tried again");
      }
    }
  }

  private void dropInvalidIndexLeftBy(Statement statement, String sql) {
    Optional<String> query = LockWaits.invalidIndexLeftBy(sql);
    if (query.isEmpty()) {
      return;
    }
    List<String> invalid = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(query.get())) {
      while (rows.next()) {
        invalid.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new StatementFailedException(query.get(), e);
    }
    for (String index : invalid) {
      reporter.accept("Dropping the invalid index " + TerminalText.line(index) + " the interrupted build left behind");
      execute(statement, LockWaits.dropInvalidIndex(index));
    }
  }

  private void execute(Statement statement, String sql) {
    BlockerWatch.Watching watching = policy.enabled() ? watch.watch(policy.statementLockTimeout()) : null;
    try {
      statement.execute(sql);
    } catch (SQLException e) {
      if (watching != null && LockWaits.isLockTimeout(e)) {
        throw new LockWaitTimeoutException(sql, e, watching.blockers());
      }
      throw new StatementFailedException(sql, e);
    } finally {
      if (watching != null) {
        watching.stop();
      }
    }
  }

  private void pause(Step step, StatementFailedException failed, int attempt, String how) {
    Duration delay = policy.delayBefore(attempt, ThreadLocalRandom.current()::nextDouble);
    reporter.accept("Revision " + step.revision().id() + ": lock_timeout (" + millis(policy.statementLockTimeout())
        + ") ran out on " + statementText(failed) + blockers(failed) + "; " + how + ", retry " + attempt + " of "
        + policy.retries() + " in " + millis(delay));
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry revision " + step.revision().id(), e);
    }
  }

  private LockRetriesExhaustedException exhausted(Step step, StatementFailedException failed, int tries, Throwable cause) {
    return new LockRetriesExhaustedException((step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade") + " step: "
        + "lock_timeout (" + millis(policy.statementLockTimeout()) + ") ran out " + tries
        + (tries == 1 ? " time" : " times") + " on " + statementText(failed) + blockers(failed), cause);
  }

  private static StatementFailedException failedStatement(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatementFailedException failed) {
        return failed;
      }
    }
    return null;
  }

  private static String statementText(StatementFailedException failed) {
    if (failed == null) {
      return "a statement of a data step";
    }
    String sql = TerminalText.line(failed.statement().strip().replaceAll("\\s+", " "));
    return "statement '" + (sql.length() > 200 ? sql.substring(0, 200) + "..." : sql) + "'";
  }

  private static String blockers(StatementFailedException failed) {
    if (!(failed instanceof LockWaitTimeoutException timeout) || timeout.blockers().isEmpty()) {
      return "";
    }
    List<String> holders = new ArrayList<>();
    timeout.blockers().forEach(holder -> holders.add(holder.describe()));
    return " (waiting for " + String.join(", ", holders) + ")";
  }

  private static String millis(Duration duration) {
    return duration.toMillis() + "ms";
  }

  @Override
  public void record(Step step, HistoryEntry entry) throws SQLException {
    versionTable.record(connection, step.headsBefore(), step.headsAfter());
    history.append(connection, entry);
  }

  @Override
  public void commit() throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  @Override
  public boolean appliesAsItGoes() {
    return true;
  }

  @Override
  public Long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  @Override
  public String osUser() {
    return HistoryEntry.LOCAL_USER;
  }
}
