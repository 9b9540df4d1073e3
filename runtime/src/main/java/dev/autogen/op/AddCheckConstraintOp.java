package dev.autogen.op;

import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ADD CONSTRAINT ... CHECK (...)}; {@code notValid}: {@code NOT VALID}, checked for new rows
 * only, without reading the table, until a {@link ValidateConstraintOp} checks the rows already there.
 */
public record AddCheckConstraintOp(QualifiedName table, CheckConstraintModel constraint, boolean notValid)
    implements MigrationOp {

  public AddCheckConstraintOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(constraint, "constraint");
  }

  public AddCheckConstraintOp(QualifiedName table, CheckConstraintModel constraint) {
    this(table, constraint, false);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddCheckConstraint(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropCheckConstraintOp(table, constraint.name(), constraint);
  }

  @Override
  public String description() {
    return "added check constraint '" + constraint.name() + "' on '" + table + "' (" + constraint.expression() + ")";
  }
}
