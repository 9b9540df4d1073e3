package dev.autogen.introspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** A row of {@code enum-types.sql}. */
record EnumTypeRow(String schema, String name, List<String> labels) {

  static EnumTypeRow read(ResultSet row) throws SQLException {
    return new EnumTypeRow(row.getString("schema_name"), row.getString("type_name"),
        CatalogReader.textArray(row, "labels"));
  }
}
