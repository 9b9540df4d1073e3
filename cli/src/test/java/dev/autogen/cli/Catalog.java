package dev.autogen.cli;

import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a test database directly over JDBC, independently of autogen, to check what the commands did. */
final class Catalog {

  private final TestDatabase database;

  Catalog(TestDatabase database) {
    this.database = database;
  }

  /** Column names of {@code public.<table>} in ordinal order; empty when the table does not exist. */
  List<String> columns(String table) throws SQLException {
    return query("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
        + " AND table_name = ? ORDER BY ordinal_position", table);
  }

  /** Table names in schema public, sorted. */
  List<String> tables() throws SQLException {
    return query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        + " AND table_type = 'BASE TABLE' ORDER BY table_name");
  }

  /** The revisions the version table records; empty when it does not exist. */
  List<String> versions() throws SQLException {
    if (!tables().contains("autogen_version")) {
      return List.of();
    }
    return query("SELECT version_num FROM autogen_version ORDER BY version_num");
  }

  /** The first column of every row {@code sql} returns, as text. */
  List<String> query(String sql, String... parameters) throws SQLException {
    try (Connection connection = database.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
