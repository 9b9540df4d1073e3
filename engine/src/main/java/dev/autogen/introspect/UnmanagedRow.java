package dev.autogen.introspect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of {@code unmanaged.sql}. */
record UnmanagedRow(String schema, String name, String kind) {

  static UnmanagedRow read(ResultSet row) throws SQLException {
    return new UnmanagedRow(row.getString("schema_name"), row.getString("object_name"), row.getString("kind"));
  }
}
