package dev.autogen.op;

import dev.autogen.schema.CompositeTypeModel;
import java.util.Objects;

/** {@code CREATE TYPE ... AS (...)}. */
public record CreateCompositeTypeOp(CompositeTypeModel type) implements MigrationOp {

  public CreateCompositeTypeOp {
    Objects.requireNonNull(type, "type");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateCompositeType(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropCompositeTypeOp(type.name(), type);
  }

  @Override
  public String description() {
    return "added composite type '" + type.name() + "' (" + CompositeAttributes.list(type.attributes()) + ")";
  }
}
