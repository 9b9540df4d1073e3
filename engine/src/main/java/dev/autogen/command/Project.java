package dev.autogen.command;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.PostgresDialect;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.ConnectionSource;
import dev.autogen.runtime.ChangeAcceptance;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.VersionTable;
import dev.autogen.safety.LintReport;
import dev.autogen.verify.RevisionVerification;
import dev.autogen.verify.VerifyReport;
import dev.autogen.schema.QualifiedName;
import dev.autogen.script.MigrationLoader;
import dev.autogen.script.RevisionHeaderReader;
import dev.autogen.script.ScriptDirectory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One project as its config describes it: the scripts, the database and the entities. The command facades
 * ({@link Autogenerate}, {@link Migrate}, {@link Status}) work through it; the database is opened on first use and
 * closed with the project.
 */
public final class Project implements AutoCloseable {

  private final AutogenConfig config;
  private final Consumer<String> log;
  private final Clock clock;
  private final Dialect dialect = new PostgresDialect();
  private Database database;
  private List<LoadedRevision> revisions;

  /**
   * @param log where informational lines go (which database is used); results go to each call's own output
   */
  public Project(AutogenConfig config, Consumer<String> log, Clock clock) {
    this.config = config;
    this.log = log;
    this.clock = clock;
  }

  public AutogenConfig config() {
    return config;
  }

  Dialect dialect() {
    return dialect;
  }

  Clock clock() {
    return clock;
  }

  /** An informational line (which database or schema source is used) for the user, beside the results. */
  void note(String line) {
    log.accept(line);
  }

  ScriptDirectory scripts() {
    return new ScriptDirectory(config.scriptLocation());
  }

  /** The revisions in the scripts directory, compiled (or taken from the compile cache) once per project. */
  List<LoadedRevision> revisions() {
    if (revisions == null) {
      revisions = new MigrationLoader(config.entityClasspath(), config.compileCacheDirectory())
          .load(scripts().sources());
    }
    return revisions;
  }

  /** The revision graph, read from the sources' {@code @Revision} annotations without compiling them. */
  RevisionGraph graph() {
    if (revisions != null) {
      return new RevisionGraph(revisions.stream().map(LoadedRevision::info).toList());
    }
    return new RevisionGraph(new RevisionHeaderReader().read(scripts().sources()));
  }

  VersionTable versionTable() {
    return new VersionTable(dialect, QualifiedName.of(config.versionTable()));
  }


  /**
   * The Java API an application uses, over this project's database and compiled sources: the command line runs
   * migrations the one way an application does. The sources are compiled only when a call needs them.
   */
  Autogen autogen(Consumer<String> out) {
    return autogen(out, this::connect);
  }

  /** {@link #autogen(Consumer)} on connections without the read timeout: see {@link #connectForMigration()}. */
  Autogen autogenForMigration(Consumer<String> out) {
    return autogen(out, this::connectForMigration);
  }

  private Autogen autogen(Consumer<String> out, ConnectionSource connections) {
    return Autogen.configure()
        .connections(connections)
        .revisions(this::revisions)
        .versionTable(versionTable().table())
        .lockTimeout(config.lockTimeout())
        .transactionPerMigration(config.transactionPerMigration())
        .statementLockTimeout(config.lockRetries().statementLockTimeout())
        .lockRetries(config.lockRetries().retries())
        .lockRetryDelay(config.lockRetries().firstDelay())
        .reporter(out)
        .load();
  }

  /** A new connection to the project's database; the caller closes it. */
  Connection connect() {
    return database().connect();
  }

  /** The project's database, opened on first use and closed with the project. */
  Database database() {
    if (database == null) {
      database = Databases.open(config, log);
      log.accept("Database: " + database.displayName());
    }
    return database;
  }

  /**
   * A new connection for migration statements and the migration lock: without the read timeout
   * ({@code socket_timeout}), since a statement, or the wait for the lock (bounded by {@code lock_timeout}), may
   * rightly take longer than any read of a read-only command. Connecting and logging in stay bounded.
   */
  Connection connectForMigration() {
    Connection connection = connect();
    try {
      connection.setNetworkTimeout(Runnable::run, 0);
      return connection;
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw new AutogenException("cannot lift the read timeout of a connection to " + database.displayName() + ": "
          + e.getMessage(), e);
    }
  }

  /** The revision ids the database is at (empty before the first upgrade). */
  Set<String> currentHeads(Connection connection) {
    try {
      return versionTable().currentHeads(connection);
    } catch (SQLException e) {
      throw new AutogenException("cannot read version table '" + config.versionTable() + "': " + e.getMessage(), e);
    }
  }

  /** The revision ids the database is at, read on a connection of its own. */
  Set<String> databaseHeads() {
    try (Connection connection = connect()) {
      return currentHeads(connection);
    } catch (SQLException e) {
      throw new AutogenException("cannot read the current revision: " + e.getMessage(), e);
    }
  }

