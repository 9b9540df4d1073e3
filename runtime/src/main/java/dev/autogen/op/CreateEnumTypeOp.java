package dev.autogen.op;

import dev.autogen.schema.EnumTypeModel;
import java.util.Objects;

/** {@code CREATE TYPE ... AS ENUM (...)}. */
public record CreateEnumTypeOp(EnumTypeModel type) implements MigrationOp {

  public CreateEnumTypeOp {
    Objects.requireNonNull(type, "type");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateEnumType(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropEnumTypeOp(type.name(), type);
  }

  @Override
  public String description() {
    return "added enum type '" + type.name() + "' (" + EnumLabels.list(type.labels()) + ")";
  }
}
