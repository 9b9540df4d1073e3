package dev.autogen.introspect;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.PostgresDialect;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a model's check expressions and column defaults into PostgreSQL's own spelling of them, so they compare
 * with {@code equals} to what the catalog prints: {@code tier in ('FREE','PRO')} becomes
 * {@code ((tier)::text = ANY ((ARRAY['FREE'::character varying, 'PRO'::character varying])::text[]))}.
 *
 * <p>PostgreSQL itself does the rewriting: each table with expressions is created as a scratch {@code TEMP} table
 * (its columns and types, its defaults and checks) in one statement batch, the expressions are read back with
 * {@code pg_get_expr} in one query, and everything is rolled back. The caller's connection is left as it was: inside
 * a transaction the work is undone to a savepoint, otherwise in a short transaction of its own.
 */
public final class ExpressionCanonicalizer {

  private static final String SCRATCH_PREFIX = "autogen_expr_";

  private static final String READ_BACK = """
      SELECT c.relname, 'check' AS kind, con.conname AS name, pg_catalog.pg_get_expr(con.conbin, con.conrelid) AS expr
        FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
       WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relname = ANY (?::text[]) AND con.contype = 'c'
      UNION ALL
      SELECT c.relname, 'default', a.attname, pg_catalog.pg_get_expr(d.adbin, d.adrelid)
        FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_class c ON c.oid = d.adrelid
        JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
       WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relname = ANY (?::text[])""";

  private final Dialect dialect = new PostgresDialect();

  /** {@code model} with every check expression and default as PostgreSQL prints it; other parts unchanged. */
  public SchemaModel canonicalize(Connection connection, SchemaModel model) {
    // scratch tables get names of their own: expressions do not name their table, and two schemas may share a name
    List<TableModel> tables = model.tables();
    Map<String, TableModel> byScratchName = new LinkedHashMap<>();
    for (int i = 0; i < tables.size(); i++) {
      if (hasExpressions(tables.get(i))) {
        byScratchName.put(SCRATCH_PREFIX + i, tables.get(i));
      }
    }
    if (byScratchName.isEmpty()) {
      return model;
    }
    Map<String, Map<String, String>> canonical = readBack(connection, byScratchName);
    List<TableModel> rewritten = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      Map<String, String> expressions = canonical.get(SCRATCH_PREFIX + i);
      rewritten.add(expressions == null ? tables.get(i) : rewritten(tables.get(i), expressions));
    }
    return new SchemaModel(rewritten, model.sequences());
  }

  private static boolean hasExpressions(TableModel table) {
    return !table.checks().isEmpty() || table.columns().stream().anyMatch(c -> c.defaultExpression() != null);
  }

  /** Scratch table name -> ({@code check:<name>} or {@code default:<column>}) -> canonical expression. */
  private Map<String, Map<String, String>> readBack(Connection connection, Map<String, TableModel> byScratchName) {
    List<String> creates = new ArrayList<>();
    byScratchName.forEach((scratch, table) -> creates.add(createScratch(scratch, table)));
    String[] scratchNames = byScratchName.keySet().toArray(String[]::new);
    try {
      return inRolledBackTransaction(connection, () -> {
        try (Statement statement = connection.createStatement()) {
          statement.execute(String.join(";\n", creates));
        }
        Map<String, Map<String, String>> canonical = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(READ_BACK)) {
          query.setObject(1, scratchNames);
          query.setObject(2, scratchNames);
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              canonical.computeIfAbsent(rows.getString(1), name -> new HashMap<>())
                  .put(rows.getString(2) + ":" + rows.getString(3), rows.getString(4));
            }
          }
        }
        return canonical;
      });
    } catch (SQLException e) {
      throw new IntrospectionException("cannot bring the entities' check constraints and defaults into PostgreSQL's"
          + " spelling; PostgreSQL rejects one of them: " + e.getMessage(), e);
    }
  }

  /** Columns with their types and defaults, nullable and without identity: only the expressions matter here. */
  private String createScratch(String scratch, TableModel table) {
    List<String> parts = new ArrayList<>();
    for (ColumnModel column : table.columns()) {
      String definition = dialect.quote(column.name()) + " " + column.type().sql();
      parts.add(column.defaultExpression() == null ? definition : definition + " DEFAULT " + column.defaultExpression());
    }
    for (CheckConstraintModel check : table.checks()) {
      parts.add("CONSTRAINT " + dialect.quote(check.name()) + " CHECK (" + check.expression() + ")");
    }
    return "CREATE TEMP TABLE " + dialect.quote(scratch) + " (" + String.join(", ", parts) + ")";
  }

  private static TableModel rewritten(TableModel table, Map<String, String> canonical) {
    List<ColumnModel> columns = table.columns().stream()
        .map(column -> column.defaultExpression() == null
            ? column
            : column.defaultValue(canonical.get("default:" + column.name())))
        .toList();
    List<CheckConstraintModel> checks = table.checks().stream()
        .map(check -> check.withExpression(canonical.get("check:" + check.name())))
        .toList();
    return table.withColumns(columns).withChecks(checks);
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private static <T> T inRolledBackTransaction(Connection connection, Work<T> work) throws SQLException {
    if (connection.getAutoCommit()) {
      connection.setAutoCommit(false);
      try {
        return work.run();
      } finally {
        try {
          connection.rollback();
        } finally {
          connection.setAutoCommit(true);
        }
      }
    }
    Savepoint savepoint = connection.setSavepoint();
    try {
      return work.run();
    } finally {
      connection.rollback(savepoint);
      connection.releaseSavepoint(savepoint);
    }
  }
}
