package dev.autogen.schema.jpa;

import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads one table back from PostgreSQL's catalog, just enough to hold the entity reader to what the server really
 * created. Table names are given in the default schema as {@code public}.
 */
final class CatalogTableReader {

  private static final String COLUMNS = """
      SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity,
             pg_get_expr(d.adbin, d.adrelid)
        FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped
       ORDER BY a.attnum""";

  private static final String CONSTRAINTS = """
      SELECT c.conname, c.contype,
             ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),
             rn.nspname, r.relname,
             ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i),
             c.confdeltype, pg_get_expr(c.conbin, c.conrelid)
        FROM pg_constraint c
        LEFT JOIN pg_class r ON r.oid = c.confrelid LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
       WHERE c.conrelid = ?::regclass AND c.contype IN ('p', 'u', 'f', 'c')
       ORDER BY c.conname""";

  private static final String INDEXES = """
      SELECT i.relname, x.indisunique,
             ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(n, o)
                   JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n ORDER BY k.o)
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
       WHERE x.indrelid = ?::regclass
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
       ORDER BY i.relname""";

  private static final Map<String, ReferentialAction> ON_DELETE = Map.of(
      "a", ReferentialAction.NO_ACTION, "r", ReferentialAction.RESTRICT, "c", ReferentialAction.CASCADE,
      "n", ReferentialAction.SET_NULL, "d", ReferentialAction.SET_DEFAULT);

  private final Connection connection;

  CatalogTableReader(Connection connection) {
    this.connection = connection;
  }

  TableModel read(QualifiedName name) throws SQLException {
    String regclass = quote(name.schema() == null ? "public" : name.schema()) + "." + quote(name.name());
    List<ColumnModel> columns = new ArrayList<>();
    try (ResultSet rs = query(COLUMNS, regclass)) {
      while (rs.next()) {
        IdentityGeneration identity = identity(rs.getString(4));
        columns.add(new ColumnModel(rs.getString(1), new ColumnType(rs.getString(2)), !rs.getBoolean(3),
            identity == IdentityGeneration.NONE ? rs.getString(5) : null, identity));
      }
    }
    PrimaryKeyModel primaryKey = null;
    List<UniqueConstraintModel> uniques = new ArrayList<>();
    List<ForeignKeyModel> foreignKeys = new ArrayList<>();
    List<CheckConstraintModel> checks = new ArrayList<>();
    try (ResultSet rs = query(CONSTRAINTS, regclass)) {
      while (rs.next()) {
        String constraint = rs.getString(1);
        List<String> keyColumns = strings(rs, 3);
        switch (rs.getString(2)) {
          case "p" -> primaryKey = new PrimaryKeyModel(
              constraint.equals(name.name() + "_pkey") ? null : constraint, keyColumns);
          case "u" -> uniques.add(new UniqueConstraintModel(constraint, keyColumns));
          case "c" -> checks.add(new CheckConstraintModel(constraint, rs.getString(8)));
          default -> foreignKeys.add(new ForeignKeyModel(constraint, keyColumns,
              new QualifiedName("public".equals(rs.getString(4)) ? null : rs.getString(4), rs.getString(5)),
              strings(rs, 6), ON_DELETE.get(rs.getString(7))));
        }
      }
    }
    List<IndexModel> indexes = new ArrayList<>();
    try (ResultSet rs = query(INDEXES, regclass)) {
      while (rs.next()) {
        indexes.add(new IndexModel(rs.getString(1), strings(rs, 3), rs.getBoolean(2)));
      }
    }
    return new TableModel(name, columns, primaryKey, uniques, indexes, foreignKeys, checks);
  }

  private static IdentityGeneration identity(String attidentity) {
    return switch (attidentity) {
      case "d" -> IdentityGeneration.BY_DEFAULT;
      case "a" -> IdentityGeneration.ALWAYS;
      default -> IdentityGeneration.NONE;
    };
  }

  private ResultSet query(String sql, String regclass) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.closeOnCompletion();
    statement.setString(1, regclass);
    return statement.executeQuery();
  }

  private static List<String> strings(ResultSet rs, int column) throws SQLException {
    return Arrays.asList((String[]) rs.getArray(column).getArray());
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
