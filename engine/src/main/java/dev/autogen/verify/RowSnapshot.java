package dev.autogen.verify;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rows of a schema's tables, each as its {@code jsonb} text (keys sorted, so column order does not matter),
 * without the columns a revision may lose, sorted; read in one query. Up to {@link #ROWS_PER_TABLE} rows of a table
 * are kept.
 *
 * @param rows the rows of each table
 * @param loss what a revision may lose: tables it drops are not compared, columns it drops are not read
 */
public record RowSnapshot(Map<QualifiedName, List<String>> rows, AllowedLoss loss) {

  public static final int ROWS_PER_TABLE = 1000;

  public RowSnapshot {
    Map<QualifiedName, List<String>> copy = new TreeMap<>();
    rows.forEach((table, list) -> copy.put(table, List.copyOf(list)));
    rows = copy;
  }

  /** The rows of {@code schema}'s tables that {@code loss} does not let go. */
  public static RowSnapshot take(Connection connection, Dialect dialect, SchemaModel schema, AllowedLoss loss)
      throws SQLException {
    List<TableModel> tables = schema.tables();
    Map<QualifiedName, List<String>> rows = new LinkedHashMap<>();
    tables.forEach(table -> rows.put(table.name(), new ArrayList<>()));
    if (tables.isEmpty()) {
      return new RowSnapshot(rows, loss);
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      TableModel table = tables.get(i);
      Set<String> lost = loss.columnsOf(table.name());
      String row = "to_jsonb(x)";
      if (!lost.isEmpty()) {
        row = "(" + row + " - ARRAY[" + String.join(", ", lost.stream().map(dialect::literal).toList())
            + "]::text[])";
      }
      parts.add("(SELECT " + i + " AS t, " + row + "::text AS r FROM " + dialect.qualify(table.name())
          + " x ORDER BY 2 LIMIT " + ROWS_PER_TABLE + ")");
    }
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(String.join(" UNION ALL ", parts))) {
      while (result.next()) {
        rows.get(tables.get(result.getInt(1)).name()).add(result.getString(2));
      }
    }
    return new RowSnapshot(rows, loss);
  }

  public int rowCount() {
    return rows.values().stream().mapToInt(List::size).sum();
  }

  /**
   * The first table whose rows differ in {@code after}, described: rows lost, rows added, or the columns whose values
   * changed in the first row that did not come back; empty when every row came back.
   */
  public Optional<String> firstDifference(RowSnapshot after, Connection connection) throws SQLException {
    for (Map.Entry<QualifiedName, List<String>> entry : rows.entrySet()) {
      if (loss.losesTable(entry.getKey())) {
        continue;
      }
      List<String> before = entry.getValue();
      List<String> now = after.rows.get(entry.getKey());
      if (now == null) {
        return Optional.of("table '" + entry.getKey() + "': gone, with its " + before.size() + " rows");
      }
      if (before.equals(now)) {
        continue;
      }
      List<String> missing = new ArrayList<>(before);
      now.forEach(missing::remove);
      List<String> added = new ArrayList<>(now);
      before.forEach(added::remove);
      String where = "table '" + entry.getKey() + "': ";
      if (missing.isEmpty()) {
        return Optional.of(where + added.size() + " rows more than before, e.g. " + added.get(0));
      }
      if (added.isEmpty()) {
        return Optional.of(where + missing.size() + " of " + before.size() + " rows lost, e.g. " + missing.get(0));
      }
      return Optional.of(where + missing.size() + " of " + before.size() + " rows changed: "
          + changedColumns(connection, missing.get(0), added.get(0)));
    }
    return Optional.empty();
  }

  /** {@code column 'name': "abc" -> "a"}, for each column whose value differs between two rows (as jsonb text). */
  private static String changedColumns(Connection connection, String before, String after) throws SQLException {
    String sql = "SELECT coalesce(b.key, a.key), b.value, a.value FROM jsonb_each(?::jsonb) b"
        + " FULL JOIN jsonb_each(?::jsonb) a ON a.key = b.key"
        + " WHERE b.value IS DISTINCT FROM a.value ORDER BY 1";
    List<String> changes = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, before);
      statement.setString(2, after);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          changes.add("column '" + result.getString(1) + "': " + shown(result.getString(2)) + " -> "
              + shown(result.getString(3)));
        }
      }
    }
    return changes.isEmpty() ? before + " -> " + after : String.join(", ", changes);
  }

  private static String shown(String json) {
    if (json == null) {
      return "(no column)";
    }
    return json.length() > 60 ? json.substring(0, 57) + "..." : json;
  }
}
