package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The append-only log beside the version table ({@code autogen_version_history} for {@code autogen_version}): one
 * row per revision applied, reverted or stamped, and per change accepted, never updated. Rows are written on the
 * caller's connection in the transaction of the step they record, so a step that rolls back leaves no row.
 */
public final class HistoryTable {

  /** What the history table's name adds to the version table's. */
  public static final String SUFFIX = "_history";

  private final Dialect dialect;
  private final QualifiedName table;

  public HistoryTable(Dialect dialect, QualifiedName table) {
    this.dialect = dialect;
    this.table = table;
  }

  /** The history table that goes with {@code versionTable}: same schema, name plus {@value #SUFFIX}. */
  public static QualifiedName nameFor(QualifiedName versionTable) {
    return new QualifiedName(versionTable.schema(), versionTable.name() + SUFFIX);
  }

  public QualifiedName table() {
    return table;
  }

  public void ensureExists(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(dialect.createHistoryTable(table));
    }
  }

  /** Writes the table's creation to a script; it creates it only where it is missing. */
  public void ensureExists(SqlExecutor script) {
    script.execute(dialect.createHistoryTable(table));
  }

  public void append(Connection connection, HistoryEntry entry) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(insert(entry));
    }
  }

  public void append(SqlExecutor script, HistoryEntry entry) {
    script.execute(insert(entry));
  }

  private String insert(HistoryEntry entry) {
    return dialect.insertHistory(table, entry.revision(), entry.action().sql(), entry.durationMillis(),
        entry.checksum(), entry.fileChecksum(), entry.osUser());
  }

  /**
   * The rows of a stamp from heads {@code before} to {@code after}: one per head that appears, or one for
   * {@code base} when no head is left. Nothing ran, so they carry no checksum.
   */
  public static List<HistoryEntry> stampEntries(Set<String> before, Set<String> after, String osUser) {
    List<HistoryEntry> entries = new ArrayList<>();
    for (String head : new TreeSet<>(after)) {
      if (!before.contains(head)) {
        entries.add(HistoryEntry.of(head, HistoryAction.STAMP, null, osUser, null, null));
      }
    }
    if (after.isEmpty() && !before.isEmpty()) {
      entries.add(HistoryEntry.of("base", HistoryAction.STAMP, null, osUser, null, null));
    }
    return entries;
  }

  /** Every row, oldest first; empty when the table does not exist (a database migrated before it was kept). */
  public List<HistoryEntry> entries(Connection connection) throws SQLException {
    List<HistoryEntry> entries = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet exists = statement.executeQuery(dialect.tableExists(table))) {
        exists.next();
        if (!exists.getBoolean(1)) {
          return entries;
        }
      }
      try (ResultSet rows = statement.executeQuery(dialect.selectHistory(table))) {
        while (rows.next()) {
          Timestamp appliedAt = rows.getTimestamp(4);
          long duration = rows.getLong(5);
          Long durationMillis = rows.wasNull() ? null : duration;
          entries.add(new HistoryEntry(rows.getLong(1), rows.getString(2), HistoryAction.fromSql(rows.getString(3)),
              appliedAt == null ? null : appliedAt.toInstant(), durationMillis, rows.getString(6), rows.getString(7),
              rows.getString(8), rows.getString(9)));
        }
      }
    }
    return entries;
  }

  /** The newest row of each revision. */
  public static Map<String, HistoryEntry> latestByRevision(List<HistoryEntry> entries) {
    Map<String, HistoryEntry> latest = new HashMap<>();
    for (HistoryEntry entry : entries) {
      latest.put(entry.revision(), entry);
    }
    return latest;
  }

  /** The newest row of each revision among those of {@code action}. */
  public static Map<String, HistoryEntry> latestByRevision(List<HistoryEntry> entries, HistoryAction action) {
    return latestByRevision(entries.stream().filter(entry -> entry.action() == action).toList());
  }
}
