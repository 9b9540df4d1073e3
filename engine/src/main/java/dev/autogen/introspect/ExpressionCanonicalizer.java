package dev.autogen.introspect;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.PostgresDialect;
import dev.autogen.dialect.SqlExpressions;
import dev.autogen.dialect.SqlSyntaxException;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
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
import java.util.Set;

/**
 * Rewrites a model's check expressions, column defaults and generation expressions into PostgreSQL's own spelling
 * of them, so they compare with {@code equals} to what the catalog prints: {@code tier in ('FREE','PRO')} becomes
 * {@code ((tier)::text = ANY ((ARRAY['FREE'::character varying, 'PRO'::character varying])::text[]))}.
 *
 * <p>PostgreSQL itself does the rewriting: each distinct default becomes a column of its type in a scratch
 * {@code TEMP} table, each distinct check or generation expression a scratch table holding the columns it reads
 * (and, for the latter, a generated column of its type), one statement per {@code execute}, all sent in one JDBC
 * batch; the expressions are read back with {@code pg_get_expr} in one query, and everything is rolled back. The
 * caller's connection is left as it was: inside a transaction the work is undone to a savepoint, otherwise in a short
 * transaction of its own.
 *
 * <p>The text comes from the mapping, so nothing of it is run before it is known to be what it must be: every
 * expression is checked to be exactly one expression and every type exactly one type ({@link SqlExpressions}), each
 * is put into the statement inside parentheses, and each statement is checked to be one statement. When PostgreSQL
 * rejects the batch, the expressions are tried again one by one, each to a savepoint, to name the one at fault.
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

  /** Defaults of one type per scratch table, well below PostgreSQL's 1600 columns. */
  private static final int DEFAULTS_PER_SCRATCH_TABLE = 500;

  /** The first table and column (or constraint) an expression comes from, to name it in an error. */
  private record Origin(String table, String part) {

    @Override
    public String toString() {
      return "table '" + table + "', " + part;
    }
  }

  /** One scratch statement and what it holds, to name the expression PostgreSQL rejects. */
  private record Probe(String sql, Origin origin, String what) {
  }

  /** A default as written, with the type of its column: equal keys get the same canonical text. */
  private record DefaultKey(String type, String expression) {
  }

  /** A check as written, with the columns (name and type) it may read: equal keys get the same canonical text. */
  private record CheckKey(String expression, List<String> columns) {
  }

  /** A generation expression as written, its column's type and the other columns it may read. */
  private record GeneratedKey(String expression, String type, List<String> columns) {
  }

  /**
   * {@code model} with every check expression and default as PostgreSQL prints it; other parts unchanged.
   *
   * <p>Each distinct expression is reprinted once, however many tables repeat it (the same enum check, the same
   * {@code 0} default), so the cost follows the number of distinct expressions, not of tables.
   */
  public SchemaModel canonicalize(Connection connection, SchemaModel model) {
    Map<DefaultKey, String> defaults = new LinkedHashMap<>();
    Map<CheckKey, String> checks = new LinkedHashMap<>();
    Map<GeneratedKey, String> generated = new LinkedHashMap<>();
    Map<Object, Origin> origins = new HashMap<>();
    for (TableModel table : model.tables()) {
      String tableName = table.name().toString();
      for (ColumnModel column : table.columns()) {
        Origin origin = new Origin(tableName, "column '" + column.name() + "'");
        if (reprints(column)) {
          DefaultKey key = defaultKey(column);
          if (defaults.putIfAbsent(key, "d" + defaults.size()) == null) {
            origins.put(key, origin);
            requireType(origin, column.type().sql());
            requireExpression(origin, "default", key.expression());
          }
        }
        if (column.generationExpression() != null) {
          GeneratedKey key = generatedKey(table, column);
          if (generated.putIfAbsent(key, SCRATCH_PREFIX + "g" + generated.size()) == null) {
            origins.put(key, origin);
            requireType(origin, column.type().sql());
            requireExpression(origin, "generation expression", key.expression());
          }
        }
      }
      for (CheckConstraintModel check : table.checks()) {
        Origin origin = new Origin(tableName, "check constraint '" + check.name() + "'");
        requireExpression(origin, "check", check.expression());
        CheckKey key = checkKey(table, check);
        if (checks.putIfAbsent(key, SCRATCH_PREFIX + "c" + checks.size()) == null) {
          origins.put(key, origin);
        }
      }
    }
    if (defaults.isEmpty() && checks.isEmpty() && generated.isEmpty()) {
      return model;
    }
    Map<String, String> canonical = readBack(connection, typeShadows(model),
        scratchTables(defaults, checks, generated), probes(defaults, checks, generated, origins));
    List<TableModel> rewritten = new ArrayList<>();
    for (TableModel table : model.tables()) {
      List<ColumnModel> columns = table.columns().stream()
          .map(column -> !reprints(column)
              ? column
              : column.defaultValue(canonical.get("default:" + defaults.get(defaultKey(column)))))
          .map(column -> column.generationExpression() == null
              ? column
              : column.generatedAs(canonical.get("default:" + generated.get(generatedKey(table, column)))))
          .toList();
      List<CheckConstraintModel> tableChecks = table.checks().stream()
          .map(check -> check.withExpression(canonical.get("check:" + checks.get(checkKey(table, check)))))
          .toList();
      rewritten.add(table.withColumns(columns).withChecks(tableChecks));
    }
    return model.withTables(rewritten);
  }

  /**
   * Whether the column's default is reprinted. A serial column's {@code nextval('seq'::regclass)} is already in
   * PostgreSQL's spelling, and its sequence need not exist yet (it comes with the column).
   */
  private static boolean reprints(ColumnModel column) {
    return column.defaultExpression() != null && !column.ownsSequence();
  }

  private static DefaultKey defaultKey(ColumnModel column) {
    return new DefaultKey(column.type().sql(), column.defaultExpression());
  }

  private CheckKey checkKey(TableModel table, CheckConstraintModel check) {
    return new CheckKey(check.expression(), columnsRead(table, check.expression(), null));
  }

  /** The generated column itself is left out: the scratch table names its own generated column. */
  private GeneratedKey generatedKey(TableModel table, ColumnModel column) {
    return new GeneratedKey(column.generationExpression(), column.type().sql(),
        columnsRead(table, column.generationExpression(), column.name()));
  }

  /**
   * The table's columns (but {@code except}) whose names the expression mentions, unquoted ones folded as PostgreSQL
   * folds them ({@code STAT} reads {@code stat}), as scratch column definitions: a superset of those it reads, which
   * is harmless. An expression that is not one is left for {@link #requireExpression} to report.
   */
  private List<String> columnsRead(TableModel table, String expression, String except) {
    Set<String> names;
    try {
      names = SqlExpressions.namesRead(expression);
    } catch (SqlSyntaxException e) {
      return List.of();
    }
    return table.columns().stream()
        .filter(column -> !column.name().equals(except) && names.contains(column.name()))
        .map(column -> {
          requireType(new Origin(table.name().toString(), "column '" + column.name() + "'"), column.type().sql());
          return dialect.quote(column.name()) + " " + column.type().sql();
        })
        .toList();
  }

  private static void requireExpression(Origin origin, String kind, String expression) {
    try {
      SqlExpressions.requireExpression(expression);
    } catch (SqlSyntaxException e) {
      throw new IntrospectionException(origin + ": the " + kind + " '" + expression + "' is not one SQL expression: "
          + e.getMessage());
    }
  }

  private static void requireType(Origin origin, String type) {
    try {
      SqlExpressions.requireType(type);
    } catch (SqlSyntaxException e) {
      throw new IntrospectionException(origin + ": the type '" + type + "' is not one SQL type: " + e.getMessage());
    }
  }

  /**
   * Scratch table name -> its {@code CREATE TEMP TABLE}: defaults as columns in a few tables, one table per check
   * and per generation expression, whose generated column is named like the table (so read back under that name).
   */
  private Map<String, String> scratchTables(Map<DefaultKey, String> defaults, Map<CheckKey, String> checks,
      Map<GeneratedKey, String> generated) {
    Map<String, String> creates = new LinkedHashMap<>();
    List<String> columns = new ArrayList<>();
    for (Map.Entry<DefaultKey, String> entry : defaults.entrySet()) {
      columns.add(entry.getValue() + " " + entry.getKey().type() + " DEFAULT (" + entry.getKey().expression() + ")");
      if (columns.size() == DEFAULTS_PER_SCRATCH_TABLE) {
        addScratch(creates, SCRATCH_PREFIX + "d" + creates.size(), columns);
        columns = new ArrayList<>();
      }
    }
    if (!columns.isEmpty()) {
      addScratch(creates, SCRATCH_PREFIX + "d" + creates.size(), columns);
    }
    checks.forEach((key, scratch) -> {
      List<String> parts = new ArrayList<>(key.columns());
      parts.add("CONSTRAINT " + dialect.quote(scratch) + " CHECK (" + key.expression() + ")");
      addScratch(creates, scratch, parts);
    });
    generated.forEach((key, scratch) -> {
      List<String> parts = new ArrayList<>(key.columns());
      parts.add(dialect.quote(scratch) + " " + key.type() + " GENERATED ALWAYS AS (" + key.expression() + ") STORED");
      addScratch(creates, scratch, parts);
    });
    return creates;
  }

  /** One statement per expression, for finding the one PostgreSQL rejects when the batch fails. */
  private List<Probe> probes(Map<DefaultKey, String> defaults, Map<CheckKey, String> checks,
      Map<GeneratedKey, String> generated, Map<Object, Origin> origins) {
    List<Probe> probes = new ArrayList<>();
    String probe = dialect.quote(SCRATCH_PREFIX + "probe");
    defaults.keySet().forEach(key -> probes.add(new Probe(
        "CREATE TEMP TABLE " + probe + " (d " + key.type() + " DEFAULT (" + key.expression() + "))", origins.get(key),
        "the default '" + key.expression() + "'")));
    Map<String, String> tables = scratchTables(Map.of(), checks, generated);
    checks.forEach((key, scratch) -> probes.add(new Probe(tables.get(scratch), origins.get(key),
        "the check '" + key.expression() + "'")));
    generated.forEach((key, scratch) -> probes.add(new Probe(tables.get(scratch), origins.get(key),
        "the generation expression '" + key.expression() + "'")));
    return probes;
  }

  /**
   * The model's enum and composite types, there before any scratch table. Those of the default schema (where Hibernate
   * creates its enum types) are created as temporary types: the temporary schema is searched first for types too, so
   * a scratch column of type {@code mood} gets the entities' values even where the database has the type with other
   * values, or not at all. A type named in a schema cannot be shadowed; it is created (with its schema) only where it is missing, all
   * rolled back with the scratch tables.
   */
  private List<String> typeShadows(SchemaModel model) {
    List<String> statements = new ArrayList<>();
    for (EnumTypeModel type : model.enumTypes()) {
      String values = String.join(", ", type.labels().stream().map(dialect::literal).toList());
      if (type.name().schema() == null) {
        statements.add("CREATE TYPE pg_temp." + dialect.quote(type.name().name()) + " AS ENUM (" + values + ")");
      } else {
        String schema = dialect.quote(type.name().schema());
        statements.add("DO $autogen$ BEGIN"
            + " IF to_regnamespace(" + dialect.literal(schema) + ") IS NULL THEN CREATE SCHEMA " + schema + "; END IF;"
            + " IF to_regtype(" + dialect.literal(dialect.qualify(type.name())) + ") IS NULL THEN"
            + " CREATE TYPE " + dialect.qualify(type.name()) + " AS ENUM (" + values + "); END IF;"
            + " END $autogen$");
      }
    }
    // after the enum types their attributes may be of, each after the composite types it uses
    for (CompositeTypeModel type : CompositeTypeModel.dependenciesFirst(model.compositeTypes())) {
      String attributes = String.join(", ", type.attributes().stream()
          .map(attribute -> dialect.quote(attribute.name()) + " " + attribute.type().sql()).toList());
      if (type.name().schema() == null) {
        statements.add("CREATE TYPE pg_temp." + dialect.quote(type.name().name()) + " AS (" + attributes + ")");
      } else {
        String schema = dialect.quote(type.name().schema());
        statements.add("DO $autogen$ BEGIN"
            + " IF to_regnamespace(" + dialect.literal(schema) + ") IS NULL THEN CREATE SCHEMA " + schema + "; END IF;"
            + " IF to_regtype(" + dialect.literal(dialect.qualify(type.name())) + ") IS NULL THEN"
            + " CREATE TYPE " + dialect.qualify(type.name()) + " AS (" + attributes + "); END IF;"
            + " END $autogen$");
      }
    }
    return statements;
  }

  private void addScratch(Map<String, String> creates, String name, List<String> parts) {
    creates.put(name, "CREATE TEMP TABLE " + dialect.quote(name) + " (" + String.join(", ", parts) + ")");
  }

  /** ({@code check:<scratch constraint>} or {@code default:<scratch column>}) -> canonical expression. */
  private Map<String, String> readBack(Connection connection, List<String> types, Map<String, String> creates,
      List<Probe> probes) {
    String[] scratchNames = creates.keySet().toArray(String[]::new);
    List<String> batch = new ArrayList<>(types);
    batch.addAll(creates.values());
    try {
      return inRolledBackTransaction(connection, () -> {
        execute(connection, batch);
        Map<String, String> canonical = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(READ_BACK)) {
          query.setObject(1, scratchNames);
          query.setObject(2, scratchNames);
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              canonical.put(rows.getString(2) + ":" + rows.getString(3), rows.getString(4));
            }
          }
        }
        return canonical;
      });
    } catch (SQLException e) {
      String culprit = rejected(connection, types, probes);
      throw new IntrospectionException(culprit != null ? culprit
          : "cannot bring the entities' check constraints, defaults and generated columns into PostgreSQL's"
              + " spelling; PostgreSQL rejects one of them: " + e.getMessage(), e);
    }
  }

  /**
   * Each statement on its own ({@code execute} runs one statement, checked to be one), all sent in one batch. The
   * lexer reads strings as PostgreSQL does with {@code standard_conforming_strings} on, so the transaction says so.
   */
  private static void execute(Connection connection, List<String> statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL standard_conforming_strings = on");
      for (String sql : statements) {
        SqlExpressions.requireOneStatement(sql);
        statement.addBatch(sql);
      }
      statement.executeBatch();
    }
  }

  /**
   * The expression PostgreSQL rejects, named with its table and column, found by trying each on its own to a
   * savepoint; {@code null} if none fails alone (or the enum types already do).
   */
  private static String rejected(Connection connection, List<String> types, List<Probe> probes) {
    try {
      return inRolledBackTransaction(connection, () -> {
        execute(connection, types);
        try (Statement statement = connection.createStatement()) {
          for (Probe probe : probes) {
            SqlExpressions.requireOneStatement(probe.sql());
            Savepoint savepoint = connection.setSavepoint();
            try {
              statement.execute(probe.sql());
            } catch (SQLException e) {
              return probe.origin() + ": PostgreSQL rejects " + probe.what() + ": " + firstLine(e.getMessage());
            } finally {
              connection.rollback(savepoint);
            }
          }
        }
        return null;
      });
    } catch (SQLException e) {
      return null;
    }
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
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
