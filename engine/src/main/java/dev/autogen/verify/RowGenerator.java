package dev.autogen.verify;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;

/**
 * Puts rows into every table of a schema, so a migration meets data: each table is filled up to {@link #ROWS} rows,
 * parents before children (a foreign key takes a parent row's key; one to the table itself the row's own key, or
 * null), every column given a value of its type ({@link ColumnValues}) except identity, serial and generated ones,
 * which PostgreSQL fills. Each row is tried in a savepoint; one a check or key rejects is tried again with other
 * values (a check's own literals among them), then skipped with a note. Same schema, same rows.
 */
public final class RowGenerator {

  /** Rows each table holds after {@link #fill}: enough for a key to meet duplicates, few enough to stay quick. */
  public static final int ROWS = 3;
  private static final int ATTEMPTS = 8;
  private static final int PARENT_ROWS = 50;

  private final Dialect dialect;

  public RowGenerator(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * What {@link #fill} did: rows inserted (or given values in columns added since they were), and a note for each
   * row it could not fill.
   */
  public record Fill(int rows, List<String> notes) {
    public Fill {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Fills the tables of {@code schema} on {@code connection} (in autocommit mode; the rows are committed together).
   */
  public Fill fill(Connection connection, SchemaModel schema) throws SQLException {
    ColumnValues values = new ColumnValues(schema.enumTypes());
    Map<QualifiedName, Existing> existing = existing(connection, schema.tables());
    int inserted = 0;
    List<String> notes = new ArrayList<>();
    connection.setAutoCommit(false);
    try {
      for (TableModel table : parentsFirst(schema.tables())) {
        Existing there = existing.getOrDefault(table.name(), new Existing(0, List.of()));
        if (!there.emptyColumns().isEmpty()) {
          inserted += fillColumns(connection, table, values, there.emptyColumns(), notes);
        }
        for (long row = there.rows() + 1; row <= ROWS; row++) {
          String problem = insertRow(connection, table, values, row);
          if (problem == null) {
            inserted++;
          } else {
            notes.add("table '" + table.name() + "': row " + row + " skipped: " + problem);
            break;
          }
        }
      }
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
    return new Fill(inserted, notes);
  }

  /**
   * Inserts one row, trying other values while a constraint rejects it: the columns of a check that rejected it take
   * the check's literals from then on. The first error, or {@code null} when the row went in.
   */
  private String insertRow(Connection connection, TableModel table, ColumnValues values, long row) throws SQLException {
    Map<String, List<String>> candidates = checkLiterals(table);
    Set<String> constrained = new HashSet<>();
    String problem = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Map<String, String> rowValues = new LinkedHashMap<>();
      for (ColumnModel column : table.columns()) {
        if (!fillsItself(column) && !(column.defaultExpression() != null && row == 1 && attempt == 0)) {
          rowValues.put(column.name(), values.value(table.name().toString(), column, row, attempt,
              constrained.contains(column.name()) ? candidates.getOrDefault(column.name(), List.of()) : List.of()));
        }
      }
      String unreferenced = references(connection, table, rowValues, row + attempt);
      if (unreferenced != null) {
        return unreferenced;
      }
      Savepoint savepoint = connection.setSavepoint();
      try (PreparedStatement insert = connection.prepareStatement(insertSql(table, rowValues.keySet()))) {
        int index = 1;
        for (String value : rowValues.values()) {
          insert.setObject(index++, value, Types.OTHER);
        }
        insert.executeUpdate();
        connection.releaseSavepoint(savepoint);
        return null;
      } catch (SQLException e) {
        connection.rollback(savepoint);
        constrained.addAll(checkedColumns(table, violatedConstraint(e)));
        // the first attempt's values are the natural ones: its error says best what is in the way
        problem = problem == null ? firstLine(e.getMessage()) : problem;
      }
    }
    return problem;
  }

  private static String violatedConstraint(SQLException e) {
    if (e instanceof PSQLException server && server.getServerErrorMessage() != null) {
      return server.getServerErrorMessage().getConstraint();
    }
    return null;
  }

  /** The columns a check names; empty for any other constraint. */
  private static Set<String> checkedColumns(TableModel table, String constraint) {
    Set<String> columns = new HashSet<>();
    for (CheckConstraintModel check : table.checks()) {
      if (check.name().equals(constraint)) {
        table.columns().stream().filter(column -> names(check, column)).map(ColumnModel::name).forEach(columns::add);
      }
    }
    return columns;
  }

  private static boolean names(CheckConstraintModel check, ColumnModel column) {
    return Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(column.name()) + "\"?(?![\\w$])")
        .matcher(check.expression()).find();
  }

  /**
   * Sets the foreign key columns of a row to a parent row's key (the row's own for a key to its table); a key
   * without a parent row stays null when it may, else the row cannot be made.
   */
  private String references(Connection connection, TableModel table, Map<String, String> row, long pick)
      throws SQLException {
    for (ForeignKeyModel key : table.foreignKeys()) {
      boolean nullable = key.columns().stream().allMatch(name -> table.column(name).map(ColumnModel::isNullable)
          .orElse(true));
      if (key.referencedTable().equals(table.name())) {
        List<String> own = key.referencedColumns().stream().map(row::get).toList();
        for (int i = 0; i < key.columns().size(); i++) {
          row.put(key.columns().get(i), own.contains(null) || nullable ? null : own.get(i));
        }
        if (own.contains(null) && !nullable) {
          return "foreign key " + key.name() + " references the row's own generated key";
        }
        continue;
      }
      List<List<String>> parents = parentKeys(connection, key);
      if (parents.isEmpty()) {
        if (!nullable) {
          return "foreign key " + key.name() + ": '" + key.referencedTable() + "' has no rows";
        }
        key.columns().forEach(name -> row.put(name, null));
        continue;
      }
      List<String> parent = parents.get((int) (pick % parents.size()));
      for (int i = 0; i < key.columns().size(); i++) {
        row.put(key.columns().get(i), parent.get(i));
      }
    }
    return null;
  }

  private List<List<String>> parentKeys(Connection connection, ForeignKeyModel key) throws SQLException {
    List<String> columns = key.referencedColumns().stream().map(dialect::quote).toList();
    String sql = "SELECT " + String.join(", ", columns) + " FROM " + dialect.qualify(key.referencedTable())
        + " WHERE " + String.join(" AND ", columns.stream().map(c -> c + " IS NOT NULL").toList())
        + " ORDER BY " + String.join(", ", columns) + " LIMIT " + PARENT_ROWS;
    List<List<String>> keys = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          values.add(rows.getString(i));
        }
        keys.add(values);
      }
    }
    return keys;
  }