  /** The server scratch databases are made on: the one {@code --scratch-url} names, or the project's own. */
  Database scratchServer(String scratchUrl) {
    if (scratchUrl == null) {
      return database();
    }
    return new JdbcDatabase(scratchUrl, config.user(), config.password(), config.timeouts());
  }

  // --- the verbs

  public RevisionResult revision(RevisionRequest request, Consumer<String> out) {
    return new Autogenerate(this).revision(request, null, out);
  }

  /** A revision that brings the database to {@code target}'s schema rather than the entities'. */
  public RevisionResult revision(RevisionRequest request, TargetDatabase target, Consumer<String> out) {
    return new Autogenerate(this).revision(request, target, out);
  }

  /** {@code lint}: the safe-migration rules over the revisions {@code request} names. */
  public LintReport lint(LintRequest request) {
    return new Lint(this).lint(request);
  }

  /** {@code verify}: each revision upgraded, downgraded and upgraded again on a scratch database holding rows. */
  public VerifyReport verify(VerifyRequest request, Consumer<RevisionVerification> progress) {
    return new Verify(this).verify(request, progress);
  }

  public CheckResult check(Consumer<String> out) {
    return new Autogenerate(this).check(null, out);
  }

  /** Whether the database differs from {@code target}'s schema rather than the entities'. */
  public CheckResult check(TargetDatabase target, Consumer<String> out) {
    return new Autogenerate(this).check(target, out);
  }

  /**
   * {@code drift}: what was changed in the database outside the migrations, as the ops that would bring it back to
   * the schema its recorded revisions build.
   */
  public DriftResult drift(Consumer<String> out) {
    return new Autogenerate(this).drift(out);
  }

  public void upgrade(String target, Consumer<String> out) {
    upgrade(target, ChangeAcceptance.NONE, out);
  }

  /**
   * Upgrades to {@code target}; applied revisions changed since they ran stop it unless {@code acceptance} names
   * them, which records their new checksums.
   */
  public void upgrade(String target, ChangeAcceptance acceptance, Consumer<String> out) {
    new Migrate(this).upgrade(target, acceptance, out);
  }

  public void downgrade(String target, Consumer<String> out) {
    new Migrate(this).downgrade(target, out);
  }

  /**
   * Writes the SQL {@code upgrade} would run, running none of it. {@code target} may be a range {@code FROM:TO}
   * ({@code base:head}), which needs no database; without {@code FROM:}, the database's revision is read.
   */
  public void upgradeSql(String target, Consumer<String> out) {
    new Migrate(this).upgradeSql(target, out);
  }

  /** Writes the SQL {@code downgrade} would run, running none of it; {@code target} as for {@link #upgradeSql}. */
  public void downgradeSql(String target, Consumer<String> out) {
    new Migrate(this).downgradeSql(target, out);
  }

  /**
   * Writes one revision equal to the range {@code FROM:TO}, once scratch databases prove it builds the same catalog
   * and its downgrade returns to FROM's; returns its file.
   */
  public Path squash(SquashRequest request, Consumer<String> out) {
    return new Squash(this).squash(request, out);
  }

  /** Writes a merge revision joining several heads. */
  public void merge(MergeRequest request, Consumer<String> out) {
    new Merge(this).merge(request, out);
  }

  /** Sets the version table to {@code target} without running migrations; {@code purge} empties it first. */
  public void stamp(String target, boolean purge, Consumer<String> out) {
    new Stamp(this).stamp(target, purge, out);
  }

  /** Writes the SQL {@code stamp} would run; {@code target} as for {@link #upgradeSql}. */
  public void stampSql(String target, boolean purge, Consumer<String> out) {
    new Stamp(this).stampSql(target, purge, out);
  }

  public List<String> current() {
    return current(false);
  }

  public List<String> current(boolean verbose) {
    return new Status(this).current(verbose);
  }

  /** Fails with an {@link AutogenException} unless the database is at every head. */
  public void checkHeads() {
    new Status(this).checkHeads();
  }

  public List<String> history(boolean verbose) {
    return history(null, verbose, false);
  }

  /** @param range {@code FROM:TO} (either side may be empty), or {@code null} for every revision */
  public List<String> history(String range, boolean verbose, boolean indicateCurrent) {
    return new Status(this).history(range, verbose, indicateCurrent);
  }

  /** The history table's rows, oldest first: every upgrade, downgrade, stamp and accepted change. */
  public List<String> historyLog() {
    return new Status(this).log();
  }

  public List<String> branches(boolean verbose) {
    return new Status(this).branches(verbose);
  }

  public List<String> show(String target) {
    return new Status(this).show(target);
  }

  public List<String> heads() {
    return new Status(this).heads();
  }

  @Override
  public void close() {
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
