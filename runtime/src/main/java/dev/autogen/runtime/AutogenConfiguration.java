package dev.autogen.runtime;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.runtime.index.CompiledRevisions;
import dev.autogen.schema.QualifiedName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The settings of an {@link Autogen}, fluent: {@code Autogen.configure().dataSource(ds).load()}. The defaults are
 * those of {@code autogen.properties}: version table {@code autogen_version}, a 60 second lock timeout, a transaction
 * per migration, no statement lock timeout of autogen's own (the server's {@code lock_timeout}) and no lock retries,
 * and every revision in the application's revision index.
 */
public final class AutogenConfiguration {

  /** The version table's default name, as {@code autogen.properties} has it. */
  public static final String DEFAULT_VERSION_TABLE = "autogen_version";

  private static final String CLASSPATH = "classpath:";

  private ConnectionSource connections;
  private final List<String> packages = new ArrayList<>();
  private Supplier<List<LoadedRevision>> revisions;
  private ClassLoader classLoader;
  private QualifiedName versionTable = QualifiedName.of(DEFAULT_VERSION_TABLE);
  private Duration lockTimeout = Duration.ofSeconds(60);
  private boolean transactionPerMigration = true;
  private Duration statementLockTimeout;
  private int lockRetries;
  private Duration lockRetryDelay = LockRetryPolicy.DEFAULT_FIRST_DELAY;
  private Consumer<String> reporter = line -> { };

  AutogenConfiguration() {
  }

  /** The database to migrate; two of its connections are in use during an upgrade (the lock's and the work's). */
  public AutogenConfiguration dataSource(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return connections(dataSource::getConnection);
  }

  public AutogenConfiguration connections(ConnectionSource connections) {
    this.connections = Objects.requireNonNull(connections, "connections");
    return this;
  }

  /**
   * Where the compiled revisions are: {@code classpath:com/example/db} (or the package name {@code com.example.db}),
   * subpackages included. Without a location, every revision the revision index lists.
   *
   * @throws IllegalArgumentException for a location that is not on the class path, such as {@code filesystem:}:
   *     sources are compiled by the command line, not at application start
   */
  public AutogenConfiguration locations(String... locations) {
    for (String location : locations) {
      packages.add(packageOf(location));
    }
    return this;
  }

  /** Revisions already loaded (the command line compiles them from sources), instead of the revision index. */
  public AutogenConfiguration revisions(List<LoadedRevision> revisions) {
    List<LoadedRevision> copy = List.copyOf(revisions);
    return revisions(() -> copy);
  }

  /** Revisions loaded when first needed: {@code current()} and {@code history()} need none. */
  public AutogenConfiguration revisions(Supplier<List<LoadedRevision>> revisions) {
    this.revisions = Objects.requireNonNull(revisions, "revisions");
    return this;
  }

  /** Where the revision index and the migration classes are read from; default: the thread's context loader. */
  public AutogenConfiguration classLoader(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    return this;
  }

  /** The version table, in the connection's default schema; its history table is named after it. */
  public AutogenConfiguration versionTable(String name) {
    return versionTable(QualifiedName.of(name));
  }

  public AutogenConfiguration versionTable(QualifiedName name) {
    this.versionTable = Objects.requireNonNull(name, "versionTable");
    return this;
  }

  /** How long {@code upgrade} and {@code downgrade} wait while another process migrates ({@code ZERO}: no wait). */
  public AutogenConfiguration lockTimeout(Duration lockTimeout) {
    if (lockTimeout.isNegative()) {
      throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
    }
    this.lockTimeout = lockTimeout;
    return this;
  }

  /**
   * The longest a migration's statement waits for a lock ({@code lock_timeout}), so that the application's queries
   * queued behind it wait no longer; {@code null} (the default): the server's own setting applies. A statement that
   * runs out of it fails its revision, unless {@link #lockRetries} allows another try.
   */
  public AutogenConfiguration statementLockTimeout(Duration statementLockTimeout) {
    this.statementLockTimeout = statementLockTimeout;
    return this;
  }

  /**
   * How many times a statement that ran out of {@link #statementLockTimeout} is tried again (default 0): a
   * transactional revision's work from its start, a statement of one without a transaction alone.
   */
  public AutogenConfiguration lockRetries(int lockRetries) {
    this.lockRetries = lockRetries;
    return this;
  }

  /** The pause before the first lock retry (default 1s); it doubles with each retry up to 30s, with jitter. */
  public AutogenConfiguration lockRetryDelay(Duration lockRetryDelay) {
    this.lockRetryDelay = Objects.requireNonNull(lockRetryDelay, "lockRetryDelay");
    return this;
  }

  /** {@code false}: all steps of a run in one transaction, so a failure takes the whole run back. */
  public AutogenConfiguration transactionPerMigration(boolean transactionPerMigration) {
    this.transactionPerMigration = transactionPerMigration;
    return this;
  }

  /** Receives the lines the command line prints ({@code Running upgrade a -> b, message}); default: none. */
  public AutogenConfiguration reporter(Consumer<String> reporter) {
    this.reporter = Objects.requireNonNull(reporter, "reporter");
    return this;
  }

  /**
   * Loads the revisions and checks their graph.
   *
   * @throws IllegalStateException without a data source
   * @throws RevisionException when a revision cannot be loaded or the graph is inconsistent
   */
  public Autogen load() {
    if (connections == null) {
      throw new IllegalStateException("Autogen.configure() needs a dataSource(...) or connections(...)");
    }
    PostgresDialect dialect = new PostgresDialect();
    Autogen autogen = new Autogen(connections, dialect, new VersionTable(dialect, versionTable), lockTimeout,
        revisions != null ? revisions : indexed(loader(), List.copyOf(packages)), reporter, transactionPerMigration,
        lockRetryPolicy());
    if (revisions == null) {
      autogen.graph(); // an application learns of a broken index or graph at start, not at its first upgrade
    }
    return autogen;
  }

  /** @throws IllegalArgumentException for retries without a timeout, or a timeout or count out of range */
  private LockRetryPolicy lockRetryPolicy() {
    if (statementLockTimeout == null && lockRetries > 0) {
      throw new IllegalArgumentException("lockRetries(" + lockRetries + ") needs a statementLockTimeout: without one"
          + " a statement waits for its locks as long as it takes, and there is nothing to retry");
    }
    return new LockRetryPolicy(statementLockTimeout, lockRetries, lockRetryDelay);
  }

  private static Supplier<List<LoadedRevision>> indexed(ClassLoader loader, List<String> packages) {
    List<LoadedRevision> loaded = CompiledRevisions.load(loader, packages);
    return () -> loaded;
  }

  private ClassLoader loader() {
    if (classLoader != null) {
      return classLoader;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : AutogenConfiguration.class.getClassLoader();
  }

  static String packageOf(String location) {
    String path = location.strip();
    if (path.startsWith(CLASSPATH)) {
      path = path.substring(CLASSPATH.length());
    } else if (path.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      throw new IllegalArgumentException("Location '" + location + "': only classpath: locations hold compiled"
          + " revisions; the autogen command line compiles revisions from source directories");
    }
    path = path.replaceAll("^/+|/+$", "");
    return path.replace('/', '.');
  }
}
