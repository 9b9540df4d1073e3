package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Migrations applied from inside an application, on its own {@code DataSource}, from revisions it compiled with its
 * build (found through the revision index, no compiler needed):
 *
 * <pre>{@code
 * Autogen autogen = Autogen.configure()
 *     .dataSource(dataSource)
 *     .locations("classpath:com/example/db/migration")
 *     .lockTimeout(Duration.ofSeconds(60))
 *     .load();
 * MigrationResult result = autogen.upgrade("head");
 * }</pre>
 *
 * <p>{@code upgrade} and {@code downgrade} hold the migration lock on a connection of their own and run each revision
 * in its own transaction, exactly as {@code autogen upgrade} does (the command line runs through this class too), so
 * replicas that start together migrate one after another. Nothing is printed: results are returned, and the lines
 * {@code autogen} would print go to the configured {@link AutogenConfiguration#reporter reporter}.
 */
public final class Autogen {

  private final ConnectionSource connections;
  private final Dialect dialect;
  private final VersionTable versionTable;
  private final Duration lockTimeout;
  private final Supplier<List<LoadedRevision>> revisions;
  private final Consumer<String> reporter;
  private final boolean transactionPerMigration;
  private final LockRetryPolicy lockRetries;
  private MigrationRunner runner;

  /** @param revisions asked once, when a method first needs them: {@link #current()} and {@link #history()} do not */
  Autogen(ConnectionSource connections, Dialect dialect, VersionTable versionTable, Duration lockTimeout,
      Supplier<List<LoadedRevision>> revisions, Consumer<String> reporter, boolean transactionPerMigration,
      LockRetryPolicy lockRetries) {
    this.connections = connections;
    this.dialect = dialect;
    this.versionTable = versionTable;
    this.lockTimeout = lockTimeout;
    this.revisions = revisions;
    this.reporter = reporter;
    this.transactionPerMigration = transactionPerMigration;
    this.lockRetries = lockRetries;
  }

  private synchronized MigrationRunner runner() {
    if (runner == null) {
      runner = new MigrationRunner(dialect, versionTable, revisions.get(), reporter, transactionPerMigration,
          lockRetries);
    }
    return runner;
  }

  /** A new configuration: a data source (or connection source) is required, everything else has a default. */
  public static AutogenConfiguration configure() {
    return new AutogenConfiguration();
  }

  /** The revisions loaded and how they relate. */
  public RevisionGraph graph() {
    return runner().graph();
  }

  /** Applies every revision up to {@code target} ({@code head}, {@code heads}, {@code +1}, an id, ...). */
  public MigrationResult upgrade(String target) {
    return upgrade(target, ChangeAcceptance.NONE);
  }

  /**
   * Applies every revision up to {@code target}. An applied revision whose upgrade changed since it ran stops the
   * upgrade ({@link ChangedMigrationException}) before anything runs, unless {@code acceptance} names it.
   */
  public MigrationResult upgrade(String target, ChangeAcceptance acceptance) {
    // revisions are loaded (for the command line: compiled) before connecting: a broken file fails before the lock
    MigrationRunner runner = runner();
    return locked((connection, watch) -> {
      Set<String> before = versionTable.currentHeads(connection);
      List<Step> steps = runner.upgrade(connection, target, acceptance, watch);
      return new MigrationResult(before, versionTable.currentHeads(connection), steps);
    });
  }

  /** Reverts revisions down to {@code target} ({@code -1}, {@code base}, an id, ...). */
  public MigrationResult downgrade(String target) {
    MigrationRunner runner = runner();
    return locked((connection, watch) -> {
      Set<String> before = versionTable.currentHeads(connection);
      List<Step> steps = runner.downgrade(connection, target, watch);
      return new MigrationResult(before, versionTable.currentHeads(connection), steps);
    });
  }

  /** The revision ids the database is at, sorted; empty before its first upgrade. */
  public Set<String> current() {
    return unlocked(connection -> new TreeSet<>(versionTable.currentHeads(connection)));
  }

  /** The history table's rows, oldest first: every upgrade, downgrade, stamp and accepted change. */
  public List<HistoryEntry> history() {
    return unlocked(connection -> versionTable.history().entries(connection));
  }

  /** The revisions {@code upgrade(target)} would apply now, in order. */
  public List<RevisionInfo> pending(String target) {
    return unlocked(connection -> {
      List<RevisionInfo> pending = new ArrayList<>();
      for (Step step : runner().graph().upgradeSteps(versionTable.currentHeads(connection), target)) {
        pending.add(step.revision());
      }
      return pending;
    });
  }

  /** The revisions {@code upgrade("head")} would apply now. */
  public List<RevisionInfo> pending() {
    return pending("head");
  }

  /** The applied revisions changed since they ran, which would stop an upgrade. */
  public ValidationResult validate() {
    return unlocked(connection -> new ValidationResult(runner().changedRevisions(connection)));
  }

  /** Work on the database that may throw what JDBC throws. */
  @FunctionalInterface
  private interface DatabaseWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Migration work, given a watch that can name whoever blocks one of its statements. */
  @FunctionalInterface
  private interface LockedWork<T> {
    T run(Connection connection, BlockerWatch watch) throws SQLException;
  }

  // the lock's own connection stays idle while the migration's transactions run on the other one, so it is free to
  // look at who blocks a statement that waits for a lock
  private <T> T locked(LockedWork<T> work) {
    try (Connection lockConnection = connections.open();
        MigrationLock lock = MigrationLock.acquire(lockConnection, dialect, versionTable.table(), lockTimeout);
        Connection connection = connections.open();
        BlockerWatch watch = lockRetries.enabled() ? BlockerWatch.probing(connection, lockConnection)
            : BlockerWatch.NONE) {
      return work.run(connection, watch);
    } catch (SQLException e) {
      throw new MigrationDatabaseException(e);
    }
  }

  private <T> T unlocked(DatabaseWork<T> work) {
    try (Connection connection = connections.open()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new MigrationDatabaseException(e);
    }
  }
}
