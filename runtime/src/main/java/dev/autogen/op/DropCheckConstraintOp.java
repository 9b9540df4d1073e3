package dev.autogen.op;

import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/** Drops a check constraint; {@code existing} (or {@code null}) carries its definition for the reverse. */
public record DropCheckConstraintOp(QualifiedName table, String name, CheckConstraintModel existing)
    implements MigrationOp {

  public DropCheckConstraintOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropCheckConstraint(this);
  }

  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("drop of check constraint '" + name + "' on '" + table + "' does not carry its definition");
    }
    return new AddCheckConstraintOp(table, existing);
  }

  @Override
  public String description() {
    return "removed check constraint '" + name + "' on '" + table + "'";
  }
}
