package dev.autogen.op;

import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * Drops a table's primary key by its constraint name.
 *
 * @param existing the key's definition, or {@code null} when built from the name only
 */
public record DropPrimaryKeyOp(QualifiedName table, String name, PrimaryKeyModel existing) implements MigrationOp {

  public DropPrimaryKeyOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropPrimaryKey(this);
  }

  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("drop of primary key '" + name + "' on '" + table
          + "' does not carry its definition");
    }
    return new AddPrimaryKeyOp(table, existing);
  }

  @Override
  public String description() {
    return "removed primary key '" + name + "' on '" + table + "'";
  }
}
