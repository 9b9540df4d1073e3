package dev.autogen.introspect;

import dev.autogen.schema.ColumnType;
import dev.autogen.schema.CompositeAttribute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A row of {@code composite-types.sql}: the attributes' names and types, in their order. */
record CompositeTypeRow(String schema, String name, List<CompositeAttribute> attributes) {

  static CompositeTypeRow read(ResultSet row) throws SQLException {
    List<String> names = CatalogReader.textArray(row, "attribute_names");
    List<String> types = CatalogReader.textArray(row, "attribute_types");
    List<CompositeAttribute> attributes = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      attributes.add(new CompositeAttribute(names.get(i), new ColumnType(types.get(i))));
    }
    return new CompositeTypeRow(row.getString("schema_name"), row.getString("type_name"), attributes);
  }
}
