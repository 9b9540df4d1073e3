package dev.autogen.introspect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code tables.sql}. */
record TableRow(long oid, String schema, String name) {

  static TableRow read(ResultSet row) throws SQLException {
    return new TableRow(row.getLong("table_oid"), row.getString("schema_name"), row.getString("table_name"));
  }
}
