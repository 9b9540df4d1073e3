package dev.autogen.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Array;
import java.util.ArrayList;
import java.util.List;

/** Runs catalog queries on a connection it borrows: statements are closed, the connection is left as it was. */
final class CatalogReader {

  /** Turns the current row into a value. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final Connection connection;

  CatalogReader(Connection connection) {
    this.connection = connection;
  }

  /** All rows of {@code query}, its {@code ?} placeholders bound to {@code parameters} in order. */
  <T> List<T> read(CatalogQuery query, RowMapper<T> mapper, Object... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<T> values = new ArrayList<>();
        while (rows.next()) {
          values.add(mapper.map(rows));
        }
        return values;
      }
    } catch (SQLException e) {
      throw new IntrospectionException("catalog query " + query.resource() + " failed: " + e.getMessage(), e);
    }
  }

  /** A {@code text[]} column as a list; SQL NULL as an empty list. */
  static List<String> textArray(ResultSet row, String column) throws SQLException {
    Array array = row.getArray(column);
    if (array == null) {
      return List.of();
    }
    try {
      return List.of((String[]) array.getArray());
    } finally {
      array.free();
    }
  }
}
