package dev.autogen.op;

import java.util.Objects;

/**
 * {@code DROP SCHEMA} without {@code CASCADE}: it fails on a schema that still holds anything, so it never takes
 * objects autogen does not manage with it, and it loses no data of its own.
 */
public record DropSchemaOp(String name) implements MigrationOp {

  public DropSchemaOp {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropSchema(this);
  }

  @Override
  public MigrationOp reverse() {
    return new CreateSchemaOp(name);
  }

  @Override
  public String description() {
    return "removed schema '" + name + "'";
  }
}
