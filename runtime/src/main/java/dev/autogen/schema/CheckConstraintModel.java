package dev.autogen.schema;

import java.util.Objects;

/**
 * A {@code CHECK} constraint. The diff compares expressions as text, so both sides must hold PostgreSQL's own
 * spelling of them (what {@code pg_get_expr} prints); {@code ExpressionCanonicalizer} brings the entities' side to it.
 *
 * @param name       constraint name
 * @param expression the boolean SQL expression, without {@code CHECK} and its parentheses
 */
public record CheckConstraintModel(String name, String expression) implements TableElement {

  public CheckConstraintModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
  }

  public CheckConstraintModel withExpression(String newExpression) {
    return new CheckConstraintModel(name, newExpression);
  }
}