  private String insertSql(TableModel table, Set<String> columns) {
    if (columns.isEmpty()) {
      return "INSERT INTO " + dialect.qualify(table.name()) + " DEFAULT VALUES";
    }
    return "INSERT INTO " + dialect.qualify(table.name()) + " ("
        + String.join(", ", columns.stream().map(dialect::quote).toList()) + ") VALUES ("
        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
  }

  /** Identity, serial and generated columns: PostgreSQL gives them their values. */
  private static boolean fillsItself(ColumnModel column) {
    return column.identityGeneration() != IdentityGeneration.NONE || column.generationExpression() != null
        || column.ownsSequence();
  }

  /** The literals of the checks that name a column, per column. */
  private static Map<String, List<String>> checkLiterals(TableModel table) {
    Map<String, List<String>> literals = new HashMap<>();
    for (CheckConstraintModel check : table.checks()) {
      for (ColumnModel column : table.columns()) {
        if (names(check, column)) {
          List<String> list = literals.computeIfAbsent(column.name(), name -> new ArrayList<>());
          ColumnValues.literals(check.expression()).stream().filter(l -> !list.contains(l)).forEach(list::add);
        }
      }
    }
    return literals;
  }

  /** Each table after the tables its foreign keys reference; a cycle is broken in name order. */
  static List<TableModel> parentsFirst(List<TableModel> tables) {
    Map<QualifiedName, TableModel> byName = new LinkedHashMap<>();
    tables.forEach(table -> byName.put(table.name(), table));
    List<TableModel> ordered = new ArrayList<>();
    Set<QualifiedName> done = new HashSet<>();
    Set<QualifiedName> visiting = new HashSet<>();
    for (TableModel table : tables) {
      visit(table, byName, done, visiting, ordered);
    }
    return ordered;
  }

