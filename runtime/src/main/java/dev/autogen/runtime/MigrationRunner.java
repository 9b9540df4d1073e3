package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.runtime.ChangedMigrationException.ChangedMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Moves a database between revisions. Each step runs in a transaction of its own together with its version table
 * write, so a failure leaves the database exactly at the last revision that succeeded. A revision declared
 * {@code transactional = false} runs in autocommit mode instead, and only its version table write is transactional.
 * Without a transaction per migration, one transaction holds every step of the run.
 *
 * <p>Each step also appends a row to the {@link HistoryTable}, in the same transaction as its version table write,
 * with the checksum of the statements it ran. Before an upgrade, every applied revision is checked against the
 * checksum recorded for it: one whose upgrade now produces other statements stops the run, unless its change is
 * accepted.
 */
public final class MigrationRunner {

  private final Dialect dialect;
  private final VersionTable versionTable;
  private final HistoryTable history;
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
    this.history = versionTable.history();
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

  /**
   * Applies what {@code target} needs and returns the steps taken; an applied revision that changed since it ran
   * stops it ({@link ChangedMigrationException}) before anything runs.
   */
  public List<Step> upgrade(Connection connection, String target) throws SQLException {
    return upgrade(connection, target, ChangeAcceptance.NONE);
  }

  /**
   * Applies what {@code target} needs and returns the steps taken. Applied revisions that changed since they ran
   * stop it before anything runs, unless {@code acceptance} names them: their new checksum is then recorded (an
   * {@code accept} row, committed on its own) and the upgrade goes on.
   */
  public List<Step> upgrade(Connection connection, String target, ChangeAcceptance acceptance) throws SQLException {
    Set<String> heads = versionTable.currentHeads(connection);
    List<Step> steps = graph.upgradeSteps(heads, target);
    Set<String> accepted = accepted(acceptance, heads);
    List<ChangedMigration> changed = changedRevisions(connection, heads);
    List<ChangedMigration> refused = changed.stream()
        .filter(change -> !acceptance.all() && !accepted.contains(change.revision().id()))
        .toList();
    if (!refused.isEmpty()) {
      throw new ChangedMigrationException(refused);
    }
    Set<String> changedIds = changed.stream().map(change -> change.revision().id()).collect(Collectors.toSet());
    for (String id : new TreeSet<>(accepted)) {
      if (!changedIds.contains(id)) {
        reporter.accept("Revision " + id + " is unchanged since it was applied: nothing to accept");
      }
    }
    if (!changed.isEmpty()) {
      accept(connection, changed);
    }
    return run(connection, steps);
  }

  /**
   * The applied revisions (the current heads and what they need) whose upgrade produces other statements than when
   * it was applied, oldest first. Only revisions with a recorded checksum are compared: a database migrated before
   * the history table existed, or stamped, has nothing to compare yet. A revision whose file still has the bytes it
   * had then is not run again.
   */
  public List<ChangedMigration> changedRevisions(Connection connection) throws SQLException {
    return changedRevisions(connection, versionTable.currentHeads(connection));
  }

  private List<ChangedMigration> changedRevisions(Connection connection, Set<String> heads) throws SQLException {
    List<HistoryEntry> entries = history.entries(connection);
    if (entries.isEmpty()) {
      return List.of();
    }
    Map<String, HistoryEntry> latest = HistoryTable.latestByRevision(entries);
    Set<String> applied = graph.ancestorsOrSelf(heads.stream().filter(graph::contains).collect(Collectors.toSet()));
    List<RevisionInfo> oldestFirst = new ArrayList<>(graph.history());
    Collections.reverse(oldestFirst);
    List<ChangedMigration> changed = new ArrayList<>();
    for (RevisionInfo info : oldestFirst) {
      HistoryEntry recorded = latest.get(info.id());
      if (!applied.contains(info.id()) || recorded == null || recorded.checksum() == null
          || recorded.action() != HistoryAction.UPGRADE && recorded.action() != HistoryAction.ACCEPT) {
        continue;
      }
      String file = revisions.get(info.id()).fileChecksum();
      if (file != null && file.equals(recorded.fileChecksum())) {
        continue; // the bytes it was compiled from then: the same statements, and nothing to compile
      }
      try {
        String now = MigrationChecksum.ofUpgrade(dialect, revisions.get(info.id()));
        if (!now.equals(recorded.checksum())) {
          changed.add(new ChangedMigration(info, recorded.checksum(), now, null));
        }
      } catch (RuntimeException | Error e) {
        changed.add(new ChangedMigration(info, recorded.checksum(), null,
            Messages.firstLine(e.getMessage() == null ? e.getClass().getName() : e.getMessage())));
      }
    }
    return changed;
  }

