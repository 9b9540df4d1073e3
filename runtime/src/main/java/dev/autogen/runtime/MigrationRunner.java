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
 *
 * <p>The steps run through {@link StepLoop}, the loop {@link MigrationScriptWriter} runs too, on a connection. With a
 * {@link LockRetryPolicy} that is on, every statement runs with its {@code lock_timeout}, and one that runs out of
 * it is retried (see {@link JdbcStepSink}).
 */
public final class MigrationRunner {

  private final Dialect dialect;
  private final VersionTable versionTable;
  private final HistoryTable history;
  private final RevisionGraph graph;
  private final Map<String, LoadedRevision> revisions;
  private final Consumer<String> reporter;
  private final StepLoop loop;
  private final LockRetryPolicy lockRetries;

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
    this(dialect, versionTable, revisions, reporter, transactionPerMigration, LockRetryPolicy.OFF);
  }

  /**
   * @param lockRetries the {@code lock_timeout} each statement runs with and how often one that runs out of it is
   *     tried again (retry lines go to {@code reporter})
   */
  public MigrationRunner(Dialect dialect, VersionTable versionTable, List<LoadedRevision> revisions,
      Consumer<String> reporter, boolean transactionPerMigration, LockRetryPolicy lockRetries) {
    this.dialect = dialect;
    this.versionTable = versionTable;
    this.history = versionTable.history();
    this.graph = new RevisionGraph(revisions.stream().map(LoadedRevision::info).collect(Collectors.toList()));
    this.revisions = revisions.stream().collect(Collectors.toMap(r -> r.info().id(), Function.identity()));
    this.reporter = reporter;
    this.loop = new StepLoop(revisions, transactionPerMigration);
    this.lockRetries = lockRetries;
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
    return upgrade(connection, target, acceptance, BlockerWatch.NONE);
  }

  List<Step> upgrade(Connection connection, String target, ChangeAcceptance acceptance, BlockerWatch watch)
      throws SQLException {
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
    return run(connection, steps, watch);
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
    return downgrade(connection, target, BlockerWatch.NONE);
  }

  List<Step> downgrade(Connection connection, String target, BlockerWatch watch) throws SQLException {
    return run(connection, graph.downgradeSteps(versionTable.currentHeads(connection), target), watch);
  }

  private List<Step> run(Connection connection, List<Step> steps, BlockerWatch watch) throws SQLException {
    if (steps.isEmpty()) {
      return steps;
    }
    JdbcStepSink sink = new JdbcStepSink(connection, dialect, versionTable, reporter, lockRetries, watch);
    if (!lockRetries.enabled()) {
      inTransaction(connection, () -> loop.run(steps, sink));
      return steps;
    }
    // set for the session before the run's first transaction, so no rollback can take it back
    try (Statement statement = connection.createStatement()) {
      statement.execute(dialect.setLockTimeout(lockRetries.statementLockTimeout()));
    }
    try {
      inTransaction(connection, () -> loop.run(steps, sink));
    } finally {
      resetLockTimeout(connection);
    }
    return steps;
  }

  // a pooled connection goes back with the server's lock_timeout; a dead one has nothing to reset
  private void resetLockTimeout(Connection connection) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(dialect.resetLockTimeout());
    } catch (SQLException e) {
      // the run's own outcome (returned or thrown) is what the caller needs
    }
  }

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
