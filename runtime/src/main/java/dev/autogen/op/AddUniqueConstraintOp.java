package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD CONSTRAINT ... UNIQUE}. */
public record AddUniqueConstraintOp(QualifiedName table, UniqueConstraintModel constraint) implements MigrationOp {

  public AddUniqueConstraintOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(constraint, "constraint");
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
