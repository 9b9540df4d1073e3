package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ADD CONSTRAINT ... UNIQUE}; {@code concurrently}: its index is built first with
 * {@code CREATE UNIQUE INDEX CONCURRENTLY} under the constraint's name, which writes do not wait for, then becomes the
 * constraint's ({@code ADD CONSTRAINT ... UNIQUE USING INDEX}); outside a transaction block only.
 */
public record AddUniqueConstraintOp(QualifiedName table, UniqueConstraintModel constraint, boolean concurrently)
    implements MigrationOp {

  public AddUniqueConstraintOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(constraint, "constraint");
  }

  public AddUniqueConstraintOp(QualifiedName table, UniqueConstraintModel constraint) {
    this(table, constraint, false);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddUniqueConstraint(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropUniqueConstraintOp(table, constraint.name(), constraint);
  }

  @Override
  public String description() {
    return "added unique constraint '" + constraint.name() + "' on '" + table + "' " + constraint.columns();
  }
}
