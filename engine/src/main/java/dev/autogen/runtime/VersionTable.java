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
    List<String> removed = new ArrayList<>(new TreeSet<>(before));
    removed.removeAll(after);
    List<String> added = new ArrayList<>(new TreeSet<>(after));
    added.removeAll(before);
    int moved = Math.min(removed.size(), added.size());
    for (int i = 0; i < moved; i++) {
      update(connection, removed.get(i), added.get(i));
    }
    for (String revision : removed.subList(moved, removed.size())) {
      delete(connection, revision);
    }
    for (String revision : added.subList(moved, added.size())) {
      insert(connection, revision);
    }
  }

  public void insert(Connection connection, String revision) throws SQLException {
    executeOneRow(connection, dialect.insertVersion(table, revision), "insert '" + revision + "'");
  }

  public void update(Connection connection, String from, String to) throws SQLException {
    executeOneRow(connection, dialect.updateVersion(table, from, to), "move '" + from + "' to '" + to + "'");
  }

  public void delete(Connection connection, String revision) throws SQLException {
    executeOneRow(connection, dialect.deleteVersion(table, revision), "delete '" + revision + "'");
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
