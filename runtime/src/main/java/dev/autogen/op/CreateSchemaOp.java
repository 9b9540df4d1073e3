package dev.autogen.op;

import java.util.Objects;

/** {@code CREATE SCHEMA}, for a schema that tables or sequences of the target are named in. */
public record CreateSchemaOp(String name) implements MigrationOp {

  public CreateSchemaOp {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateSchema(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropSchemaOp(name);
  }

  @Override
  public String description() {
    return "added schema '" + name + "'";
  }
}
