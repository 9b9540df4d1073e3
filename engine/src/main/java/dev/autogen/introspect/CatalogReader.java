package dev.autogen.introspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs catalog queries on a connection it borrows: statements are closed, the connection is left as it was. */
final class CatalogReader {

  /** Turns the current row into a value. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Sets a statement's parameters. */
  @FunctionalInterface
  private interface ParameterBinder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private final Connection connection;

  CatalogReader(Connection connection) {
    this.connection = connection;
  }

  /** All rows of {@code query}, which takes no parameters. */
  <T> List<T> read(CatalogQuery query, RowMapper<T> mapper) {
    return run(query, statement -> { }, mapper);
  }

  /** All rows of {@code query}, its one {@code ?} bound to {@code schemas} as a {@code text[]}. */
  <T> List<T> readInSchemas(CatalogQuery query, List<String> schemas, RowMapper<T> mapper) {
    String[] schemaArray = schemas.toArray(String[]::new);
    return run(query, statement -> statement.setObject(1, schemaArray), mapper);
  }

  private <T> List<T> run(CatalogQuery query, ParameterBinder parameters, RowMapper<T> mapper) {
    try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
      parameters.bind(statement);
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

  /** A non-null {@code text[]} column as a list. */
  static List<String> textArray(ResultSet row, String column) throws SQLException {
    Array array = row.getArray(column);
    try {
      return List.of((String[]) array.getArray());
    } finally {
      array.free();
    }
  }
}
