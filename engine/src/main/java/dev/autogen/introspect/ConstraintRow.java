package dev.autogen.introspect;

import dev.autogen.schema.ReferentialAction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A row of {@code constraints.sql}.
 *
 * @param type            {@code contype}: {@code p} primary key, {@code u} unique, {@code f} foreign key, {@code c}
 *                        check
 * @param onDelete        {@code confdeltype} of a foreign key, blank for other constraints
 * @param checkExpression the expression of a check, {@code null} for other constraints
 */
record ConstraintRow(
    long tableOid,
    String name,
    String type,
    List<String> columns,
    String referencedSchema,
    String referencedTable,
    List<String> referencedColumns,
    String onDelete,
    String checkExpression) {

  static ConstraintRow read(ResultSet row) throws SQLException {
    return new ConstraintRow(
        row.getLong("table_oid"),
        row.getString("constraint_name"),
        row.getString("constraint_type"),
        CatalogReader.textArray(row, "column_names"),
        row.getString("referenced_schema"),
        row.getString("referenced_table"),
        CatalogReader.textArray(row, "referenced_column_names"),
        row.getString("on_delete"),
        row.getString("check_expression"));
  }

  ReferentialAction onDeleteAction() {
    switch (onDelete) {
      case "a":
        return ReferentialAction.NO_ACTION;
      case "r":
        return ReferentialAction.RESTRICT;
      case "c":
        return ReferentialAction.CASCADE;
      case "n":
        return ReferentialAction.SET_NULL;
      case "d":
        return ReferentialAction.SET_DEFAULT;
      default:
        throw new IllegalStateException("unknown confdeltype '" + onDelete + "' on foreign key " + name);
    }
  }
}
