package dev.autogen.op;

import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/** Drops a foreign key; {@code existing} (or {@code null}) carries its definition for the reverse. */
public record DropForeignKeyOp(QualifiedName table, String name, ForeignKeyModel existing) implements MigrationOp {

  public DropForeignKeyOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropForeignKey(this);
  }

  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("drop of foreign key '" + name + "' on '" + table + "' does not carry its definition");
    }
    return new AddForeignKeyOp(table, existing);
  }

  @Override
  public String description() {
    return "removed foreign key '" + name + "' on '" + table + "'";
  }
}
