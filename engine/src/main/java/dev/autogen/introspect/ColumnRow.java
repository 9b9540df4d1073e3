package dev.autogen.introspect;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.IdentityGeneration;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row of {@code columns.sql}.
 *
 * @param identity  {@code attidentity}: {@code d} by default, {@code a} always, empty if none
 * @param generated {@code attgenerated}: {@code s} for a stored generated column, empty if none
 * @param ownsSequence whether the default is {@code nextval} of a sequence the column owns (a serial column)
 * @param comment   the column's comment, or {@code null}
 * @param collation the column's collation where it is not its type's default, or {@code null}
 */
record ColumnRow(
    long tableOid,
    String name,
    String type,
    boolean notNull,
    String defaultExpression,
    String identity,
    String generated,
    boolean ownsSequence,
    String comment,
    String collation) {

  static ColumnRow read(ResultSet row) throws SQLException {
    return new ColumnRow(
        row.getLong("table_oid"),
        row.getString("column_name"),
        row.getString("column_type"),
        row.getBoolean("not_null"),
        row.getString("default_expression"),
        row.getString("identity"),
        row.getString("generated"),
        row.getBoolean("owns_sequence"),
        row.getString("column_comment"),
        row.getString("collation"));
  }

  boolean isGenerated() {
    return !generated.isEmpty();
  }

  /**
   * The column as the model shows it. A generated column's expression sits where a default would
   * ({@code pg_attrdef}), but it is no default: it becomes the generation expression.
   */
  ColumnModel toModel() {
    IdentityGeneration identityGeneration = identityGeneration();
    boolean hasDefault = identityGeneration == IdentityGeneration.NONE && !isGenerated();
    return new ColumnModel(
        name, new ColumnType(type), !notNull, hasDefault ? defaultExpression : null, identityGeneration,
        isGenerated() ? defaultExpression : null, hasDefault && ownsSequence, comment, collation);
  }

  private IdentityGeneration identityGeneration() {
    switch (identity) {
      case "":
        return IdentityGeneration.NONE;
      case "d":
        return IdentityGeneration.BY_DEFAULT;
      case "a":
        return IdentityGeneration.ALWAYS;
      default:
        throw new IllegalStateException("unknown attidentity '" + identity + "' on column " + name);
    }
  }
}
