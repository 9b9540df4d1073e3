package dev.autogen.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data steps online: prepared statements with bound parameters on the migration's connection, so they run in the
 * step's transaction and roll back with it. A statement the database rejects fails the step naming the statement.
 */
public final class JdbcDataAccess implements DataAccess {

  private final Connection connection;

  public JdbcDataAccess(Connection connection) {
    this.connection = connection;
  }

  @Override
  public List<Row> query(String sql, List<?> parameters) {
    try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
      ResultSetMetaData meta = rows.getMetaData();
      List<Row> result = new ArrayList<>();
      while (rows.next()) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
          values.put(meta.getColumnLabel(column), rows.getObject(column));
        }
        result.add(new Row(values));
      }
      return result;
    } catch (SQLException e) {
      throw new StatementFailedException(sql, e);
    }
  }

  @Override
  public int update(String sql, List<?> parameters) {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new StatementFailedException(sql, e);
    }
  }

  @Override
  public int[] batch(String sql, List<? extends List<?>> rows) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (List<?> row : rows) {
        bind(statement, row);
        statement.addBatch();
      }
      return statement.executeBatch();
    } catch (SQLException e) {
      // a batch's own message is generic; the first statement's cause says what the database refused
      SQLException cause = e.getNextException() != null ? e.getNextException() : e;
      throw new StatementFailedException(sql, cause);
    }
  }

  private PreparedStatement prepare(String sql, List<?> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      bind(statement, parameters);
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      statement.setObject(i + 1, value instanceof Enum<?> ? ((Enum<?>) value).name() : value);
    }
  }
}
