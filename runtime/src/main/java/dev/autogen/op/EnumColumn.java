package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * A column of an enum type, as a recreated type must convert it: {@code ALTER COLUMN ... TYPE} cannot cast a
 * default from the old type to the new one, so the default is dropped first and set again after.
 *
 * @param table             the column's table
 * @param column            the column's name
 * @param array             whether the column is an array of the enum type
 * @param defaultExpression its default as PostgreSQL prints it ({@code 'ok'::mood}), or {@code null}
 */
public record EnumColumn(QualifiedName table, String column, boolean array, String defaultExpression) {

  public EnumColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  public static EnumColumn of(QualifiedName table, String column) {
    return new EnumColumn(table, column, false, null);
  }

  /** This column as an array of the enum type. */
  public EnumColumn asArray() {
    return new EnumColumn(table, column, true, defaultExpression);
  }

  public EnumColumn defaultValue(String expression) {
    return new EnumColumn(table, column, array, expression);
  }
}
