package dev.autogen.introspect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row of {@code tables.sql}; {@code comment} is {@code null} when the table has none; {@code partitioned} for a
 * table declared {@code PARTITION BY}.
 */
record TableRow(long oid, String schema, String name, String comment, boolean partitioned) {

  static TableRow read(ResultSet row) throws SQLException {
    return new TableRow(row.getLong("table_oid"), row.getString("schema_name"), row.getString("table_name"),
        row.getString("table_comment"), row.getBoolean("partitioned"));
  }
}