  private static void visit(TableModel table, Map<QualifiedName, TableModel> byName, Set<QualifiedName> done,
      Set<QualifiedName> visiting, List<TableModel> ordered) {
    if (done.contains(table.name()) || !visiting.add(table.name())) {
      return;
    }
    for (ForeignKeyModel key : table.foreignKeys()) {
      TableModel parent = byName.get(key.referencedTable());
      if (parent != null) {
        visit(parent, byName, done, visiting, ordered);
      }
    }
    visiting.remove(table.name());
    done.add(table.name());
    ordered.add(table);
  }

  /** How many rows a table has (up to {@link #ROWS}), and its columns that are null in all of them. */
  private record Existing(long rows, List<String> emptyColumns) {
  }

  private Map<QualifiedName, Existing> existing(Connection connection, List<TableModel> tables) throws SQLException {
    Map<QualifiedName, Existing> existing = new HashMap<>();
    if (tables.isEmpty()) {
      return existing;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      TableModel table = tables.get(i);
      List<String> empty = fillable(table).stream().map(column -> "CASE WHEN count(" + dialect.quote(column)
          + ") = 0 THEN " + dialect.literal(column) + " END").toList();
      parts.add("SELECT " + i + ", count(*), " + (empty.isEmpty() ? "ARRAY[]::text[]"
          : "array_remove(ARRAY[" + String.join(", ", empty) + "]::text[], NULL)")
          + " FROM (SELECT * FROM " + dialect.qualify(table.name()) + " LIMIT " + ROWS + ") t");
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(String.join(" UNION ALL ", parts))) {
      while (rows.next()) {
        long count = rows.getLong(2);
        List<String> empty = count == 0 ? List.of() : List.of((String[]) rows.getArray(3).getArray());
        existing.put(tables.get(rows.getInt(1)).name(), new Existing(count, empty));
      }
    }
    return existing;
  }

  /**
   * The columns the generator can give a value to in a row that is already there: nullable, not filled by
   * PostgreSQL, in no foreign key.
   */
  private static List<String> fillable(TableModel table) {
    Set<String> referencing = new HashSet<>();
    table.foreignKeys().forEach(key -> referencing.addAll(key.columns()));
    return table.columns().stream()
        .filter(column -> column.isNullable() && !fillsItself(column) && !referencing.contains(column.name()))
        .map(ColumnModel::name).toList();
  }

  /**
   * Gives values to columns that are null in every row a table has (columns added since the rows were put there),
   * so a later revision meets them filled; a row a constraint keeps from it keeps its nulls, with a note.
   */
  private int fillColumns(Connection connection, TableModel table, ColumnValues values, List<String> columns,
      List<String> notes) throws SQLException {
    List<String> ctids = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
        "SELECT ctid FROM " + dialect.qualify(table.name()) + " ORDER BY ctid LIMIT " + ROWS)) {
      while (rows.next()) {
        ctids.add(rows.getString(1));
      }
    }
    Map<String, List<String>> candidates = checkLiterals(table);
    String sql = "UPDATE " + dialect.qualify(table.name()) + " SET "
        + String.join(", ", columns.stream().map(column -> dialect.quote(column) + " = ?").toList())
        + " WHERE ctid = ?::tid";
    int updated = 0;
    for (int i = 0; i < ctids.size(); i++) {
      long row = i + 1;
      String problem = null;
      Set<String> constrained = new HashSet<>();
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement update = connection.prepareStatement(sql)) {
          int index = 1;
          for (String column : columns) {
            ColumnModel model = table.column(column).orElseThrow();
            update.setObject(index++, values.value(table.name().toString(), model, row, attempt,
                constrained.contains(column) ? candidates.getOrDefault(column, List.of()) : List.of()), Types.OTHER);
          }
          update.setString(index, ctids.get(i));
          update.executeUpdate();
          connection.releaseSavepoint(savepoint);
          problem = null;
          updated++;
          break;
        } catch (SQLException e) {
          connection.rollback(savepoint);
          constrained.addAll(checkedColumns(table, violatedConstraint(e)));
          problem = problem == null ? firstLine(e.getMessage()) : problem;
        }
      }
      if (problem != null) {
        notes.add("table '" + table.name() + "': columns " + columns + " of row " + row + " left null: " + problem);
      }
    }
    return updated;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "rejected";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