  private Set<String> accepted(ChangeAcceptance acceptance, Set<String> heads) {
    Set<String> ids = new HashSet<>();
    for (String target : acceptance.revisions()) {
      Set<String> resolved = graph.resolve(target, heads);
      if (resolved.size() != 1) {
        throw new RevisionException("'" + target + "' names " + (resolved.isEmpty() ? "no revision" : resolved.size()
            + " revisions") + "; accept changes one revision at a time, by its id");
      }
      ids.addAll(resolved);
    }
    return ids;
  }

  /** Records the accepted checksums in a transaction of their own: the decision stands even if a step fails. */
  private void accept(Connection connection, List<ChangedMigration> changed) throws SQLException {
    inTransaction(connection, () -> {
      history.ensureExists(connection);
      for (ChangedMigration change : changed) {
        RevisionInfo info = change.revision();
        reporter.accept("Accepting the change to revision " + info.describe() + " (" + change.difference() + ")");
        history.append(connection, HistoryEntry.of(info.id(), HistoryAction.ACCEPT, null, HistoryEntry.LOCAL_USER,
            change.now(), revisions.get(info.id()).fileChecksum()));
      }
    });
  }

  /** Reverts down to {@code target} and returns the steps taken. */
  public List<Step> downgrade(Connection connection, String target) throws SQLException {
    return run(connection, graph.downgradeSteps(versionTable.currentHeads(connection), target));
  }

  private List<Step> run(Connection connection, List<Step> steps) throws SQLException {
    if (steps.isEmpty()) {
      return steps;
    }
    inTransaction(connection, () -> {
      if (steps.get(0).direction() == Direction.UPGRADE) {
        // not committed on its own: a first step that fails takes the new table with it
        versionTable.ensureExists(connection);
      }
      // also on a downgrade: a database migrated before the history was kept starts keeping it
      history.ensureExists(connection);
      for (Step step : steps) {
        runStep(connection, step);
      }
    });
    return steps;
  }

  private void runStep(Connection connection, Step step) {
    LoadedRevision revision = revisions.get(step.revision().id());
    reporter.accept(step.description());
    try (Statement statement = connection.createStatement()) {
      List<String> statements = new ArrayList<>();
      Operations op = new Operations(dialect, sql -> {
        statements.add(sql);
        execute(statement, sql);
      }, ignored -> { }, new JdbcDataAccess(connection));
      long start = System.nanoTime();
      if (step.revision().transactional()) {
        step.run(revision.newInstance(), op);
      } else {
        runInAutocommit(connection, () -> step.run(revision.newInstance(), op));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      versionTable.record(connection, step.headsBefore(), step.headsAfter());
      history.append(connection, entry(step, revision, millis, HistoryEntry.LOCAL_USER, statements));
      // a revision run without a transaction is recorded at once: a later rollback must not forget it was applied
      if (transactionPerMigration || !step.revision().transactional()) {
        connection.commit();
      }
    } catch (SQLException | RuntimeException | Error e) {
      // an Error too (a StackOverflowError in a recursive data step): every way out of a migration is its failure
      throw new MigrationFailedException(step, revision.location(), e, !step.revision().transactional());
    }
  }

  /** The history row of a step that ran {@code statements}; {@code millis} and {@code osUser} may be {@code null}. */
  static HistoryEntry entry(Step step, LoadedRevision revision, Long millis, String osUser, List<String> statements) {
    HistoryAction action = step.direction() == Direction.UPGRADE ? HistoryAction.UPGRADE : HistoryAction.DOWNGRADE;
    return HistoryEntry.of(step.revision().id(), action, millis, osUser, MigrationChecksum.of(statements),
        revision.fileChecksum());
  }

  /**
   * PostgreSQL refuses statements such as {@code CREATE INDEX CONCURRENTLY} inside a transaction block: what came
   * before is committed (on a first run, the version table), the migration runs statement by statement, and its
   * version table write then gets a transaction of its own. A failure leaves autocommit on, for the caller's rollback
   * to skip.
   */
  /** Work on a connection that may throw what JDBC throws. */
  @FunctionalInterface
  private interface TransactionWork {
    void run() throws SQLException;
  }

  /**
   * {@code work} in a transaction committed at its end (it may commit along the way too); on failure rolled back,
   * and the connection's auto-commit mode restored either way.
   */
  private static void inTransaction(Connection connection, TransactionWork work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(connection, e);
      restoreAutoCommit(connection, autoCommit, e);
      throw e;
    }
    connection.setAutoCommit(autoCommit);
  }

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
