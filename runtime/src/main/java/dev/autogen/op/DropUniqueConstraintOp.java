package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.Objects;

/** Drops a unique constraint; {@code existing} (or {@code null}) carries its definition for the reverse. */
public record DropUniqueConstraintOp(QualifiedName table, String name, UniqueConstraintModel existing)
    implements MigrationOp {

  public DropUniqueConstraintOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropUniqueConstraint(this);
  }

  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("drop of unique constraint '" + name + "' on '" + table + "' does not carry its definition");
    }
    return new AddUniqueConstraintOp(table, existing);
  }

  @Override
  public String description() {
    return "removed unique constraint '" + name + "' on '" + table + "'";
  }
}
