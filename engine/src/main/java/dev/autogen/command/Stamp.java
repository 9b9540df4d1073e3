package dev.autogen.command;

import dev.autogen.runtime.HistoryEntry;
import dev.autogen.runtime.HistoryTable;
import dev.autogen.runtime.MigrationLock;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.SqlScript;
import dev.autogen.runtime.VersionTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * {@code stamp}: writes the version table as if the database were at a revision, running no migration, and a
 * {@code stamp} row in the history table for each head it sets. For a
 * database whose schema was built another way, or whose table names a revision no file has ({@code --purge}).
 */
final class Stamp {

  private final Project project;

  Stamp(Project project) {
    this.project = project;
  }

  /** @param purge start from an empty table: what it holds now is neither read into the graph nor kept */
  void stamp(String target, boolean purge, Consumer<String> out) {
    if (RevisionRange.parse(target).hasStart()) {
      throw new AutogenException("stamp '" + target + "': a range FROM:TO only makes sense with --sql");
    }
    RevisionGraph graph = project.graph();
    VersionTable versionTable = project.versionTable();
    try (Connection lockConnection = project.connectForMigration();
        MigrationLock lock = MigrationLock.acquire(lockConnection, project.dialect(), versionTable.table(),
            project.config().lockTimeout());
        Connection connection = project.connectForMigration()) {
      connection.setAutoCommit(false);
      Set<String> before = versionTable.currentHeads(connection);
      Set<String> after = graph.stamp(purge ? Set.of() : before, target);
      out.accept(description(before, after));
      versionTable.ensureExists(connection);
      versionTable.record(connection, before, after);
      HistoryTable history = versionTable.history();
      history.ensureExists(connection);
      for (HistoryEntry entry : HistoryTable.stampEntries(before, after, HistoryEntry.LOCAL_USER)) {
        history.append(connection, entry);
      }
      connection.commit();
    } catch (SQLException e) {
      throw new AutogenException("stamp '" + target + "' failed: " + e.getMessage(), e);
    }
  }

  /** The version table statements {@link #stamp} would run; a range {@code FROM:TO} needs no database. */
  void stampSql(String target, boolean purge, Consumer<String> out) {
    RevisionRange range = RevisionRange.parse(target);
    RevisionGraph graph = project.graph();
    Set<String> before = range.hasStart() ? graph.resolve(range.from(), Set.of()) : project.databaseHeads();
    Set<String> after = graph.stamp(purge ? Set.of() : before, range.to());
    SqlScript script = new SqlScript(out);
    script.comment(description(before, after));
    script.execute(project.dialect().beginTransaction());
    if (before.isEmpty()) {
      project.versionTable().ensureExists(script);
    }
    project.versionTable().record(script, before, after);
    HistoryTable history = project.versionTable().history();
    history.ensureExists(script);
    for (HistoryEntry entry : HistoryTable.stampEntries(before, after, null)) {
      history.append(script, entry);
    }
    script.execute(project.dialect().commitTransaction());
  }

  /** Alembic's line: {@code Running stamp_revision a1 -> b2, c3}. */
  private static String description(Set<String> before, Set<String> after) {
    return "Running stamp_revision " + String.join(", ", new TreeSet<>(before)) + " -> "
        + String.join(", ", new TreeSet<>(after));
  }
}
