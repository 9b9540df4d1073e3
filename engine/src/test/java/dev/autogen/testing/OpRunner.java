package dev.autogen.testing;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.op.MigrationOp;
import dev.autogen.runtime.Operations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs op records on a connection through the {@code op} API and {@link PostgresDialect}, as a migration would,
 * without a version table: for tests of what the ops do to a real database. A failing statement is named in the
 * exception.
 */
public final class OpRunner {

  private OpRunner() {
  }

  public static void run(Connection connection, List<? extends MigrationOp> ops) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      Operations op = new Operations(new PostgresDialect(), sql -> {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
      });
      ops.forEach(op::run);
    }
  }

  public static void run(Connection connection, MigrationOp... ops) throws SQLException {
    run(connection, List.of(ops));
  }
}
