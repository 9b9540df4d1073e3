package dev.autogen.op;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a column's type, collation, nullability, default, identity or comment. Carries the old and the new definition, so it reverses
 * without a database and the dialect emits only what differs.
 */
public record AlterColumnOp(QualifiedName table, ColumnModel from, ColumnModel to) implements MigrationOp {

  public AlterColumnOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException(
          "alterColumn on " + table + " names two columns: " + from.name() + " and " + to.name());
    }
  }

  public String column() {
    return to.name();
  }

  public boolean typeChanged() {
    return !from.type().equals(to.type());
  }

  public boolean collationChanged() {
    return !Objects.equals(from.collation(), to.collation());
  }

  public boolean nullabilityChanged() {
    return from.isNullable() != to.isNullable();
  }

  public boolean defaultChanged() {
    return !Objects.equals(from.defaultExpression(), to.defaultExpression());
  }

  public boolean identityChanged() {
    return from.identityGeneration() != to.identityGeneration();
  }

  /** A {@code serial} column (its default calls a sequence it owns) becomes an identity column. */
  public boolean serialToIdentity() {
    return from.ownsSequence() && to.defaultExpression() == null
        && from.identityGeneration() == IdentityGeneration.NONE && to.identityGeneration() != IdentityGeneration.NONE;
  }

  public boolean identityToSerial() {
    return to.ownsSequence() && from.defaultExpression() == null
        && to.identityGeneration() == IdentityGeneration.NONE && from.identityGeneration() != IdentityGeneration.NONE;
  }

  public boolean generationChanged() {
    return !Objects.equals(from.generationExpression(), to.generationExpression());
  }

  /**
   * Whether the column is dropped and added again: PostgreSQL before 17 cannot give a column a generation
   * expression or change it ({@code SET EXPRESSION} is new in 17), only drop it ({@code DROP EXPRESSION}).
   */
  public boolean recreatesColumn() {
    return generationChanged() && to.generationExpression() != null;
  }

  public boolean commentChanged() {
    return !Objects.equals(from.comment(), to.comment());
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAlterColumn(this);
  }

  @Override
  public MigrationOp reverse() {
    return new AlterColumnOp(table, to, from);
  }

  @Override
  public String description() {
    List<String> what = new ArrayList<>();
    if (typeChanged()) {
      what.add("type " + from.type() + " -> " + to.type());
    }
    if (collationChanged()) {
      what.add("collation " + collationName(from) + " -> " + collationName(to));
    }
    if (nullabilityChanged()) {
      what.add(to.isNullable() ? "now nullable" : "now NOT NULL");
    }
    if (serialToIdentity()) {
      what.add("serial -> identity");
    } else if (identityToSerial()) {
      what.add("identity -> serial");
    } else {
      if (defaultChanged()) {
        what.add("default " + from.defaultExpression() + " -> " + to.defaultExpression());
      }
      if (identityChanged()) {
        what.add("identity " + from.identityGeneration() + " -> " + to.identityGeneration());
      }
    }
    if (generationChanged()) {
      what.add(to.generationExpression() == null ? "no longer generated"
          : "generated as " + to.generationExpression());
    }
    if (commentChanged()) {
      what.add(to.comment() == null ? "comment removed" : from.comment() == null ? "comment added" : "comment changed");
    }
    return "altered column '" + table + "." + column() + "' (" + String.join(", ", what) + ")";
  }

  private static String collationName(ColumnModel column) {
    return column.collation() == null ? "default" : "\"" + column.collation() + "\"";
  }

  @Override
  public Optional<String> dataLoss() {
    if (recreatesColumn()) {
      String what = from.generationExpression() == null
          ? "replaces the values of " + table + "." + column() + " by computed ones"
          : "drops and re-adds " + table + "." + column() + " to change its expression";
      return Optional.of(what + "; indexes and constraints on it go with it");
    }
    if (typeChanged()) {
      return Optional.of("changes the type of " + table + "." + column() + " from " + from.type() + " to "
          + to.type() + "; values that do not fit are truncated or fail");
    }
    return Optional.empty();
  }
}
