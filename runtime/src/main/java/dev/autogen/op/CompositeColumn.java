package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * A column of a composite type, as a recreated type must convert it: {@code ALTER COLUMN ... TYPE} cannot cast a
 * default from the old type to the new one, so the default is dropped first and set again after.
 *
 * @param table             the column's table
 * @param column            the column's name
 * @param array             whether the column is an array of the composite type
 * @param defaultExpression its default as PostgreSQL prints it, or {@code null}
 */
public record CompositeColumn(QualifiedName table, String column, boolean array, String defaultExpression) {

  public CompositeColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  public static CompositeColumn of(QualifiedName table, String column) {
    return new CompositeColumn(table, column, false, null);
  }

  /** This column as an array of the composite type. */
  public CompositeColumn asArray() {
    return new CompositeColumn(table, column, true, defaultExpression);
  }

  public CompositeColumn defaultValue(String expression) {
    return new CompositeColumn(table, column, array, expression);
  }
}
