package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps two processes from migrating one database at once: a session-level advisory lock keyed by the version
 * table, held on a connection of its own. The migration's transactions run on other connections, so they never wait
 * on the lock's session, and a process that dies frees the lock because its session ends.
 *
 * <pre>{@code
 * try (Connection lockConnection = open();
 *     MigrationLock lock = MigrationLock.acquire(lockConnection, dialect, versionTable.table(), timeout);
 *     Connection connection = open()) {
 *   runner.upgrade(connection, "head"); // reads the heads only now that no one else can move them
 * }
 * }</pre>
 */
public final class MigrationLock implements AutoCloseable {

  // PostgreSQL's SQLSTATE for a lock wait that ran into lock_timeout
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private final Connection connection;
  private final Dialect dialect;
  private final long key;

  private MigrationLock(Connection connection, Dialect dialect, long key) {
    this.connection = connection;
    this.dialect = dialect;
    this.key = key;
  }

  /**
   * Takes the lock for {@code versionTable}, waiting up to {@code timeout} for whoever holds it.
   *
   * @param connection a connection used for nothing else while the lock is held; the caller closes it
   * @throws MigrationLockTimeoutException when the timeout passes, naming the sessions that hold the lock
   */
  public static MigrationLock acquire(Connection connection, Dialect dialect, QualifiedName versionTable,
      Duration timeout) throws SQLException {
    Objects.requireNonNull(timeout, "timeout");
    long key = keyFor(dialect, versionTable);
    MigrationLock lock = new MigrationLock(connection, dialect, key);
    if (!lock.tryLock() && (timeout.isZero() || !lock.lockWithin(timeout))) {
      throw new MigrationLockTimeoutException(dialect.qualify(versionTable), timeout, lock.holders());
    }
    return lock;
  }

  /**
   * The advisory lock key: the first 64 bits of the SHA-256 of the version table's qualified name, so the same
   * project always takes the same lock and projects with version tables of their own never block each other.
   */
  public static long keyFor(Dialect dialect, QualifiedName versionTable) {
    byte[] digest = sha256("autogen migration lock:" + dialect.qualify(versionTable));
    long key = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      key = key << 8 | digest[i] & 0xFF;
    }
    return key;
  }

  public long key() {
    return key;
  }

  private boolean tryLock() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(dialect.tryAdvisoryLock(key))) {
      result.next();
      return result.getBoolean(1);
    }
  }

  // The server wakes the waiter the moment the lock is released: no polling interval to tune.
  private boolean lockWithin(Duration timeout) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(dialect.setLockTimeout(timeout));
      try {
        statement.execute(dialect.advisoryLock(key));
        return true;
      } catch (SQLException e) {
        if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
          return false;
        }
        throw e;
      } finally {
        statement.execute(dialect.resetLockTimeout());
      }
    }
  }

  private List<LockHolder> holders() throws SQLException {
    List<LockHolder> holders = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(dialect.advisoryLockHolders(key))) {
      while (rows.next()) {
        holders.add(new LockHolder(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4)));
      }
    }
    return holders;
  }

  /** Releases the lock; closing the connection would too, but a pooled connection may live on. */
  @Override
  public void close() {
    try (Statement statement = connection.createStatement()) {
      statement.execute(dialect.advisoryUnlock(key));
    } catch (SQLException e) {
      // the unlock fails only when the session is gone, and the lock went with it: the migration's outcome stands
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
