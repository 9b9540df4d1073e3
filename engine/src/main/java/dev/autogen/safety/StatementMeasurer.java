package dev.autogen.safety;

import dev.autogen.dialect.LockMode;
import dev.autogen.dialect.TableEffect;
import dev.autogen.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one statement inside a transaction, observes what it did, and rolls it back: the lock modes the session took
 * on each table ({@code pg_locks} of {@code pg_backend_pid()}, read after the statement in the same transaction),
 * whether the table was rewritten ({@code pg_class.relfilenode} before and after) and whether it was read whole
 * ({@code pg_stat_xact_user_tables.seq_scan} went up). Only tables that existed before the statement are reported.
 */
public final class StatementMeasurer {

  /** SQLSTATE 25001: the statement refuses to run inside a transaction block. */
  private static final String ACTIVE_SQL_TRANSACTION = "25001";

  private static final String TABLES = "SELECT c.oid, n.nspname, c.relname, c.relfilenode,"
      + " coalesce(s.seq_scan, 0) AS seq_scan, n.nspname = current_schema() AS in_default_schema"
      + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " LEFT JOIN pg_stat_xact_user_tables s ON s.relid = c.oid"
      + " WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'";

  private static final String LOCKS = "SELECT relation, mode FROM pg_locks"
      + " WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted AND relation IS NOT NULL";

  private record TableState(QualifiedName name, long fileNode, long seqScans) {
  }

  /**
   * @param connection on the scratch database, in autocommit mode; left so
   */
  public MeasuredStatement measure(Connection connection, String sql) throws SQLException {
    connection.setAutoCommit(false);
    try {
      Map<Long, TableState> before = tables(connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        if (ACTIVE_SQL_TRANSACTION.equals(e.getSQLState())) {
          return new MeasuredStatement(sql, List.of(), false);
        }
        throw e;
      }
      Map<Long, LockMode> locks = locks(connection);
      Map<Long, TableState> after = tables(connection);
      Map<QualifiedName, TableEffect> effects = new TreeMap<>();
      for (Map.Entry<Long, TableState> entry : before.entrySet()) {
        LockMode lock = locks.get(entry.getKey());
        if (lock == null) {
          continue;
        }
        TableState old = entry.getValue();
        TableState now = after.get(entry.getKey());
        // a dropped table is gone from the catalog: neither rewritten nor read
        boolean rewritten = now != null && now.fileNode() != old.fileNode();
        boolean scanned = now != null && now.seqScans() > old.seqScans();
        effects.put(old.name(), new TableEffect(old.name(), lock, rewritten, scanned));
      }
      return new MeasuredStatement(sql, new ArrayList<>(effects.values()), true);
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  private static Map<Long, TableState> tables(Connection connection) throws SQLException {
    Map<Long, TableState> tables = new HashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(TABLES)) {
      while (rows.next()) {
        String schema = rows.getBoolean("in_default_schema") ? null : rows.getString("nspname");
        tables.put(rows.getLong("oid"), new TableState(new QualifiedName(schema, rows.getString("relname")),
            rows.getLong("relfilenode"), rows.getLong("seq_scan")));
      }
    }
    return tables;
  }

  private static Map<Long, LockMode> locks(Connection connection) throws SQLException {
    Map<Long, LockMode> locks = new HashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(LOCKS)) {
      while (rows.next()) {
        String mode = rows.getString("mode");
        // SIReadLock (SERIALIZABLE's predicate lock) blocks nobody: not a table lock mode
        if (!mode.equals("SIReadLock")) {
          locks.merge(rows.getLong("relation"), LockMode.ofCatalogName(mode), LockMode::strongest);
        }
      }
    }
    return locks;
  }
}
