package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table that records which revisions a database is at: one row per head, as Alembic's {@code alembic_version}.
 * Writes run on the caller's connection, inside the transaction of the step they record.
 */
public final class VersionTable {

  private final Dialect dialect;
  private final QualifiedName table;

  public VersionTable(Dialect dialect, QualifiedName table) {
    this.dialect = dialect;
    this.table = table;
  }

  public QualifiedName table() {
    return table;
  }

  /** The append-only log kept beside this table. */
  public HistoryTable history() {
    return new HistoryTable(dialect, HistoryTable.nameFor(table));
  }

  public void ensureExists(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(dialect.createVersionTable(table));
    }
  }

  /** The revision ids recorded, sorted; empty when the table does not exist yet (a database never migrated). */
  public Set<String> currentHeads(Connection connection) throws SQLException {
    Set<String> heads = new LinkedHashSet<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet exists = statement.executeQuery(dialect.versionTableExists(table))) {
        exists.next();
        if (!exists.getBoolean(1)) {
          return heads;
        }
      }
      try (ResultSet rows = statement.executeQuery(dialect.selectVersions(table))) {
        while (rows.next()) {
          heads.add(rows.getString(1));
        }
      }
    }
    return heads;
  }

  /**
   * Records a step: heads that disappear are moved to heads that appear (an update), the rest deleted or inserted.
   * A linear step is one update, a first revision one insert, a downgrade to base one delete.
   */
  public void record(Connection connection, Set<String> before, Set<String> after) throws SQLException {
    for (Write write : writes(before, after)) {
      executeOneRow(connection, write.sql(), write.action());
    }
  }

  /** Writes the same statements as {@link #record(Connection, Set, Set)} to a script, where no row count is seen. */
  public void record(SqlExecutor script, Set<String> before, Set<String> after) {
    for (Write write : writes(before, after)) {
      script.execute(write.sql());
    }
  }

  /** Writes the table's creation to a script that starts from an empty database. */
  public void ensureExists(SqlExecutor script) {
    script.execute(dialect.createVersionTable(table));
  }

  private List<Write> writes(Set<String> before, Set<String> after) {
    List<String> removed = new ArrayList<>(new TreeSet<>(before));
    removed.removeAll(after);
    List<String> added = new ArrayList<>(new TreeSet<>(after));
    added.removeAll(before);
    int moved = Math.min(removed.size(), added.size());
    List<Write> writes = new ArrayList<>();
    for (int i = 0; i < moved; i++) {
      writes.add(updateWrite(removed.get(i), added.get(i)));
    }
    for (String revision : removed.subList(moved, removed.size())) {
      writes.add(deleteWrite(revision));
    }
    for (String revision : added.subList(moved, added.size())) {
      writes.add(insertWrite(revision));
    }
    return writes;
  }

  public void insert(Connection connection, String revision) throws SQLException {
    Write write = insertWrite(revision);
    executeOneRow(connection, write.sql(), write.action());
  }

  public void update(Connection connection, String from, String to) throws SQLException {
    Write write = updateWrite(from, to);
    executeOneRow(connection, write.sql(), write.action());
  }

  public void delete(Connection connection, String revision) throws SQLException {
    Write write = deleteWrite(revision);
    executeOneRow(connection, write.sql(), write.action());
  }

  private Write insertWrite(String revision) {
    return new Write(dialect.insertVersion(table, revision), "insert '" + revision + "'");
  }

  private Write updateWrite(String from, String to) {
    return new Write(dialect.updateVersion(table, from, to), "move '" + from + "' to '" + to + "'");
  }

  private Write deleteWrite(String revision) {
    return new Write(dialect.deleteVersion(table, revision), "delete '" + revision + "'");
  }

  /** One statement of a step's record, with what it does in words for the error when it misses. */
  private record Write(String sql, String action) {
  }

  // Anything but one row means the table no longer holds what the plan was made from: stop rather than guess.
  private void executeOneRow(Connection connection, String sql, String action) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      int rows = statement.executeUpdate(sql);
      if (rows != 1) {
        throw new IllegalStateException("Version table " + table + ": " + action + " touched " + rows
            + " rows instead of 1; was the database migrated concurrently?");
      }
    }
  }
}
