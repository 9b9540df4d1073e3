package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... VALIDATE CONSTRAINT}: checks the rows a {@code NOT VALID} foreign key or check constraint
 * left unchecked, under a lock that lets reads and writes go on (SHARE UPDATE EXCLUSIVE). The schema is the same
 * before and after, so there is nothing to undo.
 */
public record ValidateConstraintOp(QualifiedName table, String name) implements MigrationOp {

  public ValidateConstraintOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitValidateConstraint(this);
  }

  /** Itself: validating again is harmless; {@link MigrationPlan} leaves it out of a downgrade. */
  @Override
  public MigrationOp reverse() {
    return this;
  }

  @Override
  public boolean leavesNothingToUndo() {
    return true;
  }

  @Override
  public String description() {
    return "validated constraint '" + name + "' on '" + table + "'";
  }
}
