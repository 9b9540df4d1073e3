package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Moves a database between revisions. Each step runs in a transaction of its own together with its version table
 * write, so a failure leaves the database exactly at the last revision that succeeded. A revision declared
 * {@code transactional = false} runs in autocommit mode instead, and only its version table write is transactional.
 * Without a transaction per migration, one transaction holds every step of the run.
 */
public final class MigrationRunner {

  private final Dialect dialect;
  private final VersionTable versionTable;
  private final RevisionGraph graph;
  private final Map<String, LoadedRevision> revisions;
  private final Consumer<String> reporter;
  private final boolean transactionPerMigration;

  /** @param reporter receives a line before each step ({@code Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, ...}) */
  public MigrationRunner(
      Dialect dialect, VersionTable versionTable, List<LoadedRevision> revisions, Consumer<String> reporter) {
    this(dialect, versionTable, revisions, reporter, true);
  }

  /**
   * @param transactionPerMigration {@code false} runs all steps in one transaction, so a failure takes the whole run
   *     back; a {@code transactional = false} revision still commits what came before it and its own version write
   */
  public MigrationRunner(Dialect dialect, VersionTable versionTable, List<LoadedRevision> revisions,
      Consumer<String> reporter, boolean transactionPerMigration) {
    this.transactionPerMigration = transactionPerMigration;
    this.dialect = dialect;
    this.versionTable = versionTable;
    this.graph = new RevisionGraph(revisions.stream().map(LoadedRevision::info).collect(Collectors.toList()));
    this.revisions = revisions.stream().collect(Collectors.toMap(r -> r.info().id(), Function.identity()));
    this.reporter = reporter;
  }

  public RevisionGraph graph() {
    return graph;
  }

  /** The revisions the database is at, newest first; empty for a database never migrated. */
  public List<RevisionInfo> current(Connection connection) throws SQLException {
    return versionTable.currentHeads(connection).stream().map(graph::get).collect(Collectors.toList());
  }

  /** Applies what {@code target} needs and returns the steps taken. */
  public List<Step> upgrade(Connection connection, String target) throws SQLException {
    return run(connection, graph.upgradeSteps(versionTable.currentHeads(connection), target));
  }

  /** Reverts down to {@code target} and returns the steps taken. */
  public List<Step> downgrade(Connection connection, String target) throws SQLException {
    return run(connection, graph.downgradeSteps(versionTable.currentHeads(connection), target));
  }

  private List<Step> run(Connection connection, List<Step> steps) throws SQLException {
    if (steps.isEmpty()) {
      return steps;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      if (steps.get(0).direction() == Direction.UPGRADE) {
        // not committed on its own: a first step that fails takes the new table with it
        versionTable.ensureExists(connection);
      }
      for (Step step : steps) {
        runStep(connection, step);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(connection, e);
      restoreAutoCommit(connection, autoCommit, e);
      throw e;
    }
    connection.setAutoCommit(autoCommit);
    return steps;
  }

  private void runStep(Connection connection, Step step) {
    LoadedRevision revision = revisions.get(step.revision().id());
    reporter.accept(step.description());
    try (Statement statement = connection.createStatement()) {
      Operations op = new Operations(dialect, sql -> execute(statement, sql));
      if (step.revision().transactional()) {
        step.run(revision.newInstance(), op);
      } else {
        runInAutocommit(connection, () -> step.run(revision.newInstance(), op));
      }
      versionTable.record(connection, step.headsBefore(), step.headsAfter());
      // a revision run without a transaction is recorded at once: a later rollback must not forget it was applied
      if (transactionPerMigration || !step.revision().transactional()) {
        connection.commit();
      }
    } catch (SQLException | RuntimeException e) {
      throw new MigrationFailedException(step, revision.location(), e, !step.revision().transactional());
    }
  }

  /**
   * PostgreSQL refuses statements such as {@code CREATE INDEX CONCURRENTLY} inside a transaction block: what came
   * before is committed (on a first run, the version table), the migration runs statement by statement, and its
   * version table write then gets a transaction of its own. A failure leaves autocommit on, for the caller's rollback
   * to skip.
   */
  private static void runInAutocommit(Connection connection, Runnable migration) throws SQLException {
    connection.commit();
    connection.setAutoCommit(true);
    migration.run();
    connection.setAutoCommit(false);
  }

  private static void execute(Statement statement, String sql) {
    try {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new StatementFailedException(sql, e);
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      if (!connection.isClosed() && !connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  // a connection the server terminated is closed by now: the failure that says so must not be replaced
  private static void restoreAutoCommit(Connection connection, boolean autoCommit, Exception failure) {
    try {
      if (!connection.isClosed()) {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
